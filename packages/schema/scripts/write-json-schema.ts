/**
 * Writes json-schema/report-<edition>.schema.json from the zod schemas. Run after changing the
 * schema (`pnpm --filter @xxgk/schema json-schema`); a test fails while the files drift.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { jsonSchemaEditions, jsonSchemaFileName, jsonSchemaText } from "../src/json-schema-files.js";

for (const edition of jsonSchemaEditions) {
  const target = fileURLToPath(new URL(`../json-schema/${jsonSchemaFileName(edition)}`, import.meta.url));
  writeFileSync(target, jsonSchemaText(edition));
  process.stdout.write(`wrote ${target}\n`);
}
