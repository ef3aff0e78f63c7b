import type { BenchArgs } from './bench-args';
import { LARGE_MARK_REPS, LARGEST_PAGES } from './bench-args';
import type { ContentScriptSize } from './content-script-size';
import type { LongTask } from './long-tasks';
import type { BaselineResult, ExtensionResult } from './measure-page';
import type { ContentScriptTrace } from './trace-content-script';

/** Everything measured on one page. */
export type PageReport = {
  name: string;
  /** Size of the saved file, before stripping. */
  bytes: number;
  /** One of the three pages with the most text, where the speed targets apply. */
  large: boolean;
  /** The page's own scripts ran (generated cases only). */
  scripts: boolean;
  withExtension: ExtensionResult;
  baseline: BaselineResult;
  /** A separate traced load: our tasks on the main thread, and the profiler's hot functions. */
  trace: ContentScriptTrace;
};

export type Target = { name: string; pass: boolean; detail: string };

/** A figure printed beside the targets, that no target judges. */
export type Context = { name: string; detail: string };

export type BenchReport = {
  date: string;
  commit: string;
  chromium: string;
  extensionDir: string;
  args: BenchArgs;
  aliasSource: string;
  aliasCount: number;
  durationMs: number;
  /** One-minute load average before and after the run, and the machine's CPU count. */
  loadAverage: [number, number];
  cpus: number;
  size: ContentScriptSize;
  pages: PageReport[];
  targets: Target[];
  context: Context[];
};

export const FLOOR_TARGET = 8;
export const MARK_JS_TARGET = 100;
export const LONG_TASK_TARGET_MS = 50;
export const CPU_SHARE_TARGET = 0.05;

/**
 * scan ÷ cold floor: how many bare walks our scan and paint costs. Each load is divided by the
 * floor of a fresh load without the extension right after it; the figure is the median over
 * the loads.
 */
export function floorRatio(page: PageReport): number | null {
  return page.withExtension.floorRatio;
}

/** The median scan against the floor of the baseline load (the one mark.js runs on): context. */
export function unpairedFloorRatio(page: PageReport): number | null {
  const scan = page.withExtension.scanMs;
  return scan === null ? null : scan / page.baseline.floor.coldMs;
}

/** mark.js ÷ scan: how many times faster than mark.js we are. */
export function markJsRatio(page: PageReport): number | null {
  const scan = page.withExtension.scanMs;
  const mark = page.baseline.markJs;
  return scan === null || scan === 0 || mark === null ? null : mark.ms / scan;
}

const longest = (tasks: LongTask[]) => tasks.reduce((max, t) => Math.max(max, t.duration), 0);

/** The longest long task with the extension (over all runs) and without it. */
export function longestTasks(page: PageReport): { withExtension: number; without: number } {
  return {
    withExtension: Math.max(0, ...page.withExtension.runs.map((r) => longest(r.longTasks))),
    without: longest(page.baseline.longTasks),
  };
}

/** Heap the extension adds: with minus without, after GC (bytes). */
export function heapAdded(page: PageReport): { js: number; embedder: number } {
  const runs = page.withExtension.runs;
  const last = runs[runs.length - 1];
  if (!last?.heap) return { js: Number.NaN, embedder: Number.NaN };
  return {
    js: last.heap.js - page.baseline.heap.js,
    embedder: last.heap.embedder - page.baseline.heap.embedder,
  };
}

/**
 * The ×mark.js ratio on every page, lowest first. The issue sets its speed targets on the three
 * largest pages; on a small page mark.js needs only 1–2 s for every alias, so 100× would mean a
 * scan of 10–20 ms, which fixed costs (V8's first, cold run of our code, unpacking the index,
 * entering each shown same-origin frame) take much of, however little text there is.
 */
export function evaluateContext(report: BenchReport): Context[] {
  const ratios = report.pages
    .filter((p) => p.baseline.markJs)
    .map((p) => ({ p, r: markJsRatio(p) }))
    .filter((x): x is { p: PageReport; r: number } => x.r !== null)
    .sort((a, b) => a.r - b.r);
  if (!ratios.length) return [];
  const below = ratios.filter(({ r }) => r < MARK_JS_TARGET);
  const lowest = (below.length ? below : ratios.slice(0, 1)).map(
    ({ p, r }) => `${p.name} ${fmtRatio(r)} (mark.js ${fmtMs(p.baseline.markJs?.ms ?? null)})`,
  );
  return [
    {
      name: '×mark.js on every page',
      detail:
        `${ratios.length - below.length} of ${ratios.length} pages at ≥ ${MARK_JS_TARGET}×; ` +
        `${below.length ? 'below it' : 'lowest'}: ${lowest.join(', ')}`,
    },
  ];
}

/** The issue's targets, each with pass/fail and the figures behind it. */
export function evaluateTargets(report: BenchReport): Target[] {
  const targets: Target[] = [];
  const large = report.pages.filter((p) => p.large);
  const missing = report.pages.filter((p) => p.withExtension.scanMs === null);
  if (missing.length) {
    targets.push({
      name: 'the content script reports a finished scan on every page',
      pass: false,
      detail: missing
        .map((p) => `${p.name}: ${p.withExtension.runs.find((r) => r.error)?.error ?? '?'}`)
        .join('; '),
    });
  }
  if (large.length) {
    const ratios = large.map((p) => ({ p, r: floorRatio(p) }));
    targets.push({
      name: `scan+paint ≤ ${FLOOR_TARGET}× the floor on each of the largest pages`,
      pass: ratios.every(({ r }) => r !== null && r <= FLOOR_TARGET),
      detail:
        ratios
          .map(({ p, r }) => {
            const each = p.withExtension.floorRatios;
            const spread =
              each.length > 1
                ? ` [${fmtRatio(Math.min(...each))}–${fmtRatio(Math.max(...each))}]`
                : '';
            return `${p.name} ${fmtRatio(r)}${spread}`;
          })
          .join(', ') +
        " (median of the loads, [lowest–highest]; median scan ÷ the baseline load's floor: " +
        large.map((p) => `${p.name} ${fmtRatio(unpairedFloorRatio(p))}`).join(', ') +
        '; all our traced main-thread CPU ÷ floor: ' +
        large
          .map(
            (p) =>
              `${p.name} ${fmtRatio(p.trace.totalCpuMs / (p.withExtension.floorMs ?? Number.NaN))}`,
          )
          .join(', ') +
        ')',
    });
    const markRatios = large.map((p) => ({ p, r: markJsRatio(p) }));
    targets.push({
      name: `≥ ${MARK_JS_TARGET}× faster than mark.js on the largest pages`,
      pass: markRatios.every(({ r }) => r !== null && r >= MARK_JS_TARGET),
      detail: markRatios.map(({ p, r }) => `${p.name} ${fmtRatio(r)}`).join(', '),
    });
  } else if (report.args.suite === 'pages') {
    targets.push({
      name: 'speed targets',
      pass: true,
      detail: `not evaluated: none of ${LARGEST_PAGES.join(', ')} was run`,
    });
  }
  const watched = report.pages.filter((p) => p.trace.window);
  if (watched.length) {
    targets.push({
      name: `CPU overhead under ${CPU_SHARE_TARGET * 100}% of one core on changing pages`,
      pass: watched.every((p) => (p.trace.window?.share ?? 1) < CPU_SHARE_TARGET),
      detail: watched
        .map((p) => `${p.name} ${((p.trace.window?.share ?? 0) * 100).toFixed(1)}%`)
        .join(', '),
    });
  }
  const worst = <T>(items: T[], ms: (item: T) => number) =>
    items.reduce<T | undefined>((a, b) => (a === undefined || ms(b) > ms(a) ? b : a), undefined);
  const cpuWorst = worst(report.pages, (p) => p.trace.longestCpuMs);
  targets.push({
    name: `no task of ours over ${LONG_TASK_TARGET_MS} ms of main-thread CPU (traced load)`,
    pass: report.pages.every((p) => p.trace.longestCpuMs <= LONG_TASK_TARGET_MS),
    detail: cpuWorst
      ? `longest: ${cpuWorst.name} ${fmtMs(cpuWorst.trace.longestCpuMs)} CPU`
      : 'no pages',
  });
  const sliceWorst = worst(report.pages, (p) => p.withExtension.longestSliceMs ?? 0);
  const wallWorst = worst(report.pages, (p) => p.trace.longestTaskMs);
  const [before, after] = report.loadAverage;
  targets.push({
    name:
      `no task of ours over ${LONG_TASK_TARGET_MS} ms of wall time (slices and traced tasks; ` +
      `load average ${before.toFixed(1)}→${after.toFixed(1)} on ${report.cpus} cores)`,
    pass: report.pages.every(
      (p) =>
        (p.withExtension.longestSliceMs ?? 0) <= LONG_TASK_TARGET_MS &&
        p.trace.longestTaskMs <= LONG_TASK_TARGET_MS,
    ),
    detail:
      sliceWorst && wallWorst
        ? `longest slice: ${sliceWorst.name} ${fmtMs(sliceWorst.withExtension.longestSliceMs)}; ` +
          `longest task: ${wallWorst.name} ${fmtMs(wallWorst.trace.longestTaskMs)} ` +
          `(${fmtMs(wallWorst.trace.longestTaskCpuMs)} CPU)`
        : 'no pages',
  });
  targets.push({
    name: `content script < ${kb(report.size.budgetGzip)} gzip at start-up`,
    pass: report.size.withinBudget,
    detail: `${kb(report.size.gzip)} gzip, ${kb(report.size.raw)} raw`,
  });
  return targets;
}

/** The human-readable report: per-page table, notes on method, targets. */
export function formatReport(report: BenchReport): string {
  const lines: string[] = [];
  lines.push(
    `Summit Lens benchmark — ${report.date}, commit ${report.commit}, ${report.chromium}`,
    `Extension: ${report.extensionDir}; ${report.pages.length} page(s), ` +
      `${report.args.suite === 'pages' ? 'saved, scripts stripped' : 'generated'}; ` +
      `${loads(report)} with the extension per page; run took ${(report.durationMs / 1000).toFixed(0)} s; ` +
      `load average ${report.loadAverage[0].toFixed(1)} on ${report.cpus} cores at the start.`,
    '',
  );
  const header = [
    'page',
    'text',
    'scan+paint',
    'near-miss',
    'max slice',
    'our CPU',
    'start-up',
    'longest task',
    'floor',
    '×floor',
    'mark.js',
    '×faster',
    'longtask ±ext',
    'heap +JS',
    '+DOM',
    'mentions',
  ];
  const rows = report.pages.map((p) => {
    const ext = p.withExtension;
    const tasks = longestTasks(p);
    const heap = heapAdded(p);
    const mark = p.baseline.markJs;
    return [
      `${p.large ? '*' : ' '}${p.name}`,
      `${(p.baseline.floor.textChars / 1000).toFixed(0)}k`,
      fmtMs(ext.scanMs),
      fmtMs(ext.fuzzyMs),
      fmtMs(ext.longestSliceMs),
      fmtMs(p.trace.totalCpuMs),
      fmtMs(p.trace.startupCpuMs),
      `${fmtMs(p.trace.longestTaskMs)} (${fmtMs(p.trace.longestTaskCpuMs)})`,
      fmtMs(ext.floorMs),
      fmtRatio(floorRatio(p)),
      mark ? `${mark.extrapolated ? '~' : ''}${fmtMs(mark.ms)}` : '—',
      fmtRatio(markJsRatio(p)),
      `${fmtMs(tasks.withExtension)}/${fmtMs(tasks.without)}`,
      fmtKb(heap.js),
      fmtKb(heap.embedder),
      ext.mentions === null ? '—' : String(ext.mentions),
    ];
  });
  lines.push(...table(header, rows), '');
  const byText = [...report.pages]
    .sort((a, b) => b.baseline.floor.textChars - a.baseline.floor.textChars)
    .slice(0, 3)
    .map((p) => p.name);
  lines.push(
    `* = the issue's three largest pages (by file), where the speed targets apply; by text-node`,
    `  characters the three largest of this run are ${byText.join(', ')}.`,
    'text: characters of the text nodes under <body> and in same-origin frames that show (what',
    '  the floor walks).',
    'scan+paint: the content script’s own main-thread time to scan and paint (stats.scanMs of its',
    `  PageSummary, median of ${loads(report)}); max slice: its longest time slice.`,
    'near-miss: the fuzzy tier (fuse.js), which loads once the page is painted: building it and',
    '  checking the text already matched for near-misses (its slices; median of the same loads).',
    '  Not in scan+paint; in our CPU.',
    'our CPU / longest task: from a separate traced load, the main-thread tasks that ran extension',
    '  code (named by the trace, or sampled by the CPU profiler inside the task): their summed',
    '  thread CPU time, and the longest one’s wall time (its CPU time). Tracing and sampling add',
    '  some overhead; wall time also grows when other processes take the core mid-task.',
    'start-up: of our CPU, the task that evaluated the content script (code, knowledge base),',
    '  a fixed cost paid before any scanning.',
    'floor: a bare TreeWalker walk reading every text node’s data, in the page and in each',
    '  same-origin frame that shows (the scanner reads those too; hidden ones, neither reads), each',
    '  run from a fresh isolated world as a',
    `  content script’s first scan is (median of ${report.args.floorReps}), on a fresh load of the`,
    "  page without the extension right after each load with it: each load's scan is divided",
    "  by the floor measured next to it in time (one page's walk time varies 2–3× between loads,",
    "  as the machine's speed does). ×floor is the median of those per-load ratios; floor is",
    "  the median of the loads' floors.",
    `mark.js: mark.js 8.11.1 marking ${report.aliasCount} aliases (${report.aliasSource}) with`,
    '  { separateWordSearch: false, acrossElements: true, diacritics: false } on the same page',
    '  without the extension, in its body and in each same-origin frame that shows (one Mark per',
    '  document, in the page’s own world); ~ = its time budget ran out and the total is',
    '  extrapolated linearly from the aliases done (taken in a fixed shuffled order, so they are',
    `  a fair sample). On the largest pages, the median of ${LARGE_MARK_REPS} loads.`,
    'longtask ±ext: longest PerformanceObserver long task of any origin (parsing, layout…) with /',
    '  without the extension on the same page: context, not a target (page loads vary).',
    'heap: Runtime.getHeapUsage (whole isolate, every world) after two forced GCs, with minus',
    '  without the extension, both measured once the page settled: JS = V8 heap; DOM = Blink’s',
    '  heap (Ranges, Highlights, our UI). Between two loads of one page the DOM figure varies by',
    '  a few hundred KB, so read small values as noise.',
  );
  const notes = report.pages.flatMap((p) => {
    const out: string[] = [];
    // Only the tasks that break the budget get a line: what they ran says where to look.
    if (p.trace.longestTaskMs > LONG_TASK_TARGET_MS || p.trace.longestCpuMs > LONG_TASK_TARGET_MS) {
      out.push(
        `${p.name}: our longest task (${fmtMs(p.trace.longestTaskMs)}, ` +
          `${fmtMs(p.trace.longestTaskCpuMs)} CPU) ran ${p.trace.longestTask}.`,
      );
    }
    const m = p.baseline.markJs;
    if (m?.extrapolated) {
      out.push(
        `${p.name}: mark.js ran ${m.aliasesRun}/${m.aliasesTotal} aliases in ${fmtMs(m.measuredMs)}, ` +
          `${m.marks} marks; extrapolated to ${fmtMs(m.ms)}.`,
      );
    }
    if (m && m.loadsMs.length > 1) {
      out.push(
        `${p.name}: mark.js on ${m.loadsMs.length} loads: ${m.loadsMs.map(fmtMs).join(', ')}.`,
      );
    }
    if (p.baseline.scriptsLeft && !p.scripts) {
      out.push(`${p.name}: ${p.baseline.scriptsLeft} script(s) left after stripping!`);
    }
    const w = p.trace.window;
    if (w) {
      out.push(
        `${p.name}: over ${fmtMs(w.ms)} after the first scan, our tasks took ${fmtMs(w.cpuMs)} ` +
          `of main-thread CPU: ${(w.share * 100).toFixed(1)}% of one core.`,
      );
    }
    const errors = p.withExtension.runs.flatMap((r) => r.pageErrors);
    if (errors.length) out.push(`${p.name}: page errors with the extension: ${errors.join(' | ')}`);
    return out;
  });
  if (notes.length) lines.push('', ...notes);
  if (report.args.profile) {
    for (const p of report.pages) {
      lines.push(
        '',
        `Hottest functions of the content script on ${p.name} (CPU profiler, ` +
          `${fmtMs(p.trace.sampledMs)} sampled in its code):`,
      );
      for (const f of p.trace.hot) {
        lines.push(
          `  ${fmtMs(f.selfMs).padStart(9)} ${(f.share * 100).toFixed(0).padStart(3)}%  ${f.name}  ${f.location}`,
        );
      }
    }
  }
  lines.push(
    '',
    `Content script at start-up: ${report.size.files
      .map((f) => `${f.file} ${kb(f.raw)} raw / ${kb(f.gzip)} gzip`)
      .join(', ')}`,
    '',
    'Targets:',
  );
  for (const t of report.targets)
    lines.push(`  ${t.pass ? 'PASS' : 'FAIL'}  ${t.name} — ${t.detail}`);
  if (report.context.length) {
    lines.push('', 'Beside the targets:');
    for (const c of report.context) lines.push(`  ${c.name} — ${c.detail}`);
  }
  return lines.join('\n');
}

function loads({ args }: BenchReport): string {
  const n = (k: number) => `${k} load${k === 1 ? '' : 's'}`;
  return args.reps === args.largeReps
    ? n(args.reps)
    : `${n(args.reps)} (${n(args.largeReps)} on the largest pages)`;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
}

export function fmtMs(ms: number | null): string {
  if (ms === null || Number.isNaN(ms)) return '—';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  return ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`;
}

export function fmtRatio(r: number | null): string {
  if (r === null || !Number.isFinite(r)) return '—';
  return r >= 100 ? `${r.toFixed(0)}×` : `${r.toFixed(1)}×`;
}

function fmtKb(bytes: number): string {
  if (Number.isNaN(bytes)) return '—';
  return `${bytes >= 0 ? '+' : ''}${(bytes / 1024).toFixed(0)} KB`;
}
