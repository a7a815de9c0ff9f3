/**
 * Progress of a batch: a bar (cli-progress) when stderr is a terminal, plain lines otherwise (CI
 * logs): one at the start, one each tenth of the way or every `intervalMs`, one at the end.
 */
import cliProgress from "cli-progress";
import type { Lang } from "@xxgk/schema";
import { say } from "../io.js";

export interface Progress {
  start(total: number): void;
  /** One report done (`failed`: it could not be processed). */
  tick(failed: boolean): void;
  stop(): void;
}

export interface ProgressOptions {
  readonly lang: Lang;
  /** Plain lines go here. */
  readonly write: (text: string) => void;
  /** A terminal to draw a bar on; absent: plain lines. */
  readonly terminal?: NodeJS.WritableStream;
  readonly now?: () => number;
  readonly intervalMs?: number;
}

export function createProgress(options: ProgressOptions): Progress {
  return options.terminal === undefined ? plainProgress(options) : barProgress(options, options.terminal);
}

function barProgress(options: ProgressOptions, terminal: NodeJS.WritableStream): Progress {
  const { lang } = options;
  let failed = 0;
  const bar = new cliProgress.SingleBar(
    {
      stream: terminal,
      format: say(
        lang,
        "{bar} {percentage}% | {value}/{total} 份 | 失败 {failed} | 剩余约 {eta_formatted}",
        "{bar} {percentage}% | {value}/{total} reports | {failed} failed | ETA {eta_formatted}",
      ),
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  return {
    start(total) {
      bar.start(total, 0, { failed });
    },
    tick(isFailed) {
      if (isFailed) failed++;
      bar.increment(1, { failed });
    },
    stop() {
      bar.stop();
    },
  };
}

function plainProgress(options: ProgressOptions): Progress {
  const { lang, write } = options;
  const now = options.now ?? (() => Date.now());
  const interval = options.intervalMs ?? 5_000;
  let total = 0;
  let done = 0;
  let failed = 0;
  let started = 0;
  let lastLine = 0;
  let lastTenth = 0;
  const line = (): void => {
    const elapsed = (now() - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    write(
      say(
        lang,
        `xxgk batch: ${done}/${total}（${percent}%），失败 ${failed}，${rate.toFixed(1)} 份/秒\n`,
        `xxgk batch: ${done}/${total} (${percent}%), ${failed} failed, ${rate.toFixed(1)} reports/s\n`,
      ),
    );
    lastLine = now();
  };
  return {
    start(count) {
      total = count;
      started = now();
      lastLine = started;
      write(say(lang, `xxgk batch: 共 ${count} 份报告\n`, `xxgk batch: ${count} reports\n`));
    },
    tick(isFailed) {
      done++;
      if (isFailed) failed++;
      const tenth = total === 0 ? 10 : Math.floor((done * 10) / total);
      if (done === total) return; // the closing line comes from stop()
      if (tenth > lastTenth || now() - lastLine >= interval) {
        lastTenth = tenth;
        line();
      }
    },
    stop() {
      line();
    },
  };
}
