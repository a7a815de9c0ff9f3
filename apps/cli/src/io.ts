/**
 * What a command may touch: two output streams and the directory file arguments are relative to.
 * Injected, so tests run commands in-process.
 */
import type { Lang } from "@xxgk/schema";

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Relative file arguments are resolved against this directory. */
  readonly cwd: string;
  /**
   * Writes bytes (binary output such as a PDF) to stdout. Absent: this Io cannot take binary
   * output on stdout, and commands ask for `-o` instead.
   */
  readonly stdoutBytes?: (bytes: Uint8Array) => void;
  /** Whether stdout is a terminal: binary output is never written to one. Absent means no. */
  readonly stdoutIsTTY?: boolean;
  /** stderr when it is a terminal, for progress bars; absent: progress is written as plain lines. */
  readonly terminal?: NodeJS.WritableStream;
  /** Aborted when the user interrupts (SIGINT): long commands stop cleanly. */
  readonly signal?: AbortSignal;
}

/** Exit codes: 0 no error findings, 1 error findings, 2 bad usage or unreadable input. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export function say(lang: Lang, zh: string, en: string): string {
  return lang === "en" ? en : zh;
}

/** A one-line error for stderr: `xxgk: <message>`, and the fix on the next line when there is one. */
export function usageError(io: Io, message: string, fix?: string): number {
  io.stderr(`xxgk: ${message}\n`);
  if (fix !== undefined) io.stderr(`  ${fix}\n`);
  return EXIT_USAGE;
}
