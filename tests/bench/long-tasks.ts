import type { Page } from '@playwright/test';

/** One `longtask` entry, in the page's `performance.now()` time. */
export type LongTask = { start: number; duration: number };

const GLOBAL = '__summitLensBenchLongTasks';

/**
 * Registered with `addInitScript`, so it observes from before the page's first task. It runs in
 * the page's main world; the long-task timeline is per document, so tasks of the content
 * script's isolated world are reported too (with `containerType: 'window'`, no script URL).
 */
export const LONG_TASK_OBSERVER = `(() => {
  const tasks = [];
  Object.defineProperty(window, '${GLOBAL}', { value: tasks });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

/** The long tasks observed so far on `page`. */
export async function readLongTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate(
    (name) => ((window as unknown as Record<string, LongTask[]>)[name] ?? []).slice(),
    GLOBAL,
  );
}
