/**
 * Import notes: what the importer was unsure of, where, and on what evidence.
 */
export type NoteSeverity = "info" | "warning" | "error";
export type NoteLang = "zh" | "en";

export type NoteCode =
  | "input-empty"
  | "input-binary"
  | "input-truncated"
  | "input-encoding"
  | "pdf-encrypted"
  | "pdf-no-text"
  | "pdf-unreadable"
  | "html-no-text"
  | "not-a-report"
  | "edition-detected"
  | "edition-year-mismatch"
  | "year-missing"
  | "agency-missing"
  | "heading-missing"
  | "heading-variant"
  | "table-missing"
  | "table-relocated"
  | "row-missing"
  | "label-variant"
  | "row-extra"
  | "group-single-row"
  | "cell-blank"
  | "cell-text"
  | "cell-unreadable"
  | "cell-count"
  | "cell-by-identity"
  | "cell-zero-by-identity"
  | "cell-ambiguous"
  | "cells-by-orientation"
  | "identity-broken"
  | "signature-missing";

export interface ImportNote {
  readonly code: NoteCode;
  readonly severity: NoteSeverity;
  /** Where in the report: `["tables", "applications", "granted", "total"]`; `[]` for the whole input. */
  readonly path: readonly (string | number)[];
  readonly message: string;
  /** The printed text the note is about (shortened). */
  readonly evidence?: string;
}

export class NoteSink {
  readonly notes: ImportNote[] = [];
  constructor(readonly lang: NoteLang) {}
  add(
    code: NoteCode,
    severity: NoteSeverity,
    path: readonly (string | number)[],
    zh: string,
    en: string,
    evidence?: string,
  ): void {
    this.notes.push({
      code,
      severity,
      path,
      message: this.lang === "en" ? en : zh,
      ...(evidence === undefined ? {} : { evidence: shorten(evidence) }),
    });
  }
}

export function shorten(text: string, max = 80): string {
  const flat = text.replace(/\s+/gu, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
