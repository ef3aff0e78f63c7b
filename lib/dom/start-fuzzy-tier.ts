import { createFuzzyTier } from '../match/create-fuzzy-tier';
import type { EngineMatcher } from './engine-matcher';
import { textsHaveFuzzyHit } from './fuzzy-check';

/**
 * User Timing marks (the page's own world sees them too: tests, the bench and DevTools read
 * them). The ready mark's `detail` is a `FuzzyReadyDetail`.
 */
export const FUZZY_READY_MARK = 'summit-lens:fuzzy-ready';
/** Set when the fuzzy tier found something on the page, so the page is scanned again. */
export const FUZZY_RESCAN_MARK = 'summit-lens:fuzzy-rescan';

export type StartFuzzyTierOptions = {
  /** The scanner's matcher: it takes the tier for every block matched from now on. */
  matcher: EngineMatcher;
  signal: AbortSignal;
  /** Scans the whole page again, so blocks already matched get their near-misses. */
  rescan(): void;
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
 * (later blocks use it directly), then checks the texts the page was matched in so far,
 * time-sliced, and asks for a rescan only when the tier finds something there. Runs in the
 * lazily loaded file (`entrypoints/fuzzy-tier.ts`), with fuse.js.
 */
export const startFuzzyTier: StartFuzzyTier = async (options) => {
  const { matcher, signal } = options;
  if (signal.aborted) return;
  const start = performance.now();
  const tier = matcher.addFuzzy(createFuzzyTier);
  const texts = matcher.takeUnchecked();
  const buildMs = performance.now() - start;
  // Too much text went by to keep (see `takeUnchecked`): match it all again with the tier.
  const { found, stats } =
    texts === null
      ? { found: true, stats: { scanMs: 0, longestSliceMs: 0, slices: 0 } }
      : await textsHaveFuzzyHit({
          texts,
          mayFind: (text) => tier.mayFind(text),
          find: (text) => matcher.find(text),
          signal,
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
