/**
 * The messages between the batch and its workers. Everything here crosses a thread boundary by
 * structured clone: plain data only.
 */
import type { Report } from "@xxgk/schema";
import type { ImportKind, ImportNoteSummary } from "./importer.js";

export interface RenderTask {
  readonly kind: "render";
  readonly report: Report;
  /** Format names (keys of the renderers table). */
  readonly formats: readonly string[];
  readonly width?: number;
}

export interface ImportTask {
  readonly kind: "import";
  /** Absolute path of the published file. */
  readonly path: string;
  readonly importKind: ImportKind;
}

export type WorkerTask = RenderTask | ImportTask;

/** What a worker says about itself with every result: for recycling and the benchmark. */
export interface WorkerStats {
  readonly threadId: number;
  /** Tasks this worker has run, this one included. */
  readonly tasks: number;
}

export interface RenderedOutput {
  readonly format: string;
  readonly content: string | Uint8Array;
}

export interface RenderFailure {
  readonly format: string;
  readonly message: string;
}

export interface RenderResult {
  readonly kind: "render";
  readonly outputs: readonly RenderedOutput[];
  readonly failures: readonly RenderFailure[];
  readonly worker: WorkerStats;
}

export interface ImportResult {
  readonly kind: "import";
  /** The imported report as plain data; absent when the file could not be imported. */
  readonly report?: unknown;
  readonly notes: readonly ImportNoteSummary[];
  readonly error?: string;
  readonly worker: WorkerStats;
}

export type WorkerResult = RenderResult | ImportResult;
