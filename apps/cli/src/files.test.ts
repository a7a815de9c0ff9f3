import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FileExistsError, readJsonFile, writeFileAtomic } from "./files.js";
import { useTempDir } from "./test-support.js";

let dir: string;
useTempDir((path) => {
  dir = path;
});

describe("readJsonFile", () => {
  it("reads JSON relative to cwd and ignores a byte-order mark", async () => {
    await writeFile(join(dir, "a.json"), '\uFEFF{"a": 1}');
    expect(await readJsonFile("a.json", dir, "zh")).toEqual({ ok: true, value: { a: 1 }, text: '{"a": 1}' });
  });

  it("names a missing file, a directory and malformed JSON with line and column", async () => {
    expect(await readJsonFile("none.json", dir, "en")).toMatchObject({
      ok: false,
      error: { kind: "not-found", file: "none.json", message: "file not found: none.json" },
    });
    await mkdir(join(dir, "sub"));
    expect(await readJsonFile("sub", dir, "zh")).toMatchObject({ ok: false, error: { kind: "is-directory" } });
    await writeFile(join(dir, "bad.json"), '{\n  "a": 1,,\n}');
    expect(await readJsonFile("bad.json", dir, "zh")).toMatchObject({
      ok: false,
      error: {
        kind: "malformed-json",
        message: "bad.json 第 2 行第 10 列不是有效的 JSON：此处应为用双引号括起的键，实际为字符 “,”",
        position: { line: 2, column: 10 },
      },
    });
  });
});

describe("writeFileAtomic", () => {
  it("creates, refuses to overwrite, and overwrites when asked, leaving no temp file", async () => {
    await writeFileAtomic("out.json", "one\n", { cwd: dir, overwrite: false });
    await expect(writeFileAtomic("out.json", "two\n", { cwd: dir, overwrite: false })).rejects.toBeInstanceOf(FileExistsError);
    expect(await readFile(join(dir, "out.json"), "utf8")).toBe("one\n");
    await writeFileAtomic("out.json", "three\n", { cwd: dir, overwrite: true });
    expect(await readFile(join(dir, "out.json"), "utf8")).toBe("three\n");
    expect(await readdir(dir)).toEqual(["out.json"]);
  });

  it("writes bytes exactly, replacing an existing file as a whole", async () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xfe, 0x0a]);
    await writeFile(join(dir, "out.pdf"), "x".repeat(100_000));
    await writeFileAtomic("out.pdf", bytes, { cwd: dir, overwrite: true });
    expect(new Uint8Array(await readFile(join(dir, "out.pdf")))).toEqual(bytes);
    expect(await readdir(dir)).toEqual(["out.pdf"]);
  });

  it("fails on a missing directory without creating anything", async () => {
    await expect(writeFileAtomic("none/out.txt", "a\n", { cwd: dir, overwrite: true })).rejects.toMatchObject({ code: "ENOENT" });
    expect(await readdir(dir)).toEqual([]);
  });

  it("removes its temp file when the rename fails (the target is a directory)", async () => {
    await mkdir(join(dir, "taken"));
    await writeFile(join(dir, "taken", "inside.txt"), "kept\n");
    await expect(writeFileAtomic("taken", "new\n", { cwd: dir, overwrite: true })).rejects.toHaveProperty("code");
    expect(await readdir(dir)).toEqual(["taken"]);
    expect(await readFile(join(dir, "taken", "inside.txt"), "utf8")).toBe("kept\n");
  });
});
