import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty } from "./github.js";

describe("workflow command escaping", () => {
  it("escapes %, CR and LF in data, and also : and , in properties", () => {
    expect(escapeData("50% a\r\nb: c, d")).toBe("50%25 a%0D%0Ab: c, d");
    expect(escapeProperty("dir/a:b,c%.json")).toBe("dir/a%3Ab%2Cc%25.json");
  });
});
