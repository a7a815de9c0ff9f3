/**
 * How `xxgk batch --import` reads a published report (text, HTML or PDF) into a report: an
 * `Importer`. The batch calls it inside its workers (importing a PDF is CPU work), so the importer
 * is found by this module, not passed in.
 *
 * The importer is `@xxgk/import`'s `importReport`, adapted here; with `importer` set to `undefined`
 * the batch refuses `--import` (exit 2) and works as before.
 */
import { importReport } from "@xxgk/import";

/** The kinds of published file an importer reads, by file extension. */
export const importKinds = { ".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".pdf": "pdf" } as const;

export type ImportKind = (typeof importKinds)[keyof typeof importKinds];

/** One import note, reduced to what the summary shows. */
export interface ImportNoteSummary {
  readonly code: string;
  readonly severity: string;
  readonly message: string;
}

export interface ImportOutcome {
  /** The imported report as plain data (parsed again by the batch), or `undefined`. */
  readonly report: unknown;
  readonly notes: readonly ImportNoteSummary[];
}

export interface ImportRequest {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly kind: ImportKind;
}

export type Importer = (request: ImportRequest) => Promise<ImportOutcome>;

/** `@xxgk/import` as an `Importer`: the batch validates the report itself (with the previous year). */
const xxgkImport: Importer = async ({ bytes, fileName, kind }) => {
  const result = await importReport({ bytes, fileName, kind }, { validate: false });
  return {
    report: result.report,
    notes: result.notes.map((note) => ({ code: note.code, severity: note.severity, message: note.message })),
  };
};

/** The importer the batch workers use (`undefined`: `--import` is refused). */
export const importer: Importer | undefined = xxgkImport;

/** The import kind of a file name, or `undefined` when it is not a published-report file. */
export function importKindOf(fileName: string): ImportKind | undefined {
  const lower = fileName.toLowerCase();
  for (const [extension, kind] of Object.entries(importKinds)) {
    if (lower.endsWith(extension)) return kind;
  }
  return undefined;
}
