/**
 * Which files a batch reads: every argument is a directory (searched recursively), a file, or a
 * glob. Each input keeps its path relative to where it was found (the directory, or the static
 * part of the glob), and its outputs keep that sub-folder under `--out`.
 */
import { stat } from "node:fs/promises";
import { basename, isAbsolute, relative, resolve, sep } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import { importKindOf, importKinds, type ImportKind } from "./importer.js";

export type InputKind = "json" | ImportKind;

export interface BatchInput {
  /** Absolute path. */
  readonly path: string;
  /** The path as shown in messages and the summary: relative to the working directory when inside it. */
  readonly display: string;
  /** Path below the directory or glob base it was found under, with `/` separators. */
  readonly relative: string;
  readonly kind: InputKind;
}

export interface InputProblem {
  readonly argument: string;
  readonly message: string;
}

export interface DiscoverOptions {
  readonly cwd: string;
  /** Also take published files (.txt, .html, .htm, .pdf) for `--import`. */
  readonly importing: boolean;
  /** Files under this directory (the output directory) are never inputs. */
  readonly exclude?: string;
}

export interface Discovered {
  readonly inputs: readonly BatchInput[];
  readonly problems: readonly InputProblem[];
}

function toPosix(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}

export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? toPosix(rel) : toPosix(path);
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

function kindOf(fileName: string, importing: boolean): InputKind | undefined {
  if (fileName.toLowerCase().endsWith(".json")) return "json";
  return importing ? importKindOf(fileName) : undefined;
}

/** The extensions searched for in a directory. */
function extensionPattern(importing: boolean): string {
  const extensions = ["json", ...(importing ? Object.keys(importKinds).map((extension) => extension.slice(1)) : [])];
  return extensions.length === 1 ? `**/*.${extensions[0] ?? "json"}` : `**/*.{${extensions.join(",")}}`;
}

/** The part of a glob before its first dynamic segment: the directory its matches are relative to. */
export function globBase(pattern: string): { base: string; rest: string } {
  const segments = pattern.split(/[/\\]/);
  const staticSegments: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (isDynamicPattern(segment)) break;
    staticSegments.push(segment);
  }
  const base = staticSegments.join("/");
  return { base: base === "" && pattern.startsWith("/") ? "/" : base, rest: segments.slice(staticSegments.length).join("/") };
}

const ignore = ["**/node_modules/**"];

export async function discoverInputs(argumentsGiven: readonly string[], options: DiscoverOptions): Promise<Discovered> {
  const found = new Map<string, BatchInput>();
  const problems: InputProblem[] = [];
  const add = (path: string, relativePath: string, explicit: boolean, argument: string): void => {
    if (options.exclude !== undefined && isInside(path, options.exclude)) return;
    if (found.has(path)) return;
    const kind = kindOf(path, options.importing) ?? (explicit ? "json" : undefined);
    if (kind === undefined) {
      // A named file of another kind is a problem; a glob match of another kind is just not an input.
      if (explicit) problems.push({ argument, message: `not a report file (.json${options.importing ? ", .txt, .html, .htm, .pdf" : ""})` });
      return;
    }
    found.set(path, { path, display: displayPath(path, options.cwd), relative: toPosix(relativePath), kind });
  };

  for (const argument of argumentsGiven) {
    const absolute = resolve(options.cwd, argument);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isDirectory() === true) {
      const matches = await glob(extensionPattern(options.importing), { cwd: absolute, onlyFiles: true, ignore, expandDirectories: false });
      if (matches.length === 0) problems.push({ argument, message: "no report files in this directory" });
      for (const match of matches.sort()) add(resolve(absolute, match), match, false, argument);
      continue;
    }
    if (info !== undefined) {
      add(absolute, basename(absolute), true, argument);
      continue;
    }
    if (isDynamicPattern(argument)) {
      const { base, rest } = globBase(argument);
      const baseDir = resolve(options.cwd, base);
      const matches = await glob(rest, { cwd: baseDir, onlyFiles: true, ignore, expandDirectories: false });
      if (matches.length === 0) problems.push({ argument, message: "no file matches" });
      for (const match of matches.sort()) add(resolve(baseDir, match), match, false, argument);
      continue;
    }
    problems.push({ argument, message: "file or directory not found" });
  }
  const inputs = [...found.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { inputs, problems };
}
