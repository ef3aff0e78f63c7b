import type { BrowserContext } from '@playwright/test';
import {
  type CpuProfile,
  extensionSampleTimes,
  type HotFunction,
  hotFunctions,
  isExtensionUrl,
} from './hot-functions';
import { waitForSummary } from './page-summary';

/** The content script's tasks on the page's main thread, from a trace of one page load. */
export type ContentScriptTrace = {
  /** Why there is no trace (figures are then NaN). */
  skipped?: string;
  /** Main-thread tasks that ran extension code. */
  tasks: number;
  /** The longest of them in wall time, in ms. */
  longestTaskMs: number;
  /** The thread CPU time of that task, in ms. */
  longestTaskCpuMs: number;
  /** What it ran, from its trace events (e.g. `EvaluateScript content.js`). */
  longestTask: string;
  /** The most main-thread CPU time any one of them took, in ms. */
  longestCpuMs: number;
  /** Their summed duration, in ms: our main-thread time, seen from outside the script. */
  totalTaskMs: number;
  /** Their summed thread CPU time, in ms. */
  totalCpuMs: number;
  /** Of that, the task that evaluated the content script (module start-up, before any scan). */
  startupCpuMs: number;
  /** Wall durations of those over 50 ms. */
  over50Ms: number[];
  /** With `observeMs`: our CPU time over a window after the first scan (a changing page). */
  window?: { ms: number; cpuMs: number; share: number };
  /** CPU-profiler view of the same load. */
  sampledMs: number;
  hot: HotFunction[];
};

type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs: wall time minus time the thread was not running. */
  tdur?: number;
  args?: {
    name?: string;
    data?: { url?: string; functionName?: string; type?: string; message?: string };
    beginData?: { url?: string };
  };
};

const CATEGORIES = ['toplevel', 'devtools.timeline'];
const WINDOW_MARK = 'summit-lens-bench-window';
/** One main-thread task, as the `toplevel` category names it (DevTools' `RunTask` needs a heavier one). */
const TASK = 'ThreadControllerImpl::RunTask';

/**
 * Loads `url` with the extension under a Chromium trace and V8's sampling profiler, and finds the
 * main-thread tasks that ran our code. A task is ours when the trace names our script
 * in it (script evaluation, timer and event callbacks carry the script URL) or when a profiler
 * sample inside it has one of our frames on the stack (promise continuations run as microtasks,
 * which the trace does not attribute). Each task has its wall time and its thread CPU time: on a
 * busy machine the OS can preempt the renderer mid-task, which stretches the wall time without
 * any more work of ours. Tracing and sampling slow the page a little, so this load
 * is separate from the ones that give the scan figures.
 */
export async function traceContentScript(
  context: BrowserContext,
  url: string,
  options: { observeMs?: number } = {},
): Promise<ContentScriptTrace> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: CATEGORIES },
      transferMode: 'ReportEvents',
    });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load' });
    await waitForSummary(context, url);
    if (options.observeMs) {
      // `console.timeStamp` puts a `TimeStamp` event in the trace: the window's edges.
      await page.evaluate((mark) => console.timeStamp(mark), WINDOW_MARK);
      await page.waitForTimeout(options.observeMs);
      await page.evaluate((mark) => console.timeStamp(mark), WINDOW_MARK);
    }
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    await cdp.send('Tracing.end');
    await complete;
    return analyse(events, profile, url);
  } finally {
    await page.close();
  }
}

function analyse(events: TraceEvent[], profile: CpuProfile, url: string): ContentScriptTrace {
  const thread = pageMainThread(events, url);
  const onThread = events.filter((e) => `${e.pid}:${e.tid}` === thread);
  const tasks = onThread
    .filter((e) => e.ph === 'X' && e.name === TASK && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  // Nested RunTasks (a nested run loop) would count twice; keep the outermost.
  const outer: TraceEvent[] = [];
  for (const t of tasks) {
    const last = outer[outer.length - 1];
    if (!last || t.ts >= last.ts + (last.dur ?? 0)) outer.push(t);
  }
  const marks = [
    ...onThread.filter((e) => isExtensionUrl(e.args?.data?.url ?? '')).map((e) => e.ts),
    ...extensionSampleTimes(profile),
  ].sort((a, b) => a - b);
  const ours = outer.filter((t) => hasMarkIn(marks, t.ts, t.ts + (t.dur ?? 0)));
  const durations = ours.map((t) => (t.dur ?? 0) / 1000);
  const cpu = ours.map((t) => (t.tdur ?? t.dur ?? 0) / 1000);
  const longest = ours.reduce<TraceEvent | undefined>(
    (a, t) => (a === undefined || (t.dur ?? 0) > (a.dur ?? 0) ? t : a),
    undefined,
  );
  const { totalMs, top } = hotFunctions(profile);
  const evaluations = onThread
    .filter((e) => e.name === 'EvaluateScript' && isExtensionUrl(e.args?.data?.url ?? ''))
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const startup = ours.filter((t) => hasMarkIn(evaluations, t.ts, t.ts + (t.dur ?? 0)));
  return {
    tasks: ours.length,
    longestTaskMs: Math.max(0, ...durations),
    longestTaskCpuMs: longest ? (longest.tdur ?? longest.dur ?? 0) / 1000 : 0,
    longestTask: longest ? describeTask(longest, onThread) : '',
    longestCpuMs: Math.max(0, ...cpu),
    totalCpuMs: cpu.reduce((a, b) => a + b, 0),
    startupCpuMs: startup.reduce((sum, t) => sum + (t.tdur ?? t.dur ?? 0), 0) / 1000,
    totalTaskMs: durations.reduce((a, b) => a + b, 0),
    over50Ms: durations.filter((d) => d > 50),
    window: observed(onThread, ours),
    sampledMs: totalMs,
    hot: top,
  };
}

/** A trace that was not taken, e.g. because the page's scan never finished. */
export function skippedTrace(reason: string): ContentScriptTrace {
  return {
    skipped: reason,
    tasks: 0,
    longestTaskMs: Number.NaN,
    longestTaskCpuMs: Number.NaN,
    longestTask: '',
    longestCpuMs: Number.NaN,
    totalTaskMs: Number.NaN,
    totalCpuMs: Number.NaN,
    startupCpuMs: Number.NaN,
    over50Ms: [],
    sampledMs: Number.NaN,
    hot: [],
  };
}

/** Our CPU time between the two window marks, if there are two. */
function observed(
  onThread: TraceEvent[],
  ours: TraceEvent[],
): ContentScriptTrace['window'] | undefined {
  const marks = onThread
    .filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === WINDOW_MARK)
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const [start, end] = [marks[0], marks[marks.length - 1]];
  if (start === undefined || end === undefined || end <= start) return undefined;
  const cpuUs = ours
    .filter((t) => t.ts >= start && t.ts < end)
    .reduce((sum, t) => sum + (t.tdur ?? t.dur ?? 0), 0);
  return { ms: (end - start) / 1000, cpuMs: cpuUs / 1000, share: cpuUs / (end - start) };
}

/** A few words on what `task` ran: its first events that say something. */
function describeTask(task: TraceEvent, onThread: TraceEvent[]): string {
  const end = task.ts + (task.dur ?? 0);
  const words: string[] = [];
  for (const e of onThread) {
    if (e === task || e.ts < task.ts || e.ts >= end || e.ph !== 'X') continue;
    const data = e.args?.data;
    const file = data?.url ? data.url.replace(/^.*\//, '') : '';
    const word =
      e.name === 'EvaluateScript'
        ? `EvaluateScript ${file}`
        : e.name === 'FunctionCall'
          ? `FunctionCall ${data?.functionName || '(anonymous)'} ${file}`
          : e.name === 'EventDispatch'
            ? `EventDispatch ${(data?.type ?? '').replace(/^[a-p]{32}:/, '')}`
            : ['TimerFire', 'RunMicrotasks', 'FireIdleCallback', 'FireAnimationFrame'].includes(
                  e.name,
                )
              ? e.name
              : '';
    if (word && !words.includes(word)) words.push(word);
    if (words.length === 3) break;
  }
  return words.join(' › ') || 'no script event (microtasks)';
}

/** The renderer main thread that parsed the page (`pid:tid`). */
function pageMainThread(events: TraceEvent[], url: string): string {
  const counts = new Map<string, number>();
  for (const e of events) {
    if (e.name === 'ParseHTML' && e.args?.beginData?.url === url) {
      const key = `${e.pid}:${e.tid}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (!best) throw new Error(`the trace has no ParseHTML of ${url}`);
  return best[0];
}

/** True when sorted `marks` has a value in [start, end). */
function hasMarkIn(marks: number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((marks[mid] as number) < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < marks.length && (marks[lo] as number) < end;
}
