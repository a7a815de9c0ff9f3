/**
 * JSON output: an array with one entry per input file, in the order given:
 * `{ file, exitCode, error?, issues, findings, summary, checks }`. `findings` and `checks` are the
 * objects @xxgk/schema returns; `error` is set when the file could not be read as JSON.
 */
import type { FileOutcome } from "../outcome.js";

export function formatJson(outcomes: readonly FileOutcome[]): string {
  const entries = outcomes.map((outcome) => {
    const { readError, result } = outcome;
    return {
      file: outcome.file,
      exitCode: outcome.exitCode,
      ...(readError === undefined
        ? {}
        : {
            error: {
              kind: readError.kind,
              message: readError.message,
              fix: readError.fix,
              ...(readError.position === undefined ? {} : { line: readError.position.line, column: readError.position.column }),
            },
          }),
      issues: result?.issues ?? [],
      findings: result?.findings ?? [],
      summary: result?.summary ?? { errors: 0, warnings: 0, infos: 0, acknowledged: 0 },
      checks: result?.checks ?? [],
    };
  });
  return `${JSON.stringify(entries, null, 2)}\n`;
}
