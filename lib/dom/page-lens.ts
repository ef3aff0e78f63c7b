import type { PageSummary } from '../messages';
import { isPaused, type Settings } from '../settings';
import { createHighlightPainter } from './highlight-painter';
import type { WritableMentionStore } from './mention-store';
import { type PageScanner, startPageScanner } from './page-scanner';
import type { PageMatcher } from './types';

export type PageLens = {
  /** Applies changed settings at once: starts, stops, or shows other categories. */
  update(settings: Settings): void;
  /** What the popup shows for this page. */
  summary(): PageSummary;
  /** Resolves when the current scan (if any) has nothing queued. */
  idle(): Promise<void>;
  /** Matches the page again, keeping its highlights up meanwhile (see `PageScanner.rematch`). */
  rematch(): void;
};

export type PageLensOptions<C extends { start: number; end: number }> = {
  document: Document;
  store: WritableMentionStore;
  settings: Settings;
  /** Built on first use only: a paused site never pays for the index. */
  createMatcher: () => PageMatcher<C>;
  signal: AbortSignal;
  /** Reaches closed shadow roots (see `closedShadowRootApi`). */
  closedShadowRoot?: (element: Element) => ShadowRoot | null | undefined;
};

/**
 * Summit Lens on one page: runs the scanner while the settings allow it on this site, and shows
 * the enabled categories. Turning the master switch off or pausing the site stops the scanner and
 * removes every highlight; category toggles only add or remove registry entries.
 */
export function createPageLens<C extends { start: number; end: number }>(
  options: PageLensOptions<C>,
): PageLens {
  const { document: doc, store, signal } = options;
  const painter = createHighlightPainter(doc);
  let matcher: PageMatcher<C> | undefined;
  let scanner: PageScanner | undefined;
  let matcherMs = 0;
  const hostname = doc.location?.hostname ?? '';

  const update = (settings: Settings) => {
    if (signal.aborted) return;
    const run = !isPaused(settings, hostname);
    if (run && !scanner) {
      if (!matcher) {
        const start = performance.now();
        matcher = options.createMatcher();
        matcherMs = performance.now() - start;
      }
      scanner = startPageScanner({
        document: doc,
        matcher,
        store,
        painter,
        signal,
        closedShadowRoot: options.closedShadowRoot,
      });
    } else if (!run && scanner) {
      scanner.destroy();
      scanner = undefined;
    }
    painter.show(run ? settings.categories : null);
  };

  signal.addEventListener('abort', () => painter.destroy(), { once: true });
  update(options.settings);

  return {
    update,
    idle: () => scanner?.idle() ?? Promise.resolve(),
    rematch: () => scanner?.rematch(),
    summary() {
      const counts = new Map<string, PageSummary['entities'][number]>();
      for (const mention of store.all()) {
        const entry = counts.get(mention.entity);
        if (entry) entry.count += 1;
        else
          counts.set(mention.entity, {
            entity: mention.entity,
            category: mention.category,
            count: 1,
          });
      }
      const stats = scanner?.stats();
      return {
        status: scanner?.scanning ? 'scanning' : 'done',
        painted: painter.supported && scanner !== undefined,
        entities: [...counts.values()],
        url: doc.location?.href ?? '',
        stats: {
          // Building the index is main-thread work done for the scan: it counts, as a slice.
          scanMs: (stats?.scanMs ?? 0) + matcherMs,
          longestSliceMs: Math.max(stats?.longestSliceMs ?? 0, matcherMs),
          slices: (stats?.slices ?? 0) + (matcherMs > 0 ? 1 : 0),
          textChars: stats?.textChars ?? 0,
        },
      };
    },
  };
}
