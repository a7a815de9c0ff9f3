/**
 * What became of one file given to `xxgk validate`: the formatters turn a list of these into text.
 */
import type { InputIssue, Lang, ValidationResult } from "@xxgk/schema";
import type { ReadError } from "./files.js";
import type { Position } from "./json-locate.js";

export type OutputFormat = "text" | "json" | "github";
export const outputFormats: readonly OutputFormat[] = ["text", "json", "github"];

export interface FileOutcome {
  /** The file as the user named it. */
  readonly file: string;
  /** 0 no error findings, 1 error findings, 2 unreadable or not a report. */
  readonly exitCode: 0 | 1 | 2;
  /** Set when the file could not be read as JSON. */
  readonly readError?: ReadError;
  /** Set when the file was JSON (its issues are empty when it is a report). */
  readonly result?: ValidationResult;
  /** Where a path of the report sits in the file, when the file is JSON. */
  readonly locate?: (path: readonly (string | number)[]) => Position | undefined;
}

export interface FormatContext {
  readonly lang: Lang;
}

/** The issues that keep a file from being read as a report (none when it is one). */
export function issuesOf(outcome: FileOutcome): readonly InputIssue[] {
  return outcome.result?.issues ?? [];
}
