/**
 * The committed JSON Schema files: their names and exact contents, generated from the zod schemas.
 */
import { editionIds } from "./editions/registry.js";
import type { EditionId } from "./editions/types.js";
import { jsonSchemaFor } from "./report/schema.js";

/** File name of an edition's JSON Schema inside the package's `json-schema/` folder. */
export function jsonSchemaFileName(editionId: EditionId): string {
  return `report-${editionId}.schema.json`;
}

/** The exact text of an edition's JSON Schema file (2-space JSON and a final newline). */
export function jsonSchemaText(editionId: EditionId): string {
  return `${JSON.stringify(jsonSchemaFor(editionId), null, 2)}\n`;
}

export const jsonSchemaEditions: readonly EditionId[] = editionIds;
