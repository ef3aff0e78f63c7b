/** The scanner's own main-thread cost, as the popup and the benchmark read it. */
export type SliceStats = {
  /** Sum of the durations of our slices (and observer callbacks), in milliseconds. */
  scanMs: number;
  /** The longest single slice: the worst pause we caused. */
  longestSliceMs: number;
  slices: number;
};

/** A unit of work: each `next()` is a small step; the runner decides when to yield. */
export type Job = Iterator<unknown, unknown, undefined>;

export type SliceRunner = {
  /** Queues `job` after the jobs already queued. */
  push(job: Job): void;
  /** Drops every queued job (the running one stops at its next step). */
  clear(): void;
  /** Runs `work` now, counting its time as a slice (observer callbacks). */
  measure<T>(work: () => T): T;
  /** Resolves once the queue is empty. */
  idle(): Promise<void>;
  readonly busy: boolean;
  readonly stats: SliceStats;
  destroy(): void;
};

export type SliceRunnerOptions = {
  /** Time a slice may take before yielding to the page, in ms (a frame is ~16 ms). */
  budgetMs?: number;
  now?: () => number;
  /** Schedules the next slice as a new task. Default: a `MessageChannel` message. */
  post?: (run: () => void) => void;
  /** Called on an exception from a job (the job is dropped, the rest go on). */
  onError?: (error: unknown) => void;
};

/**
 * A queue of jobs run in slices of a few milliseconds, yielding to the page between slices with
 * a fresh task, so no task of ours is long (model: darkreader's `async-queue.ts`). A step that
 * overruns the budget still ends the slice: keep steps small.
 */
export function createSliceRunner(options: SliceRunnerOptions = {}): SliceRunner {
  const budget = options.budgetMs ?? 6;
  const now = options.now ?? (() => performance.now());
  const queue: Job[] = [];
  const stats: SliceStats = { scanMs: 0, longestSliceMs: 0, slices: 0 };
  let waiting: (() => void)[] = [];
  let scheduled = false;
  let destroyed = false;
  let post = options.post;
  let channel: MessageChannel | undefined;
  if (!post) {
    // A message task is not clamped like nested `setTimeout(0)` (4 ms after five levels).
    channel = new MessageChannel();
    const pending: (() => void)[] = [];
    channel.port1.onmessage = () => pending.shift()?.();
    post = (run) => {
      pending.push(run);
      channel?.port2.postMessage(null);
    };
  }
  const schedule = post;

  const record = (ms: number) => {
    stats.scanMs += ms;
    stats.slices += 1;
    if (ms > stats.longestSliceMs) stats.longestSliceMs = ms;
  };

  const settle = () => {
    const done = waiting;
    waiting = [];
    for (const resolve of done) resolve();
  };

  const runSlice = () => {
    scheduled = false;
    if (destroyed) return;
    const start = now();
    while (queue.length > 0) {
      const job = queue[0] as Job;
      let done = false;
      try {
        done = job.next().done === true;
      } catch (error) {
        done = true;
        options.onError?.(error);
      }
      if (done && queue[0] === job) queue.shift();
      if (now() - start >= budget) break;
    }
    record(now() - start);
    if (queue.length > 0) {
      scheduled = true;
      schedule(runSlice);
    } else settle();
  };

  return {
    push(job) {
      if (destroyed) return;
      queue.push(job);
      if (!scheduled) {
        scheduled = true;
        schedule(runSlice);
      }
    },
    clear() {
      for (const job of queue.splice(0)) job.return?.();
    },
    measure(work) {
      const start = now();
      try {
        return work();
      } finally {
        record(now() - start);
      }
    },
    idle() {
      if (queue.length === 0 && !scheduled) return Promise.resolve();
      return new Promise((resolve) => waiting.push(resolve));
    },
    get busy() {
      return queue.length > 0;
    },
    stats,
    destroy() {
      destroyed = true;
      this.clear();
      channel?.port1.close();
      channel?.port2.close();
      settle();
    },
  };
}
