/**
 * `xxgk schema --edition 2019|2021`: the JSON Schema of a report of that edition, for editors and
 * other tools.
 */
import { jsonSchemaFor, type EditionId } from "@xxgk/schema";
import { EXIT_OK, type Io } from "../io.js";

export function schemaCommand(options: { readonly edition: EditionId }, io: Io): number {
  io.stdout(`${JSON.stringify(jsonSchemaFor(options.edition), null, 2)}\n`);
  return EXIT_OK;
}
