/**
 * A small JSON scanner that does what `JSON.parse` does not do portably: say where a syntax error
 * is (line and column, with a reason and a fix that do not depend on the V8 version), and where
 * each value of a well-formed document starts, so findings can point at a line.
 */
import type { Lang } from "@xxgk/schema";

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

const GENERAL_FIX: Text = {
  zh: "JSON 要求键和字符串用双引号，项与项之间用逗号，不允许注释和末尾多余的逗号",
  en: "JSON needs double-quoted keys and strings, commas between items, and allows no comments or trailing commas",
};

class ScanError extends Error {
  constructor(
    readonly offset: number,
    readonly reason: Text,
    readonly fixText: Text = GENERAL_FIX,
  ) {
    super(reason.en);
  }
}

function describeChar(char: string | undefined): Text {
  if (char === undefined) return { zh: "文件结尾", en: "the end of the file" };
  return { zh: `字符 “${char}”`, en: `character "${char}"` };
}

function missingComma(offset: number): ScanError {
  return new ScanError(
    offset,
    { zh: "上一项后面缺少逗号", en: "a missing comma after the previous item" },
    { zh: "在上一项末尾加逗号", en: "add a comma at the end of the previous item" },
  );
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);

/** Scans `text`; records the start of every value by its path (keys joined with "."). */
class Scanner {
  private index = 0;
  readonly starts = new Map<string, number>();

  constructor(private readonly text: string) {}

  scanDocument(): void {
    this.skipWhitespace();
    if (this.index >= this.text.length) {
      throw new ScanError(this.index, { zh: "文件为空", en: "the file is empty" }, {
        zh: "写入报告内容，或用 xxgk init 生成空白报告",
        en: "put a report in it, or start from xxgk init",
      });
    }
    this.scanValue([]);
    this.skipWhitespace();
    if (this.index < this.text.length) {
      throw new ScanError(
        this.index,
        { zh: "JSON 值结束后还有多余内容", en: "unexpected content after the end of the JSON value" },
        { zh: "删除多余内容；一个文件只能有一个 JSON 对象", en: "remove it: a file holds one JSON object" },
      );
    }
  }

  private peek(): string | undefined {
    return this.text[this.index];
  }

  private skipWhitespace(): void {
    while (this.index < this.text.length && WHITESPACE.has(this.text[this.index]!)) this.index++;
    if (this.text[this.index] === "/" && (this.text[this.index + 1] === "/" || this.text[this.index + 1] === "*")) {
      throw new ScanError(
        this.index,
        { zh: "JSON 不允许注释", en: "JSON does not allow comments" },
        { zh: "删除注释", en: "remove the comment" },
      );
    }
  }

  private unexpected(expected: Text): ScanError {
    const found = describeChar(this.peek());
    if (this.peek() === "'") {
      return new ScanError(
        this.index,
        { zh: "字符串用了单引号", en: "a string in single quotes" },
        { zh: "把单引号改成双引号", en: "use double quotes" },
      );
    }
    return new ScanError(this.index, {
      zh: `此处应为${expected.zh}，实际为${found.zh}`,
      en: `expected ${expected.en}, found ${found.en}`,
    });
  }

  private scanValue(path: readonly string[]): void {
    this.starts.set(path.join("."), this.index);
    const char = this.peek();
    if (char === "{") return this.scanObject(path);
    if (char === "[") return this.scanArray(path);
    if (char === '"') {
      this.scanString();
      return;
    }
    if (char === "-" || (char !== undefined && char >= "0" && char <= "9")) return this.scanNumber();
    for (const literal of ["true", "false", "null"]) {
      if (this.text.startsWith(literal, this.index)) {
        this.index += literal.length;
        return;
      }
    }
    throw this.unexpected({ zh: "一个值（数字、字符串、null、对象或数组）", en: "a value (number, string, null, object or array)" });
  }

  private scanObject(path: readonly string[]): void {
    this.index++; // {
    this.skipWhitespace();
    if (this.peek() === "}") {
      this.index++;
      return;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.peek() === "}") {
        throw new ScanError(
          this.index,
          { zh: "对象最后一项后面多了逗号", en: "a trailing comma before }" },
          { zh: "删除 “}” 前面的逗号", en: "remove the comma before }" },
        );
      }
      if (this.peek() !== '"') {
        if (this.peek() !== "'" && this.peek() !== undefined && /[\p{L}_$]/u.test(this.peek()!)) {
          throw new ScanError(
            this.index,
            { zh: "对象的键没有加双引号", en: "an object key without double quotes" },
            { zh: "给键加上双引号，如 \"total\"", en: 'put the key in double quotes, e.g. "total"' },
          );
        }
        throw this.unexpected({ zh: "用双引号括起的键", en: "a double-quoted key" });
      }
      const keyStart = this.index;
      const key = this.scanString();
      const memberPath = [...path, key];
      this.skipWhitespace();
      if (this.peek() !== ":") throw this.unexpected({ zh: "冒号 “:”", en: 'a colon ":"' });
      this.index++;
      this.skipWhitespace();
      this.scanValue(memberPath);
      // A member points at its key, where an editor shows it.
      this.starts.set(memberPath.join("."), keyStart);
      this.skipWhitespace();
      if (this.peek() === ",") {
        this.index++;
        continue;
      }
      if (this.peek() === "}") {
        this.index++;
        return;
      }
      if (this.peek() === '"') throw missingComma(this.index);
      throw this.unexpected({ zh: "逗号 “,” 或 “}”", en: 'a comma or "}"' });
    }
  }

  private scanArray(path: readonly string[]): void {
    this.index++; // [
    this.skipWhitespace();
    if (this.peek() === "]") {
      this.index++;
      return;
    }
    for (let item = 0; ; item++) {
      this.skipWhitespace();
      if (this.peek() === "]") {
        throw new ScanError(
          this.index,
          { zh: "数组最后一项后面多了逗号", en: "a trailing comma before ]" },
          { zh: "删除 “]” 前面的逗号", en: "remove the comma before ]" },
        );
      }
      this.scanValue([...path, String(item)]);
      this.skipWhitespace();
      if (this.peek() === ",") {
        this.index++;
        continue;
      }
      if (this.peek() === "]") {
        this.index++;
        return;
      }
      if (this.peek() !== undefined && /["{[\d-]/.test(this.peek()!)) throw missingComma(this.index);
      throw this.unexpected({ zh: "逗号 “,” 或 “]”", en: 'a comma or "]"' });
    }
  }

  /** Scans a string starting at the opening quote; returns its value. */
  private scanString(): string {
    const start = this.index;
    this.index++; // "
    for (;;) {
      const char = this.peek();
      if (char === undefined) {
        throw new ScanError(
          start,
          { zh: "字符串没有结束的双引号", en: "a string without its closing quote" },
          { zh: "在字符串末尾补上双引号", en: "close the string with a double quote" },
        );
      }
      if (char === '"') {
        this.index++;
        return JSON.parse(this.text.slice(start, this.index)) as string;
      }
      if (char < " ") {
        throw new ScanError(
          this.index,
          { zh: "字符串中有换行或控制字符", en: "a line break or control character inside a string" },
          { zh: "字符串不能跨行；换行写成 \\n，或补上漏掉的双引号", en: "strings cannot span lines: write \\n, or add the missing quote" },
        );
      }
      if (char === "\\") {
        const next = this.text[this.index + 1];
        if (next === "u" && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.index + 2, this.index + 6))) {
          this.index += 6;
          continue;
        }
        if (next !== undefined && '"\\/bfnrt'.includes(next)) {
          this.index += 2;
          continue;
        }
        throw new ScanError(
          this.index,
          { zh: "无效的转义序列", en: "an invalid escape sequence" },
          { zh: "反斜杠写成 \\\\", en: "write a backslash as \\\\" },
        );
      }
      this.index++;
    }
  }

  private scanNumber(): void {
    NUMBER.lastIndex = this.index;
    const match = NUMBER.exec(this.text);
    if (match === null || match[0] === "-") {
      throw this.unexpected({ zh: "一个数字", en: "a number" });
    }
    this.index += match[0].length;
    const after = this.peek();
    if (after !== undefined && /[0-9A-Za-z.\p{L}]/u.test(after)) {
      throw new ScanError(
        this.index,
        { zh: "数字后面紧跟着文字或符号", en: "a number followed directly by text" },
        {
          zh: "数字单元格只填数字（5，而不是 5件）；确需文字时整体加双引号",
          en: "a count cell holds the number alone (5, not 5件); quote the whole value if it is text",
        },
      );
    }
  }
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
  try {
    new Scanner(text).scanDocument();
    return undefined;
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
    return {
      offset: error.offset,
      ...positionAt(text, error.offset),
      reason: error.reason[lang],
      fix: error.fixText[lang],
    };
  }
}

/**
 * A function from a report path to the position of that value in `text`, or of its nearest
 * ancestor that is present (`undefined` when none but the document is); `undefined` when the
 * text does not scan.
 */
export function locator(text: string): ((path: readonly (string | number)[]) => Position | undefined) | undefined {
  const scanner = new Scanner(text);
  try {
    scanner.scanDocument();
  } catch {
    return undefined;
  }
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
    // The nearest ancestor that is present (a blank cell's row); the whole document says nothing.
    for (let length = path.length; length > 0; length--) {
      const offset = scanner.starts.get(path.slice(0, length).map(String).join("."));
      if (offset !== undefined) return at(offset);
    }
    return path.length === 0 ? at(scanner.starts.get("") ?? 0) : undefined;
  };
}
