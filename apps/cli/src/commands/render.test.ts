import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderHtml, renderHtmlFragment } from "@xxgk/render-html";
import { renderPdf } from "@xxgk/render-pdf";
import { renderText, stringWidth } from "@xxgk/render-text";
import { checkReport, parseReport, type Report } from "@xxgk/schema";
import { describe, expect, it } from "vitest";
import type { Io } from "../io.js";
import { STACK_LINE, fixtureNames, fixturesDir, huaian, put, useTempDir, xxgk } from "../test-support.js";
import { MIN_TEXT_WIDTH, renderCommand, renderers, type Renderers } from "./render.js";

const examplePath = fileURLToPath(new URL("../../../../examples/zhangdian-jiguanshiwu-2020.json", import.meta.url));
const exampleText = await readFile(examplePath, "utf8");

function parsed(value: unknown): Report {
  const result = parseReport(value);
  if (!result.success) throw new Error(`not a report: ${JSON.stringify(result.issues)}`);
  return result.report;
}

const example = parsed(JSON.parse(exampleText));

/** What the libraries give for the bundled example, format by format. */
const expected: Record<string, string> = {
  text: renderText(example),
  html: renderHtml(example),
  "html-fragment": renderHtmlFragment(example),
};
const formats = Object.keys(expected);

let dir: string;
useTempDir(async (path) => {
  dir = path;
  await writeFile(join(dir, "example.json"), exampleText);
});

describe("xxgk render on the bundled example", () => {
  it("offers exactly text, html, html-fragment and pdf", () => {
    expect(Object.keys(renderers)).toEqual([...formats, "pdf"]);
  });

  it("--to pdf -o writes the library's PDF, byte for byte", async () => {
    const result = await xxgk(["render", "example.json", "--to", "pdf", "-o", "example.pdf"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    const written = new Uint8Array(await readFile(join(dir, "example.pdf")));
    expect(Buffer.from(written.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(Buffer.compare(written, await renderPdf(example))).toBe(0);
  });

  it.each(formats)("--to %s writes the library's output to stdout, byte for byte, and nothing else", async (format) => {
    const result = await xxgk(["render", "example.json", "--to", format], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(expected[format]);
    // The example has one error finding (a district department reporting 规章): still rendered, with a note.
    expect(checkReport(example).summary.errors).toBe(1);
    expect(result.stderr).toBe("xxgk: 注意：example.json 有 1 个错误，已按原样输出；运行 xxgk validate example.json 查看\n");
  });

  it.each(formats)("--to %s -o writes the whole output to the file, and no temp file is left", async (format) => {
    const result = await xxgk(["render", "example.json", "--to", format, "-o", "out.file"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    const bytes = Buffer.from(expected[format]!, "utf8");
    expect(await readFile(join(dir, "out.file"))).toEqual(bytes);
    expect(result.stderr).toContain(`xxgk: 已写入 out.file（${bytes.byteLength} 字节）\n`);
    expect((await readdir(dir)).sort()).toEqual(["example.json", "out.file"]);
  });

  it("-o replaces an existing file as a whole", async () => {
    await put(dir, "page.html", "old content that is longer than nothing\n".repeat(10_000));
    const result = await xxgk(["render", "example.json", "--to", "html", "-o", "page.html"], dir);
    expect(result.code).toBe(0);
    expect(await readFile(join(dir, "page.html"), "utf8")).toBe(expected.html);
    expect((await readdir(dir)).sort()).toEqual(["example.json", "page.html"]);
  });

  it("-o in a subdirectory, relative to the current directory", async () => {
    await mkdir(join(dir, "out"));
    const result = await xxgk(["render", "example.json", "--to", "html-fragment", "-o", "out/fragment.html"], dir);
    expect(result.code).toBe(0);
    expect(await readFile(join(dir, "out", "fragment.html"), "utf8")).toBe(expected["html-fragment"]);
    expect(await readdir(join(dir, "out"))).toEqual(["fragment.html"]);
  });

  it("--width 60 gives the library's narrower text: no line wider than 60 columns", async () => {
    const result = await xxgk(["render", "example.json", "--to", "text", "--width", "60"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(renderText(example, { width: 60 }));
    const widths = (text: string) => text.split("\n").map(stringWidth);
    expect(Math.max(...widths(result.stdout))).toBeLessThanOrEqual(60);
    expect(Math.max(...widths(expected.text!))).toBeGreaterThan(60);
    expect(result.stdout).not.toBe(expected.text);
  });

  it("--width 40, the narrowest, works", async () => {
    const result = await xxgk(["render", "example.json", "--to", "text", "--width", String(MIN_TEXT_WIDTH)], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(renderText(example, { width: MIN_TEXT_WIDTH }));
  });

  it("MIN_TEXT_WIDTH is the narrowest width renderText accepts", () => {
    expect(() => renderText(example, { width: MIN_TEXT_WIDTH - 1 })).toThrow(RangeError);
    expect(() => renderText(example, { width: MIN_TEXT_WIDTH })).not.toThrow();
  });

  it("--lang en gives the note in English", async () => {
    const result = await xxgk(["render", "example.json", "--to", "text", "--lang", "en"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(expected.text);
    expect(result.stderr).toBe("xxgk: note: example.json has 1 error finding, rendered as it is; run xxgk validate example.json\n");
  });
});

describe("xxgk render on the corpus", { timeout: 60_000 }, () => {
  it("renders every real report in every format as the libraries do; a note only when the rules find errors", async () => {
    const names = await fixtureNames();
    expect(names.length).toBeGreaterThanOrEqual(9);
    let withoutErrors = 0;
    for (const name of names) {
      const report = parsed(JSON.parse(await readFile(join(fixturesDir, name), "utf8")));
      const errors = checkReport(report).summary.errors;
      if (errors === 0) withoutErrors++;
      const libraries = { text: renderText(report), html: renderHtml(report), "html-fragment": renderHtmlFragment(report) };
      for (const [format, output] of Object.entries(libraries)) {
        const result = await xxgk(["render", name, "--to", format], fixturesDir);
        expect(result.code, `${name} --to ${format}`).toBe(0);
        expect(result.stdout).toBe(output);
        expect(result.stderr).toBe(errors === 0 ? "" : `xxgk: 注意：${name} 有 ${errors} 个错误，已按原样输出；运行 xxgk validate ${name} 查看\n`);
      }
    }
    expect(withoutErrors).toBeGreaterThan(0);
  });
});

describe("xxgk render on bad input (exit 2, nothing on stdout, no stack trace)", () => {
  async function bad(args: readonly string[]) {
    const result = await xxgk(["render", ...args], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.output).not.toContain(STACK_LINE);
    return result;
  }

  it("-o into a directory that does not exist: names it, says what to do, creates nothing", async () => {
    const result = await bad(["example.json", "--to", "html", "-o", "missing/sub/page.html"]);
    expect(result.stderr).toBe("xxgk: 无法写入 missing/sub/page.html：所在目录不存在\n  修改：先创建该目录（如 mkdir -p），或用 -o 另选位置\n");
    expect(await readdir(dir)).toEqual(["example.json"]);
    const english = await bad(["example.json", "--to", "html", "-o", "missing/page.html", "--lang", "en"]);
    expect(english.stderr).toContain("cannot write missing/page.html: its directory does not exist");
    expect(english.stderr).toContain("fix: create the directory first");
  });

  it("-o naming a directory or the report itself is refused, and the report is left as it was", async () => {
    await mkdir(join(dir, "out"));
    const directory = await bad(["example.json", "--to", "html", "-o", "out"]);
    expect(directory.stderr).toContain("-o out 是目录，不是文件");
    expect(directory.stderr).toContain("如 -o out/report.html");
    const itself = await bad(["example.json", "--to", "text", "-o", "./example.json"]);
    expect(itself.stderr).toContain("-o ./example.json 就是报告文件本身，不能覆盖");
    expect(await readFile(join(dir, "example.json"), "utf8")).toBe(exampleText);
    expect(await readdir(join(dir, "out"))).toEqual([]);
  });

  it("a missing file", async () => {
    const result = await bad(["missing.json", "--to", "text"]);
    expect(result.stderr).toContain("xxgk: 找不到文件 missing.json");
    expect(result.stderr).toContain("修改：检查文件名和路径");
  });

  it("malformed JSON: file, line, column, reason and fix", async () => {
    await put(dir, "broken.json", '{\n  "edition": "2021",\n  "reportYear": 2024,\n}\n');
    const result = await bad(["broken.json", "--to", "html", "-o", "page.html"]);
    expect(result.stderr).toContain("broken.json 第 4 行第 1 列不是有效的 JSON：对象最后一项后面多了逗号");
    expect(result.stderr).toContain("修改：删除 “}” 前面的逗号");
    expect(await readdir(dir)).not.toContain("page.html");
    const english = await bad(["broken.json", "--to", "html", "--lang", "en"]);
    expect(english.stderr).toContain("broken.json is not valid JSON at line 4, column 1: a trailing comma before }");
  });

  it("not a report: the file, each place in the report with its line, and the fix", async () => {
    await put(dir, "key.json", await huaian((report) => {
      report.tables.applications.granted.grantedd = 1;
    }));
    const result = await bad(["key.json", "--to", "text"]);
    expect(result.stderr).toContain("xxgk: key.json 不是有效的报告（1 处问题），未输出：");
    expect(result.stderr).toMatch(/ {2}tables\.applications\.granted\.grantedd（第 \d+ 行）：未知字段 “grantedd”\n {4}修改：删除该字段或检查拼写/);
  });

  it("a count the format cannot hold (negative) is not rendered: it would not be the report", async () => {
    await put(dir, "negative.json", await huaian((report) => {
      report.tables.applications.granted.total = -3;
    }));
    const result = await bad(["negative.json", "--to", "html", "--lang", "en"]);
    expect(result.stderr).toContain("xxgk: negative.json is not a report (1 problem); nothing rendered:");
    expect(result.stderr).toMatch(/tables\.applications\.granted\.total \(line \d+\): .*-3\n {4}fix: /);
  });

  it("an array instead of a report", async () => {
    await put(dir, "array.json", "[]\n");
    const result = await bad(["array.json", "--to", "text"]);
    expect(result.stderr).toContain("(根)（第 1 行）：报告应为 JSON 对象");
    expect(result.stderr).toContain("修改：用 xxgk init 生成空白报告再填写");
  });

  it("an unknown --to lists the formats, before reading the file", async () => {
    const result = await bad(["missing.json", "--to", "docx"]);
    expect(result.stderr).toBe(
      [
        "xxgk: 未知的输出格式 --to docx；可用的格式：",
        "    text           纯文本（表格用框线字符绘制，按 --width 换行）",
        "    html           完整的 HTML 网页（样式内联，可直接打印）",
        "    html-fragment  供门户网站 CMS 嵌入的 HTML 片段",
        "    pdf            公文格式的 PDF（A4，字体嵌入）",
        "  修改：如 --to html",
        "",
      ].join("\n"),
    );
    const english = await bad(["example.json", "--to", "HTML", "--lang", "en"]);
    expect(english.stderr).toContain("unknown output format --to HTML; the formats are:");
    expect(english.stderr).toContain("    html-fragment  an HTML fragment for a portal CMS");
  });

  it("a missing --to is a usage error", async () => {
    const result = await bad(["example.json"]);
    expect(result.stderr).toContain("缺少必需的选项 --to <format>");
  });

  it.each(["0", "-5", "12.5", "abc", "8O", ""])("--width %j is not a positive integer", async (width) => {
    const result = await bad(["example.json", "--to", "text", `--width=${width}`]);
    expect(result.stderr).toContain(`xxgk: --width ${width} 不是正整数`);
    expect(result.stderr).toContain("修改：写每行的列数（汉字算 2 列），如 --width 80；默认 100");
  });

  it("--width below the minimum names the minimum", async () => {
    const result = await bad(["example.json", "--to", "text", "--width", "39"]);
    expect(result.stderr).toBe("xxgk: --width 39 太窄：纯文本至少 40 列\n  修改：用 --width 40 或更宽（默认 100）\n");
    const english = await bad(["example.json", "--to", "text", "--width", "20", "--lang", "en"]);
    expect(english.stderr).toContain("--width 20 is too narrow: plain text needs at least 40 columns");
  });

  it("--width with an HTML format says it does not apply", async () => {
    const result = await bad(["example.json", "--to", "html", "--width", "80"]);
    expect(result.stderr).toBe("xxgk: --width 只用于 --to text，不用于 --to html\n  修改：去掉 --width\n");
  });
});

describe("renderCommand with other formats (how --to pdf will plug in)", () => {
  const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x0a]); // "%PDF-" and binary bytes
  const binary: Renderers = {
    pdf: { description: ["PDF", "PDF"], usesWidth: false, render: async () => bytes },
    broken: {
      description: ["坏", "broken"],
      usesWidth: false,
      render: () => {
        throw new Error("font missing\n    at somewhere (file.js:1:1)");
      },
    },
  };

  function capture(extra: Partial<Pick<Io, "stdoutIsTTY">> & { withBytes?: boolean } = {}) {
    const out = { stdout: "", stderr: "", bytes: [] as Uint8Array[] };
    const io: Io = {
      stdout: (text) => {
        out.stdout += text;
      },
      stderr: (text) => {
        out.stderr += text;
      },
      cwd: dir,
      ...(extra.withBytes === false ? {} : { stdoutBytes: (chunk: Uint8Array) => void out.bytes.push(chunk) }),
      ...(extra.stdoutIsTTY === undefined ? {} : { stdoutIsTTY: extra.stdoutIsTTY }),
    };
    return { io, out };
  }

  it("writes bytes to stdout when it is not a terminal", async () => {
    const { io, out } = capture({ stdoutIsTTY: false });
    expect(await renderCommand("example.json", { to: "pdf", lang: "zh" }, io, binary)).toBe(0);
    expect(out.bytes).toEqual([bytes]);
    expect(out.stdout).toBe("");
  });

  it("refuses to write bytes to a terminal and asks for -o", async () => {
    const { io, out } = capture({ stdoutIsTTY: true });
    expect(await renderCommand("example.json", { to: "pdf", lang: "zh" }, io, binary)).toBe(2);
    expect(out.bytes).toEqual([]);
    expect(out.stderr).toContain("xxgk: --to pdf 的输出是二进制文件，不能显示在终端上");
    expect(out.stderr).toContain("修改：用 -o 写入文件，如 -o report.pdf，或重定向：xxgk render example.json --to pdf > report.pdf");
    const none = capture({ withBytes: false });
    expect(await renderCommand("example.json", { to: "pdf", lang: "en" }, none.io, binary)).toBe(2);
    expect(none.out.stderr).toContain("fix: write it to a file with -o");
  });

  it("writes bytes to -o atomically, exactly", async () => {
    const { io, out } = capture({ stdoutIsTTY: true });
    expect(await renderCommand("example.json", { to: "pdf", output: "report.pdf", lang: "zh" }, io, binary)).toBe(0);
    expect(new Uint8Array(await readFile(join(dir, "report.pdf")))).toEqual(bytes);
    expect(out.stderr).toContain(`xxgk: 已写入 report.pdf（${bytes.byteLength} 字节）`);
    expect((await readdir(dir)).sort()).toEqual(["example.json", "report.pdf"]);
  });

  it("a renderer that fails gives one line naming the file and the format, exit 2, and writes nothing", async () => {
    await put(dir, "keep.out", "kept\n");
    const { io, out } = capture();
    expect(await renderCommand("example.json", { to: "broken", output: "keep.out", lang: "zh" }, io, binary)).toBe(2);
    expect(out.stderr).toBe("xxgk: 无法将 example.json 输出为 broken：font missing\n  修改：先运行 xxgk validate example.json 检查报告\n");
    expect(await readFile(join(dir, "keep.out"), "utf8")).toBe("kept\n");
    expect((await readdir(dir)).sort()).toEqual(["example.json", "keep.out"]);
  });

  it("the format table's own prototype names are not formats", async () => {
    const { io, out } = capture();
    expect(await renderCommand("example.json", { to: "toString", lang: "en" }, io)).toBe(2);
    expect(out.stderr).toContain("unknown output format --to toString");
  });
});
