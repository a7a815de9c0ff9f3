/** Writes the rule table into README.md between the rules-status markers. */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { rulesReadmeTable } from "../src/rules/rules-readme.js";

const readmePath = fileURLToPath(new URL("../README.md", import.meta.url));
const readme = readFileSync(readmePath, "utf8");
const updated = readme.replace(
  /<!-- rules-status:start -->\n[\s\S]*?<!-- rules-status:end -->/,
  `<!-- rules-status:start -->\n${rulesReadmeTable()}\n<!-- rules-status:end -->`,
);
writeFileSync(readmePath, updated);
