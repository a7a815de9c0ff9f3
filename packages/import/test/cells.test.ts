import { describe, expect, it } from "vitest";
import { readField } from "../src/cells.js";

describe("readField", () => {
  it("reads one number, with or without its unit", () => {
    expect(readField("17")).toMatchObject({ type: "number", value: 17 });
    expect(readField("２０")).toMatchObject({ type: "number", value: 20 });
    expect(readField("909.76万元")).toMatchObject({ type: "number", value: 909.76, unit: "万元" });
  });

  it("never reads digits with white space between them as one number: they are several cells", () => {
    expect(readField("0 11")).toEqual({ type: "digits", text: "011" });
    expect(readField("5\u00a07")).toEqual({ type: "digits", text: "57" });
    expect(readField("3\u30004")).toEqual({ type: "digits", text: "34" });
  });

  it("keeps a blank, a dash or 无 blank", () => {
    for (const blank of ["", " ", "/", "—", "-", "无"]) expect(readField(blank)?.type).toBe("blank");
  });
});
