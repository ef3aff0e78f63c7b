import type { Candidate } from '../match/types';
import { createSliceRunner, type SliceStats } from './slice-runner';

export type FuzzyCheckOptions = {
  /** The texts the page was matched in before the tier joined (`EngineMatcher.takeUnchecked`). */
  texts: readonly string[];
  /** False when a text can have no near-miss (`FuzzyTier.mayFind`): the cheap test, first. */
  mayFind(text: string): boolean;
  /** A text's candidates, the fuzzy tier's marked `via: 'fuzzy'` (an `EngineMatcher`'s find). */
  find(text: string): readonly Candidate[];
  signal?: AbortSignal;
};

/** Whether the check found a near-miss, and what it cost (its slices). */
export type FuzzyHitCheck = { found: boolean; stats: SliceStats };

/** Text checked between two chances to yield. */
const CHARS_PER_PAUSE = 8192;

/**
 * Whether the fuzzy tier finds anything in the texts the page was matched in before it arrived:
 * time-sliced, stopping at the first text with a fuzzy candidate. Most pages have none, and so
 * need no rescan. The texts are the scanner's own (kept by the matcher), so the page is not
 * walked again, and the exact tier runs only on a text the tier may find something in. Not
 * found (and stops) when `signal` aborts.
 */
export function textsHaveFuzzyHit(options: FuzzyCheckOptions): Promise<FuzzyHitCheck> {
  const { texts, mayFind, find, signal } = options;
  const runner = createSliceRunner({
    onError: (error) => console.error('[summit-lens] fuzzy check failed', error),
  });
  let hit = false;

  function* check(): Generator<undefined> {
    let chars = 0;
    for (const text of texts) {
      if (mayFind(text) && find(text).some((candidate) => candidate.via === 'fuzzy')) {
        hit = true;
        return;
      }
      chars += text.length;
      if (chars > CHARS_PER_PAUSE) {
        chars = 0;
        yield undefined;
      }
    }
  }

  return new Promise((resolve) => {
    const done = (found: boolean) => {
      runner.destroy();
      resolve({ found, stats: { ...runner.stats } });
    };
    if (signal?.aborted) return done(false);
    const stop = () => done(false);
    signal?.addEventListener('abort', stop, { once: true });
    runner.push(check());
    void runner.idle().then(() => {
      signal?.removeEventListener('abort', stop);
      done(hit);
    });
  });
}
