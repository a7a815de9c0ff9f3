import { describe, expect, it } from "vitest";
import { findSyntaxError, locator, positionAt } from "./json-locate.js";

const errorAt = (text: string) => {
  const error = findSyntaxError(text, "en");
  return error && { line: error.line, column: error.column, reason: error.reason };
};

describe("findSyntaxError", () => {
  it("accepts JSON", () => {
    expect(findSyntaxError('{"a": [1, -2.5e3, "x\\n\\u00e9", true, false, null, {}]}', "zh")).toBeUndefined();
  });

  it.each([
    ['{\n  "a": 1,\n}', 3, 1, "a trailing comma before }"],
    ["[1, 2,]", 1, 7, "a trailing comma before ]"],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, "a missing comma after the previous item"],
    ["[1\n 2]", 2, 2, "a missing comma after the previous item"],
    ['{"a": 1 :', 1, 9, 'expected a comma or "}", found character ":"'],
    ["{a: 1}", 1, 2, "an object key without double quotes"],
    ["{'a': 1}", 1, 2, "a string in single quotes"],
    ['{"a": 1 // note\n}', 1, 9, "JSON does not allow comments"],
    ['{"a": "open\n}', 1, 12, "a line break or control character inside a string"],
    ['{"a": "open', 1, 7, "a string without its closing quote"],
    ['{"total": 5件}', 1, 12, "a number followed directly by text"],
    ["", 1, 1, "the file is empty"],
    ['{"a": 1} x', 1, 10, "unexpected content after the end of the JSON value"],
    ['{"a": }', 1, 7, "expected a value (number, string, null, object or array), found character \"}\""],
    ['{"a": 1', 1, 8, 'expected a comma or "}", found the end of the file'],
    ['{"a" 1}', 1, 6, 'expected a colon ":", found character "1"'],
    ['[1 x]', 1, 4, 'expected a comma or "]", found character "x"'],
    ["[", 1, 2, "expected a value (number, string, null, object or array), found the end of the file"],
    ['{"a": "x\\q"}', 1, 9, "an invalid escape sequence"],
    ['["a\tb"]', 1, 4, "a line break or control character inside a string"],
    ['{"a": 01}', 1, 8, "a number followed directly by text"],
    // jsonc-parser rejects the number as a whole, so this points at its start, not at the "." (old scanner).
    ['{"a": 1.}', 1, 7, "an incomplete number (no digits after . or e)"],
  ])("%j → line %i, column %i", (text, line, column, reason) => {
    expect(errorAt(text)).toEqual({ line, column, reason });
  });

  it("speaks Chinese by default wording", () => {
    expect(findSyntaxError("[1,]", "zh")).toMatchObject({ reason: "数组最后一项后面多了逗号", fix: "删除 “]” 前面的逗号" });
  });
});

describe("locator", () => {
  const text = '{\n  "tables": {\n    "t": {\n      "r": { "c": 1 }\n    }\n  },\n  "list": [\n    "x",\n    "y"\n  ]\n}\n';
  const locate = locator(text)!;

  it("finds members at their key and items at their value", () => {
    expect(locate(["tables"])).toEqual({ line: 2, column: 3 });
    expect(locate(["tables", "t", "r", "c"])).toEqual({ line: 4, column: 14 });
    expect(locate(["list", 1])).toEqual({ line: 9, column: 5 });
    expect(locate([])).toEqual({ line: 1, column: 1 });
  });

  it("falls back to the nearest present ancestor, but not to the whole document", () => {
    expect(locate(["tables", "t", "r", "missing"])).toEqual({ line: 4, column: 7 });
    expect(locate(["agencyKind"])).toBeUndefined();
  });

  it("takes the last of duplicate keys, as JSON.parse does, and indexes given as strings", () => {
    const twice = locator('{"a": 1,\n "a": {"b": [0, 1]}}')!;
    expect(twice(["a", "b", "1"])).toEqual({ line: 2, column: 17 });
    expect(twice(["a"])).toEqual({ line: 2, column: 2 });
  });

  it("is undefined for text that is not JSON", () => {
    expect(locator("{")).toBeUndefined();
  });
});

describe("positionAt", () => {
  it("counts lines and columns from 1", () => {
    expect(positionAt("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
    expect(positionAt("ab\r\ncd", 5)).toEqual({ line: 2, column: 2 });
  });
});
