import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

const MARK_JS = path.resolve('node_modules/mark.js/dist/mark.min.js');

/** mark.js highlighting the same aliases on a page without our extension. */
export type MarkJsResult = {
  /** Time for all the aliases: measured, or extrapolated when the budget ran out. */
  ms: number;
  /** Time actually spent, for the aliases in `aliasesRun`. */
  measuredMs: number;
  aliasesRun: number;
  aliasesTotal: number;
  extrapolated: boolean;
  /** Matches mark.js wrapped for the aliases it ran. */
  marks: number;
  /** `ms` of each load it ran on, in load order (one, unless `medianRun` joined several). */
  loadsMs: number[];
};

/**
 * Injects mark.js into `page` (CDP evaluation, which the page's `script-src 'none'` allows) and
 * marks `aliases` one after another, as `mark(array)` does internally, with the options most
 * highlighters use for names: whole phrases, across element boundaries. It marks the page and
 * each same-origin frame that shows, the text our scanner reads (mark.js's own `iframes`
 * option would do so asynchronously, waiting for frames to load). A call for one alias
 * walks and rewrites the whole page, so on a 1.6 MB page all of them can take minutes: after
 * `budgetMs` it stops and extrapolates linearly from the aliases done. `aliases` should come
 * shuffled (see `shuffled`) so that the ones done are a fair sample.
 */
export async function measureMarkJs(
  page: Page,
  aliases: readonly string[],
  budgetMs: number,
): Promise<MarkJsResult> {
  await page.evaluate(fs.readFileSync(MARK_JS, 'utf8'));
  // A string, not a function: tsx would wrap the callbacks in its `__name` helper, which the
  // page does not have.
  const run = (await page.evaluate(`(() => {
    const aliases = ${JSON.stringify(aliases)};
    const budgetMs = ${Number(budgetMs)};
    let marks = 0;
    let done = 0;
    const t0 = performance.now();
    // The page and each same-origin frame that shows, as the scanner and the floor read them.
    const bodies = [];
    const collect = (doc) => {
      if (!doc.body) return;
      bodies.push(doc.body);
      for (const frame of doc.body.querySelectorAll('iframe, frame')) {
        const box = frame.getBoundingClientRect();
        if (!(box.width > 0 && box.height > 0)) continue;
        let inner = null;
        try { inner = frame.contentDocument; } catch {}
        if (inner) collect(inner);
      }
    };
    collect(document);
    const instances = bodies.map((body) => new Mark(body));
    for (const alias of aliases) {
      for (const instance of instances) {
        instance.mark(alias, {
          separateWordSearch: false,
          acrossElements: true,
          diacritics: false,
          done: (count) => { marks += count; },
        });
      }
      done++;
      if (performance.now() - t0 > budgetMs) break;
    }
    return { ms: performance.now() - t0, done, marks };
  })()`)) as { ms: number; done: number; marks: number };
  const extrapolated = run.done < aliases.length;
  const ms = extrapolated ? (run.ms * aliases.length) / run.done : run.ms;
  return {
    ms,
    measuredMs: run.ms,
    aliasesRun: run.done,
    aliasesTotal: aliases.length,
    extrapolated,
    marks: run.marks,
    loadsMs: [ms],
  };
}

/**
 * The run with the median time of mark.js runs on separate loads of one page, with every
 * load's time in `loadsMs`. One load's mark.js time varies by a third between runs (theguardian:
 * 2.8 s, then 4.1 s), as our scan's does; the scan is a median over loads, so mark.js is too.
 */
export function medianRun(runs: readonly MarkJsResult[]): MarkJsResult {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  const middle = sorted[(sorted.length - 1) >> 1];
  if (!middle) throw new Error('medianRun: no runs');
  return { ...middle, loadsMs: runs.map((r) => r.ms) };
}

/** A fixed pseudo-random order (seeded), the same in every run. */
export function shuffled<T>(items: readonly T[], seed = 20230913): T[] {
  const out = [...items];
  let state = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const r = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    const j = Math.floor(r * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
