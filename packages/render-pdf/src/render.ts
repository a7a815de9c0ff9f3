/**
 * renderPdf: a report (or its render model) → PDF bytes, with react-pdf.
 */
import { rename, unlink, writeFile } from "node:fs/promises";
import { Readable } from "node:stream";
import { pdf } from "@react-pdf/renderer";
import {
  buildRenderModel,
  isIsoDate,
  RENDER_MODEL_VERSION,
  type RenderModel,
  type RenderModelOptions,
} from "@xxgk/render-model";
import type { Report } from "@xxgk/schema";
import { reportDocument, type BlockHandlers } from "./document.js";
import { loadFonts } from "./fonts.js";
import type { Measurers } from "./flow.js";
import { measurerFor } from "./measure.js";

export interface RenderPdfOptions {
  /** Options for `buildRenderModel` when a report (not a model) is given. */
  readonly model?: RenderModelOptions;
  /**
   * The document's creation date (ISO `YYYY-MM-DD`, or a `Date`). Default: the model's
   * `meta.creationDate` (the signature date, else the published date); when neither is known, the
   * last day of the report year. Never the clock: the same input gives the same bytes.
   */
  readonly creationDate?: string | Date;
  /** Replace the element of a block kind (advanced; the defaults print the model as it is). */
  readonly handlers?: Partial<BlockHandlers>;
}

/** The value of the PDF's Creator entry. */
export const PDF_CREATOR = "xxgk (@xxgk/render-pdf)";
/** The value of the PDF's Producer entry. */
export const PDF_PRODUCER = "react-pdf";

function isRenderModel(input: Report | RenderModel): input is RenderModel {
  return typeof input === "object" && input !== null && "modelVersion" in input && "blocks" in input;
}

function toModel(input: Report | RenderModel, options: RenderPdfOptions): RenderModel {
  if (isRenderModel(input)) {
    if (input.modelVersion !== RENDER_MODEL_VERSION) {
      throw new TypeError(`render-pdf: render model version ${String(input.modelVersion)} is not supported (expected ${RENDER_MODEL_VERSION})`);
    }
    return input;
  }
  return buildRenderModel(input, options.model ?? {});
}

function isoToDate(iso: string): Date {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

function creationDateOf(model: RenderModel, options: RenderPdfOptions): Date {
  const option = options.creationDate;
  if (option instanceof Date) {
    if (Number.isNaN(option.getTime())) throw new RangeError("render-pdf: creationDate is an invalid Date");
    return option;
  }
  if (typeof option === "string") {
    if (!isIsoDate(option)) throw new RangeError(`render-pdf: creationDate must be an ISO date YYYY-MM-DD, got ${JSON.stringify(option)}`);
    return isoToDate(option);
  }
  if (model.meta.creationDate !== null) return isoToDate(model.meta.creationDate);
  // No date in the report: react-pdf would write the clock (and pdfkit needs a date for the file
  // ID). The end of the reporting period is a date the report itself determines.
  return new Date(Date.UTC(model.meta.reportYear, 11, 31));
}

async function renderToNodeStream(input: Report | RenderModel, options: RenderPdfOptions): Promise<NodeJS.ReadableStream> {
  const model = toModel(input, options);
  const fonts = await loadFonts();
  const measurers: Measurers = {
    serif: measurerFor(fonts.serif),
    title: measurerFor(fonts.title),
    sans: measurerFor(fonts.sans),
    kai: measurerFor(fonts.kai),
  };
  const element = reportDocument(model, measurers, {
    creationDate: creationDateOf(model, options),
    creator: PDF_CREATOR,
    producer: PDF_PRODUCER,
    fonts,
    ...(options.handlers === undefined ? {} : { handlers: options.handlers }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const instance = pdf(element as any);
  try {
    // `toBuffer()` lays out and draws the whole document, then returns pdfkit's document stream
    // (the name is historic).
    return (await instance.toBuffer()) as unknown as NodeJS.ReadableStream;
  } finally {
    // Unmount: react-pdf's reconciler otherwise keeps every rendered tree alive (about 1 MB of
    // heap per report — RSS grew by a gigabyte over 500 renders before this).
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    instance.updateContainer(null as any);
    // The reconciler's root keeps its container: drop the laid-out document tree it holds.
    (instance.container as { document: unknown }).document = null;
  }
}

async function collect(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of stream as AsyncIterable<Uint8Array | string>) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "latin1") : chunk;
    chunks.push(bytes);
    length += bytes.length;
  }
  const result = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    result.set(chunk, offset);
    offset += chunk.length;
  }
  return result;
}

/**
 * Renders a report (or its render model) to PDF bytes. Deterministic: the same input and options
 * give the same bytes. Fonts are registered and parsed once per process, on the first call.
 */
export async function renderPdf(input: Report | RenderModel, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  const bytes = await collect(await renderToNodeStream(input, options));
  await settle();
  return bytes;
}

/**
 * Lets the event loop turn once. React schedules the unmount of a rendered tree as a task; a batch
 * loop that awaits only promises would never let it run, and every rendered tree would stay in
 * React's list of scheduled roots (RSS grew without bound over 500 renders).
 */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Renders to a Node.js readable stream of the PDF bytes. */
export async function renderPdfStream(input: Report | RenderModel, options: RenderPdfOptions = {}): Promise<Readable> {
  const stream = await renderToNodeStream(input, options);
  await settle();
  return Readable.from(stream as AsyncIterable<Uint8Array>, { objectMode: false });
}

/**
 * Renders to a file, atomically: the PDF is written to a temporary file beside `path` and renamed
 * over it, so a reader never sees half a PDF and a failed render leaves no file behind.
 */
export async function renderPdfToFile(input: Report | RenderModel, path: string, options: RenderPdfOptions = {}): Promise<void> {
  const bytes = await renderPdf(input, options);
  const temporary = `${path}.${process.pid}.${Date.now().toString(36)}.tmp`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
