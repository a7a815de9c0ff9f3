/**
 * The worker pool of `xxgk batch`, on tinypool: `jobs` worker threads that each load the renderers
 * once, recycled after `recycleAfter` tasks (and when a worker's heap grows past a limit) so that
 * memory stays bounded over thousands of reports.
 *
 * The worker entry is found relative to this module, so the same code works
 * - from the built package: `dist/bin.js` (this module bundled into it) starts `dist/batch-worker.js`;
 * - from source (`node --conditions=@xxgk/source --import tsx src/bin.ts`, vitest): this module is
 *   `src/batch/pool.ts` and starts `src/batch/source-worker.mjs`, which registers tsx in the worker
 *   (Node 20 does not run the parent's `--import` in worker threads) with the `@xxgk/source`
 *   condition passed in `execArgv`.
 */
import Tinypool from "tinypool";
import type { WorkerResult, WorkerTask } from "./protocol.js";

export interface PoolOptions {
  /** Worker threads. */
  readonly jobs: number;
  /** Recycle the workers once one of them has run this many tasks. */
  readonly recycleAfter: number;
  /** Recycle a worker whose heap exceeds this many bytes after a task. */
  readonly maxHeapBytes?: number;
}

export interface WorkerEntry {
  readonly url: URL;
  readonly execArgv: readonly string[];
  readonly fromSource: boolean;
}

/** The worker entry for a module at `moduleUrl` (this module's own URL by default). */
export function workerEntry(moduleUrl: string = import.meta.url): WorkerEntry {
  const fromSource = /\.[cm]?ts$/.test(new URL(moduleUrl).pathname);
  if (fromSource) {
    return { url: new URL("./source-worker.mjs", moduleUrl), execArgv: ["--conditions=@xxgk/source"], fromSource };
  }
  return { url: new URL("./batch-worker.js", moduleUrl), execArgv: [], fromSource };
}

export interface BatchPool {
  run(task: WorkerTask): Promise<WorkerResult>;
  /** Drops the tasks that have not started. */
  cancelPending(): void;
  /** Workers started so far (recycled ones included). */
  readonly workersStarted: number;
  readonly recycles: number;
  destroy(): Promise<void>;
}

const DEFAULT_MAX_HEAP = 200 * 1024 * 1024;

/**
 * The V8 heap of each worker. A renderer's live heap stays under 100 MB (fonts and caches), but V8
 * collects lazily while far from its limit: with the default limits a PDF worker's resident memory
 * grew to ~420 MB over 600 reports, most of it garbage (67 MB live after a full collection). A lower
 * old-generation limit makes V8 collect earlier (the same 600 reports: ~270 MB) and still leaves
 * over twice the live heap for an unusually large report. The pool's own check (heap used after a
 * task, garbage included, above DEFAULT_MAX_HEAP) recycles a worker before it nears that limit.
 */
const WORKER_HEAP_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 16 } as const;

export function createPool(options: PoolOptions, entry: WorkerEntry = workerEntry()): BatchPool {
  const jobs = Math.max(1, Math.floor(options.jobs));
  const pool = new Tinypool({
    filename: entry.url.href,
    minThreads: jobs,
    maxThreads: jobs,
    // Workers stay for the whole batch; recycling replaces them.
    idleTimeout: 60_000,
    maxMemoryLimitBeforeRecycle: options.maxHeapBytes ?? DEFAULT_MAX_HEAP,
    execArgv: [...entry.execArgv],
    resourceLimits: WORKER_HEAP_LIMITS,
  });
  // Threads of workers already asked to recycle: their later results must not recycle the new ones.
  const recycled = new Set<number>();
  const started = new Set<number>();
  let recycles = 0;

  const noteWorkers = (): void => {
    for (const thread of pool.threads) started.add(thread.threadId);
  };
  noteWorkers();

  return {
    async run(task) {
      const result = (await pool.run(task)) as WorkerResult;
      noteWorkers();
      const { threadId, tasks } = result.worker;
      started.add(threadId);
      if (tasks >= options.recycleAfter && !recycled.has(threadId)) {
        // tinypool ends idle workers now and busy ones after their current task.
        for (const thread of pool.threads) recycled.add(thread.threadId);
        recycled.add(threadId);
        recycles++;
        void pool.recycleWorkers().then(noteWorkers, () => undefined);
      }
      return result;
    },
    cancelPending() {
      pool.cancelPendingTasks();
    },
    get workersStarted() {
      return started.size;
    },
    get recycles() {
      return recycles;
    },
    destroy: () => pool.destroy(),
  };
}
