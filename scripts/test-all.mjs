// Runs every check of every package through turbo (typecheck, lint = publint + attw, tests),
// then prints one closing line for the whole run: "tests: N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const packageDirs = ["packages", "apps"].flatMap((group) =>
  existsSync(join(root, group)) ? readdirSync(join(root, group)).map((name) => join(root, group, name)) : [],
);
const resultFile = (dir) => join(dir, ".artifacts", "vitest-results.json");
for (const dir of packageDirs) rmSync(resultFile(dir), { force: true });

const turbo = spawnSync(
  "turbo",
  ["run", "typecheck", "lint", "test", "--concurrency=2", "--output-logs=new-only", ...process.argv.slice(2)],
  { cwd: root, stdio: "inherit", shell: process.platform === "win32" },
);

let passed = 0;
let failed = 0;
let skipped = 0;
for (const dir of packageDirs) {
  if (!existsSync(resultFile(dir))) continue;
  const result = JSON.parse(readFileSync(resultFile(dir), "utf8"));
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  skipped += result.numPendingTests + result.numTodoTests;
}
const code = turbo.status ?? 1;
if (code !== 0 && failed === 0) failed = 1; // a task other than a test failed (typecheck, lint, build)
process.stdout.write(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`);
process.exit(code);
