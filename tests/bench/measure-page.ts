import type { BrowserContext, Page } from '@playwright/test';
import { FUZZY_READY_MARK, type FuzzyReadyDetail } from '../../lib/dom/start-fuzzy-tier';
import type { PageSummary } from '../../lib/messages';
import { type LongTask, readLongTasks } from './long-tasks';
import { type FloorResult, measureFloor, median } from './measure-floor';
import { type HeapUsage, measureHeap } from './measure-heap';
import { type MarkJsResult, measureMarkJs, medianRun } from './measure-mark-js';
import { waitForSummary } from './page-summary';

/** One page load with the extension. */
export type ExtensionRun = {
  summary: PageSummary | null;
  /** Why there is no `done` summary, when there is none. */
  error?: string;
  /** From `load` until the summary said `done` (wall time, includes idle gaps between slices). */
  doneAfterLoadMs: number;
  longTasks: LongTask[];
  /** Null when the page was still busy and could not be asked. */
  heap: HeapUsage | null;
  pageErrors: string[];
  /** Ranges per `summit-lens-*` highlight, as the page sees `CSS.highlights`. */
  highlights: Record<string, number>;
  /**
   * The floor walked right after this load, on a fresh load of the same page without the
   * extension: close in time, so a slow spell of the machine slows both sides alike, and a
   * first read (after our scan, the page's text would already be JS strings). Null when the
   * scan never finished.
   */
  floor: FloorResult | null;
  /**
   * What the fuzzy tier cost once it arrived after the scan (its `FuzzyReadyDetail`): building
   * it and checking the texts already matched. Null when it never reported.
   */
  fuzzy: FuzzyReadyDetail | null;
};

/** What the extension did on one page, over `reps` loads. */
export type ExtensionResult = {
  runs: ExtensionRun[];
  /** Every load timed out before the scan finished. */
  timedOut: boolean;
  /** Medians over the runs that finished. */
  scanMs: number | null;
  /** Median of the loads' own cold floors. */
  floorMs: number | null;
  /** Each finished load's scan ÷ its own cold floor, in load order. */
  floorRatios: number[];
  /** Their median: the ×floor figure the targets use. */
  floorRatio: number | null;
  longestSliceMs: number | null;
  slices: number | null;
  textChars: number | null;
  mentions: number | null;
  /** Median of the fuzzy tier's build + check, over the loads where it reported. */
  fuzzyMs: number | null;
};

/** The same page without the extension. */
export type BaselineResult = {
  scriptsLeft: number;
  longTasks: LongTask[];
  heap: HeapUsage;
  floor: FloorResult;
  /** Null where the case skips mark.js. */
  markJs: MarkJsResult | null;
};

const LOAD_TIMEOUT_MS = 60_000;
const FUZZY_TIMEOUT_MS = 10_000;

/** Loads `url` `reps` times with the extension and collects what its content script reports. */
export async function measureWithExtension(
  context: BrowserContext,
  url: string,
  options: { reps: number; floorReps: number; plain: BrowserContext },
): Promise<ExtensionResult> {
  const runs: ExtensionRun[] = [];
  for (let i = 0; i < options.reps; i++) {
    const run = await loadWithExtension(context, url);
    if (run.summary?.status === 'done') {
      run.floor = await floorOfFreshLoad(options.plain, url, options.floorReps);
    }
    runs.push(run);
  }
  const done = runs.flatMap((r) => (r.summary?.status === 'done' ? [r.summary] : []));
  const med = (pick: (s: PageSummary) => number) => (done.length ? median(done.map(pick)) : null);
  const floors = runs.flatMap((r) => (r.summary?.status === 'done' && r.floor ? [r.floor] : []));
  const fuzzies = runs.flatMap((r) => (r.fuzzy ? [r.fuzzy.buildMs + r.fuzzy.checkMs] : []));
  const floorRatios = runs.flatMap((r) =>
    r.summary?.status === 'done' && r.floor ? [r.summary.stats.scanMs / r.floor.coldMs] : [],
  );
  return {
    runs,
    timedOut: runs.every((r) => r.error?.startsWith('no finished scan')),
    scanMs: med((s) => s.stats.scanMs),
    floorMs: floors.length ? median(floors.map((f) => f.coldMs)) : null,
    floorRatios,
    floorRatio: floorRatios.length ? median(floorRatios) : null,
    longestSliceMs: med((s) => s.stats.longestSliceMs),
    slices: med((s) => s.stats.slices),
    textChars: med((s) => s.stats.textChars),
    mentions: med((s) => s.entities.reduce((sum, e) => sum + e.count, 0)),
    fuzzyMs: fuzzies.length ? median(fuzzies) : null,
  };
}

async function loadWithExtension(context: BrowserContext, url: string): Promise<ExtensionRun> {
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  try {
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    const answer = await waitForSummary(context, url);
    const summary = answer.ok ? answer.summary : null;
    if (!answer.ok && answer.timedOut) {
      // The main thread is still busy: any further question would wait for it.
      return {
        summary,
        error: answer.error,
        doneAfterLoadMs: answer.waitedMs,
        longTasks: [],
        heap: null,
        pageErrors,
        highlights: {},
        floor: null,
        fuzzy: null,
      };
    }
    // The fuzzy tier loads once the scan is done; what follows counts it too.
    const fuzzy = await readFuzzyReady(page);
    const highlights = await page.evaluate(() => {
      const out: Record<string, number> = {};
      const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
      for (const [name, h] of registry ?? [])
        if (name.startsWith('summit-lens')) out[name] = h.size;
      return out;
    });
    return {
      summary,
      error: answer.ok ? undefined : answer.error,
      doneAfterLoadMs: answer.waitedMs,
      longTasks: await readLongTasks(page),
      heap: await measureHeap(cdp),
      pageErrors,
      highlights,
      floor: null,
      fuzzy,
    };
  } finally {
    await page.close();
  }
}

/** The fuzzy tier's report on `page` (see `FUZZY_READY_MARK`), once it is in; null if it never is. */
async function readFuzzyReady(page: Page): Promise<FuzzyReadyDetail | null> {
  try {
    const handle = await page.waitForFunction(
      (name) => {
        const mark = performance.getEntriesByName(name)[0] as PerformanceMark | undefined;
        return mark?.detail ?? null;
      },
      FUZZY_READY_MARK,
      { timeout: FUZZY_TIMEOUT_MS },
    );
    return (await handle.jsonValue()) as FuzzyReadyDetail;
  } catch {
    return null;
  }
}

/** The floor walks of one fresh load of `url` without the extension. */
async function floorOfFreshLoad(
  context: BrowserContext,
  url: string,
  reps: number,
): Promise<FloorResult> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    return await measureFloor(cdp, reps);
  } finally {
    await page.close();
  }
}

/**
 * Loads `url` without the extension: heap, long tasks, the floor walk, then mark.js; mark.js
 * again on `markReps - 1` more fresh loads (it rewrites the page), keeping the median run.
 */
export async function measureBaseline(
  context: BrowserContext,
  url: string,
  options: {
    floorReps: number;
    aliases: readonly string[];
    markBudgetMs: number | null;
    markReps: number;
  },
): Promise<BaselineResult> {
  const page = await context.newPage();
  let first: BaselineResult;
  try {
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    const scriptsLeft = await page.evaluate(() => document.scripts.length);
    const heap = await measureHeap(cdp);
    const longTasks = await readLongTasks(page);
    const floor = await measureFloor(cdp, options.floorReps);
    // Last: mark.js rewrites the page.
    const markJs =
      options.markBudgetMs === null
        ? null
        : await measureMarkJs(page, options.aliases, options.markBudgetMs);
    first = { scriptsLeft, longTasks, heap, floor, markJs };
  } finally {
    await page.close();
  }
  if (first.markJs === null || options.markBudgetMs === null) return first;
  const runs = [first.markJs];
  for (let i = 1; i < options.markReps; i++) {
    const again = await context.newPage();
    try {
      await again.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
      runs.push(await measureMarkJs(again, options.aliases, options.markBudgetMs));
    } finally {
      await again.close();
    }
  }
  return { ...first, markJs: medianRun(runs) };
}
