import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { jsonSchemaEditions, jsonSchemaFileName, jsonSchemaText } from "./json-schema-files.js";

describe("committed JSON Schema", () => {
  it.each(jsonSchemaEditions.map((edition) => [edition]))(
    "json-schema/report-%s.schema.json equals the schema generated from the code",
    (edition) => {
      const committed = readFileSync(new URL(`../json-schema/${jsonSchemaFileName(edition)}`, import.meta.url), "utf8");
      // When this fails: run `pnpm --filter @xxgk/schema json-schema`, review the diff, add a changeset.
      expect(committed).toBe(jsonSchemaText(edition));
    },
  );

  it("describes every cell with its exact label and forbids unknown keys", () => {
    const schema = JSON.parse(jsonSchemaText("2021")) as {
      properties: { tables: { properties: Record<string, { properties: Record<string, { properties: Record<string, { title?: string }> }> }>; additionalProperties: boolean } };
      additionalProperties: boolean;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.tables.additionalProperties).toBe(false);
    const cell = schema.properties.tables.properties["administrativeFees"]!.properties["administrativeFees"]!.properties["amount"]!;
    expect(cell.title).toContain("本年收费金额（单位：万元）");
    expect(Object.keys(schema.properties.tables.properties)).not.toContain("centralizedProcurement");
  });
});
