#!/usr/bin/env node
/**
 * The `xxgk` executable: runs the CLI and sets the exit code. The only place that touches the
 * process's exit.
 */
import { run } from "./cli.js";

// `xxgk validate … | head` closes the pipe early: that is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") return;
    throw error;
  });
}

/**
 * Relative file arguments are resolved against the current directory. Started through the
 * monorepo's root script (`pnpm xxgk …`), the process runs in the repository root while the
 * arguments were typed in the caller's directory, which pnpm passes as INIT_CWD.
 */
function callerDirectory(): string {
  const { INIT_CWD, npm_lifecycle_event, npm_lifecycle_script } = process.env;
  const viaRootScript = npm_lifecycle_event === "xxgk" && npm_lifecycle_script?.includes("apps/cli/src/bin.ts") === true;
  return viaRootScript && INIT_CWD !== undefined && INIT_CWD !== "" ? INIT_CWD : process.cwd();
}

// SIGINT: long commands (batch) stop cleanly — outputs being written are finished, the summary is
// written. A second SIGINT ends the process at once (outputs are still never partial: each is
// renamed into place whole; a temp file left behind is removed by the next batch).
const interrupt = new AbortController();
process.on("SIGINT", () => {
  if (interrupt.signal.aborted) process.exit(130);
  interrupt.abort();
});

void run(process.argv, {
  stdout: (text) => {
    process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
  stdoutBytes: (bytes) => {
    process.stdout.write(bytes);
  },
  stdoutIsTTY: process.stdout.isTTY === true,
  ...(process.stderr.isTTY === true ? { terminal: process.stderr } : {}),
  signal: interrupt.signal,
  cwd: callerDirectory(),
}).then((code) => {
  process.exitCode = code;
});
