/**
 * Where things are in a JSON text, which `JSON.parse` does not say portably: where a syntax error
 * is (line and column, with a reason and a fix that do not depend on the V8 version), and where
 * each value of a well-formed document starts, so findings can point at a line.
 *
 * Microsoft's `jsonc-parser` (VS Code's JSON parser) does the scanning, in strict mode; this module
 * only turns its first error into a diagnosis a report author can act on. `JSON.parse` still
 * decides what the document is.
 */
import type { Lang } from "@xxgk/schema";
import { getLocation, type Location, type Node, type ParseError, parseTree, printParseErrorCode } from "jsonc-parser";

export interface Position {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units from the start of the line. */
  readonly column: number;
}

export interface JsonSyntaxError extends Position {
  readonly offset: number;
  readonly reason: string;
  readonly fix: string;
}

type Text = { readonly zh: string; readonly en: string };
type ErrorName = ReturnType<typeof printParseErrorCode>;
type Diagnosis = { readonly offset: number; readonly reason: Text; readonly fix?: Text };

const GENERAL_FIX: Text = {
  zh: "JSON 要求键和字符串用双引号，项与项之间用逗号，不允许注释和末尾多余的逗号",
  en: "JSON needs double-quoted keys and strings, commas between items, and allows no comments or trailing commas",
};

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false } as const;

function parse(text: string): { root: Node | undefined; error: ParseError | undefined } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, STRICT);
  return { root, error: errors[0] };
}

function describeChar(text: string, offset: number): Text {
  const code = text.codePointAt(offset);
  if (code === undefined) return { zh: "文件结尾", en: "the end of the file" };
  const char = String.fromCodePoint(code);
  return { zh: `字符 “${char}”`, en: `character "${char}"` };
}

function unexpected(text: string, offset: number, expected: Text): Diagnosis {
  const found = describeChar(text, offset);
  return { offset, reason: { zh: `此处应为${expected.zh}，实际为${found.zh}`, en: `expected ${expected.en}, found ${found.en}` } };
}

/** The offset of the first match of `pattern` inside the token at `offset`, else `offset`. */
function within(text: string, offset: number, length: number, pattern: RegExp): number {
  const index = text.slice(offset, offset + length).search(pattern);
  return index < 0 ? offset : offset + index;
}

/** Turns jsonc-parser's first error into what is wrong there, by its code and the characters around it. */
function diagnose(text: string, root: Node | undefined, { error: code, offset, length }: ParseError): Diagnosis {
  const error = printParseErrorCode(code); // its name, e.g. "CommaExpected"
  const char = text[offset];
  const before = text.slice(0, offset).trimEnd().at(-1);
  const where = getLocation(text, offset); // the path at the error: ends in an index inside an array
  const inArray =
    error === "CloseBracketExpected" || (error !== "CloseBraceExpected" && typeof where.path.at(-1) === "number");
  const closer = inArray ? "]" : "}";

  if (/^[ \t\n\r]*$/.test(text)) {
    return {
      offset,
      reason: { zh: "文件为空", en: "the file is empty" },
      fix: { zh: "写入报告内容，或用 xxgk init 生成空白报告", en: "put a report in it, or start from xxgk init" },
    };
  }
  // "5件", "1x", "01": the scanner ends the number and trips over what is glued to it.
  if (/\d/.test(text[offset - 1] ?? "") && char !== undefined && /[0-9A-Za-z.\p{L}]/u.test(char)) {
    return {
      offset,
      reason: { zh: "数字后面紧跟着文字或符号", en: "a number followed directly by text" },
      fix: {
        zh: "数字单元格只填数字（5，而不是 5件）；确需文字时整体加双引号",
        en: "a count cell holds the number alone (5, not 5件); quote the whole value if it is text",
      },
    };
  }
  switch (error) {
    case "InvalidCommentToken":
    case "UnexpectedEndOfComment":
      return { offset, reason: { zh: "JSON 不允许注释", en: "JSON does not allow comments" }, fix: { zh: "删除注释", en: "remove the comment" } };
    case "UnexpectedEndOfString":
      // The string token stops at a line break, or at the end of the file.
      if (offset + length < text.length) return lineBreakInString(offset + length);
      return {
        offset, // the opening quote
        reason: { zh: "字符串没有结束的双引号", en: "a string without its closing quote" },
        fix: { zh: "在字符串末尾补上双引号", en: "close the string with a double quote" },
      };
    case "InvalidCharacter": // the offset is the string's; point at the character
      return lineBreakInString(within(text, offset, length, /[\u0000-\u001f]/));
    case "InvalidEscapeCharacter":
    case "InvalidUnicode":
      return {
        offset: within(text, offset, length, /\\(?:[^"\\/bfnrtu]|u(?![0-9a-fA-F]{4}))/),
        reason: { zh: "无效的转义序列", en: "an invalid escape sequence" },
        fix: { zh: "反斜杠写成 \\\\", en: "write a backslash as \\\\" },
      };
    case "UnexpectedEndOfNumber":
    case "InvalidNumberFormat":
      return {
        offset,
        reason: { zh: "数字不完整（小数点或指数后没有数字）", en: "an incomplete number (no digits after . or e)" },
        fix: { zh: "补全数字，如 1.5，或删掉多余的 . 或 e", en: "complete it, e.g. 1.5, or remove the stray . or e" },
      };
  }
  if (char === "'") {
    return { offset, reason: { zh: "字符串用了单引号", en: "a string in single quotes" }, fix: { zh: "把单引号改成双引号", en: "use double quotes" } };
  }
  if (before === "," && (char === "}" || char === "]")) {
    return {
      offset,
      reason: { zh: `${char === "}" ? "对象" : "数组"}最后一项后面多了逗号`, en: `a trailing comma before ${char}` },
      fix: { zh: `删除 “${char}” 前面的逗号`, en: `remove the comma before ${char}` },
    };
  }
  const afterRoot = root !== undefined && offset >= root.offset + root.length;
  if (error === "EndOfFileExpected" || (error === "InvalidSymbol" && afterRoot)) {
    return {
      offset,
      reason: { zh: "JSON 值结束后还有多余内容", en: "unexpected content after the end of the JSON value" },
      fix: { zh: "删除多余内容；一个文件只能有一个 JSON 对象", en: "remove it: a file holds one JSON object" },
    };
  }
  switch (expectedAt(error, before, inArray, where)) {
    case "key":
      if (char !== undefined && /[\p{L}_$]/u.test(char)) {
        return {
          offset,
          reason: { zh: "对象的键没有加双引号", en: "an object key without double quotes" },
          fix: { zh: "给键加上双引号，如 \"total\"", en: 'put the key in double quotes, e.g. "total"' },
        };
      }
      return unexpected(text, offset, { zh: "用双引号括起的键", en: "a double-quoted key" });
    case "colon":
      return unexpected(text, offset, { zh: "冒号 “:”", en: 'a colon ":"' });
    case "value":
      return unexpected(text, offset, { zh: "一个值（数字、字符串、null、对象或数组）", en: "a value (number, string, null, object or array)" });
    case "comma":
      // Another key (in an object) or value (in an array) right after the previous item.
      if (char !== undefined && (inArray ? /["{[\d-]/ : /"/).test(char)) {
        return {
          offset,
          reason: { zh: "上一项后面缺少逗号", en: "a missing comma after the previous item" },
          fix: { zh: "在上一项末尾加逗号", en: "add a comma at the end of the previous item" },
        };
      }
      return unexpected(text, offset, { zh: `逗号 “,” 或 “${closer}”`, en: `a comma or "${closer}"` });
  }
}

/**
 * What the grammar wants at the error: the code says so, except for a stray symbol or a missing
 * bracket, where the last character before it does.
 */
function expectedAt(
  error: ErrorName,
  before: string | undefined,
  inArray: boolean,
  where: Location,
): "key" | "colon" | "value" | "comma" {
  switch (error) {
    case "PropertyNameExpected":
      return "key";
    case "ColonExpected":
      return "colon";
    case "CommaExpected":
      return "comma";
    case "ValueExpected":
      return "value";
  }
  if (before === "{" || (before === "," && !inArray)) return "key";
  if (before === undefined || before === "[" || before === "," || before === ":") return "value";
  if (before === '"' && where.isAtPropertyKey) return "colon"; // right after a key
  return "comma";
}

function lineBreakInString(offset: number): Diagnosis {
  return {
    offset,
    reason: { zh: "字符串中有换行或控制字符", en: "a line break or control character inside a string" },
    fix: { zh: "字符串不能跨行；换行写成 \\n，或补上漏掉的双引号", en: "strings cannot span lines: write \\n, or add the missing quote" },
  };
}

/** The 1-based line and column of a UTF-16 offset. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where `text` stops being JSON, with a reason and a fix; `undefined` when it is JSON. */
export function findSyntaxError(text: string, lang: Lang): JsonSyntaxError | undefined {
  const { root, error } = parse(text);
  if (error === undefined) return undefined;
  const { offset, reason, fix = GENERAL_FIX } = diagnose(text, root, error);
  return { offset, ...positionAt(text, offset), reason: reason[lang], fix: fix[lang] };
}

/** The member `key` of an object node (the last one, as `JSON.parse` keeps), or item `key` of an array node. */
function child(node: Node, key: string | number): { readonly start: number; readonly value: Node } | undefined {
  if (node.type === "object") {
    const member = node.children?.findLast((property) => property.children?.[0]?.value === String(key));
    const value = member?.children?.[1];
    // A member points at its key, where an editor shows it.
    return member && value && { start: member.offset, value };
  }
  if (node.type === "array" && /^\d+$/.test(String(key))) {
    const value = node.children?.[Number(key)];
    return value && { start: value.offset, value };
  }
  return undefined;
}

/**
 * A function from a report path to the position of that value in `text`, or of its nearest
 * ancestor that is present (`undefined` when none but the document is); `undefined` when the
 * text is not JSON.
 */
export function locator(text: string): ((path: readonly (string | number)[]) => Position | undefined) | undefined {
  const { root, error } = parse(text);
  if (root === undefined || error !== undefined) return undefined;
  const cache = new Map<number, Position>();
  const at = (offset: number): Position => {
    let position = cache.get(offset);
    if (position === undefined) {
      position = positionAt(text, offset);
      cache.set(offset, position);
    }
    return position;
  };
  return (path) => {
    if (path.length === 0) return at(root.offset);
    // The nearest ancestor that is present (a blank cell's row); the whole document says nothing.
    let node = root;
    let start: number | undefined;
    for (const key of path) {
      const found = child(node, key);
      if (found === undefined) break;
      ({ start, value: node } = found);
    }
    return start === undefined ? undefined : at(start);
  };
}
