/**
 * Files: reading JSON with errors a person can act on, and writing without ever leaving a
 * half-written file behind.
 */
import { randomBytes } from "node:crypto";
import { link, open, readFile, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
import type { Lang } from "@xxgk/schema";
import { findSyntaxError, type Position } from "./json-locate.js";

export type ReadErrorKind = "not-found" | "is-directory" | "unreadable" | "malformed-json";

/** Why a file could not be read as JSON. */
export interface ReadError {
  readonly kind: ReadErrorKind;
  /** The file as the user named it. */
  readonly file: string;
  readonly message: string;
  readonly fix: string;
  /** Where the JSON goes wrong (malformed JSON only, when it can be told). */
  readonly position?: Position;
}

export type ReadResult =
  | { readonly ok: true; readonly value: unknown; readonly text: string }
  | { readonly ok: false; readonly error: ReadError };

function say(lang: Lang, zh: string, en: string): string {
  return lang === "en" ? en : zh;
}

function errorCode(error: unknown): string | undefined {
  return error !== null && typeof error === "object" && "code" in error ? String(error.code) : undefined;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads `file` (resolved against `cwd`) and parses it as JSON. A UTF-8 byte-order mark is
 * ignored. Never throws for a missing, unreadable or malformed file.
 */
export async function readJsonFile(file: string, cwd: string, lang: Lang): Promise<ReadResult> {
  const path = resolve(cwd, file);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") {
      return {
        ok: false,
        error: {
          kind: "not-found",
          file,
          message: say(lang, `找不到文件 ${file}`, `file not found: ${file}`),
          fix: isAbsolute(file)
            ? say(lang, "检查文件名和路径", "check the name and the path")
            : say(lang, `检查文件名和路径（相对于 ${cwd}）`, `check the name and the path (relative to ${cwd})`),
        },
      };
    }
    if (code === "EISDIR") {
      return {
        ok: false,
        error: {
          kind: "is-directory",
          file,
          message: say(lang, `${file} 是目录，不是文件`, `${file} is a directory, not a file`),
          fix: say(lang, "给出目录里的 JSON 文件，如 reports/*.json", "name the JSON files in it, e.g. reports/*.json"),
        },
      };
    }
    return {
      ok: false,
      error: {
        kind: "unreadable",
        file,
        message: say(lang, `无法读取 ${file}：${errorMessage(error)}`, `cannot read ${file}: ${errorMessage(error)}`),
        fix: say(lang, "检查文件权限", "check the file's permissions"),
      },
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return { ok: true, value: JSON.parse(text) as unknown, text };
  } catch (error) {
    let syntax: ReturnType<typeof findSyntaxError>;
    try {
      syntax = findSyntaxError(text, lang);
    } catch {
      syntax = undefined; // nesting too deep to scan: fall back to the engine's message
    }
    if (syntax === undefined) {
      return {
        ok: false,
        error: {
          kind: "malformed-json",
          file,
          message: say(lang, `${file} 不是有效的 JSON：${errorMessage(error)}`, `${file} is not valid JSON: ${errorMessage(error)}`),
          fix: say(lang, "用 JSON 编辑器或 jq 检查该文件", "check the file with a JSON editor or jq"),
        },
      };
    }
    return {
      ok: false,
      error: {
        kind: "malformed-json",
        file,
        message: say(
          lang,
          `${file} 第 ${syntax.line} 行第 ${syntax.column} 列不是有效的 JSON：${syntax.reason}`,
          `${file} is not valid JSON at line ${syntax.line}, column ${syntax.column}: ${syntax.reason}`,
        ),
        fix: syntax.fix,
        position: { line: syntax.line, column: syntax.column },
      },
    };
  }
}

/** Thrown by `writeFileAtomic` when the target exists and `overwrite` is not set. */
export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`file exists: ${path}`);
    this.name = "FileExistsError";
  }
}

/**
 * Writes the whole content to a new temp file and flushes it to disk, so that after the rename
 * the target never turns out empty or short after a crash. A temp file left partly written (a
 * full disk) is removed before the error is passed on.
 */
async function writeTemp(temp: string, content: string | Uint8Array, sync: boolean): Promise<void> {
  try {
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(content, typeof content === "string" ? "utf8" : null);
      if (sync) await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    // EEXIST: the name belongs to another writer's temp file (never ours to remove).
    if (errorCode(error) !== "EEXIST") await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * Writes `content` (text as UTF-8, bytes as they are) to `path` (resolved against `cwd`) through
 * a temporary file in the same directory, so the target is either the old file or the whole new
 * one, never a part. Without `overwrite`, an existing target is left untouched and
 * `FileExistsError` is thrown. `sync: false` skips the flush to disk before the rename: the target
 * is still never partial when the process is killed, only a crash of the whole machine could leave
 * it short.
 */
export async function writeFileAtomic(
  path: string,
  content: string | Uint8Array,
  options: { readonly cwd: string; readonly overwrite: boolean; readonly sync?: boolean },
): Promise<void> {
  const target = resolve(options.cwd, path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  await writeTemp(temp, content, options.sync ?? true);
  try {
    if (options.overwrite) {
      await rename(temp, target);
      return;
    }
    try {
      // link() fails when the target exists, so no other writer can be overwritten in between.
      await link(temp, target);
    } catch (error) {
      const code = errorCode(error);
      if (code === "EEXIST") throw new FileExistsError(path);
      if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EXDEV" && code !== "ENOSYS") throw error;
      // A file system without hard links: check, then rename.
      if (await exists(target)) throw new FileExistsError(path);
      await rename(temp, target);
    }
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** Whether something exists at `path`. */
export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
