import { createFuzzyTier } from '../match/create-fuzzy-tier';
import type { EngineMatcher } from './engine-matcher';
import { pageHasFuzzyHit } from './page-has-fuzzy-hit';

/**
 * User Timing marks (the page's own world sees them too: tests, the bench and DevTools read
 * them). The ready mark's `detail` is a `FuzzyReadyDetail`.
 */
export const FUZZY_READY_MARK = 'summit-lens:fuzzy-ready';
/** Set when the fuzzy tier found something on the page, so the page is scanned again. */
export const FUZZY_RESCAN_MARK = 'summit-lens:fuzzy-rescan';

export type StartFuzzyTierOptions = {
  document: Document;
  /** The scanner's matcher: it takes the tier for every block matched from now on. */
  matcher: EngineMatcher;
  signal: AbortSignal;
  /** Scans the whole page again, so blocks already matched get their near-misses. */
  rescan(): void;
  closedShadowRoot?: (element: Element) => ShadowRoot | null | undefined;
};

/** What adding the tier cost on this page: building it, and the check's slices. */
export type FuzzyReadyDetail = {
  buildMs: number;
  checkMs: number;
  longestSliceMs: number;
  slices: number;
  found: boolean;
};

export type StartFuzzyTier = (options: StartFuzzyTierOptions) => Promise<void>;

/**
 * Adds the fuzzy tier to a page already scanned with exact matches: hands it to the matcher
 * (later blocks use it directly), then checks the page's text, time-sliced, and asks for a
 * rescan only when the tier finds something there. Runs in the lazily loaded file
 * (`entrypoints/fuzzy-tier.ts`), with fuse.js.
 */
export const startFuzzyTier: StartFuzzyTier = async (options) => {
  const { matcher, signal } = options;
  if (signal.aborted) return;
  const start = performance.now();
  matcher.addFuzzy(createFuzzyTier);
  const buildMs = performance.now() - start;
  const { found, stats } = await pageHasFuzzyHit({
    document: options.document,
    find: (text) => matcher.find(text),
    signal,
    closedShadowRoot: options.closedShadowRoot,
  });
  if (signal.aborted) return;
  if (found) {
    performance.mark(FUZZY_RESCAN_MARK);
    options.rescan();
  }
  const detail: FuzzyReadyDetail = {
    buildMs,
    checkMs: stats.scanMs,
    longestSliceMs: stats.longestSliceMs,
    slices: stats.slices,
    found,
  };
  performance.mark(FUZZY_READY_MARK, { detail });
};
