import { describe, expect, it } from "vitest";
import { xxgk } from "../test-support.js";

describe("xxgk schema", () => {
  for (const edition of ["2019", "2021"]) {
    it(`prints the JSON Schema of edition ${edition}`, async () => {
      const result = await xxgk(["schema", "--edition", edition], "/");
      expect(result.code).toBe(0);
      expect(result.stdout.endsWith("}\n")).toBe(true);
      expect(result.stdout.startsWith('{\n  "$schema": ')).toBe(true);
      const schema = JSON.parse(result.stdout) as { title: string; $id: string; properties: { edition: { const: string } } };
      expect(schema.title).toContain(edition);
      expect(schema.$id).toBe(`urn:xxgk:schema:report-${edition}`);
      expect(schema.properties.edition.const).toBe(edition);
    });
  }

  it("exits 2 without an edition or with an unknown one", async () => {
    expect((await xxgk(["schema"], "/")).code).toBe(2);
    const unknown = await xxgk(["schema", "--edition", "2020"], "/");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("可选：2019, 2021");
  });
});
