import type { Candidate } from '../match/types';
import { frameHasBox } from './frame-has-box';
import { createSliceRunner, type SliceStats } from './slice-runner';
import { readFrameDocument, walkRootOf, walkRuns } from './text-runs';

export type PageHasFuzzyHitOptions = {
  document: Document;
  /** A block's candidates, the fuzzy tier's marked `via: 'fuzzy'` (an `EngineMatcher`'s find). */
  find(text: string): readonly Candidate[];
  signal?: AbortSignal;
  /** Reaches closed shadow roots, as the scanner does. */
  closedShadowRoot?: (element: Element) => ShadowRoot | null | undefined;
};

/** Text matched between two chances to yield, and the window for giant blocks (as the scanner). */
const CHARS_PER_PAUSE = 2048;
const WINDOW_CHARS = 8192;
const WINDOW_OVERLAP = 256;

/** Whether the check found a near-miss, and what it cost (its slices). */
export type FuzzyHitCheck = { found: boolean; stats: SliceStats };

/**
 * Whether the fuzzy tier finds anything on the page: walks its text (open and closed shadow
 * roots, same-origin frames that show) block by block, time-sliced like the scanner, and stops at the
 * first block with a fuzzy candidate. Most pages have none, and so need no rescan when the tier
 * arrives; the walk is the cost of knowing. Not found (and stops) when `signal` aborts.
 */
export function pageHasFuzzyHit(options: PageHasFuzzyHitOptions): Promise<FuzzyHitCheck> {
  const { document: doc, find, signal } = options;
  const runner = createSliceRunner({
    onError: (error) => console.error('[summit-lens] fuzzy check failed', error),
  });
  let hit = false;

  function* check(): Generator<undefined> {
    const roots: Node[] = [walkRootOf(doc)];
    const met = new Set<Node>();
    const onRoot = (root: ShadowRoot | Document) => {
      if (met.has(root)) return;
      met.add(root);
      roots.push(walkRootOf(root));
    };
    // As the scanner: a hidden frame is not entered (the scanner reads it once it shows).
    const onFrame = (frame: HTMLIFrameElement) => {
      const inner = frameHasBox(frame) ? readFrameDocument(frame) : null;
      if (inner) onRoot(inner);
    };
    let chars = 0;
    for (let r = 0; r < roots.length; r++) {
      const walk = walkRuns(roots[r] as Node, {
        onRoot,
        onFrame,
        closedShadowRoot: options.closedShadowRoot,
      });
      for (const item of walk) {
        if (!item) {
          yield undefined;
          continue;
        }
        for (let at = 0; at < item.text.length; at += WINDOW_CHARS) {
          const text = item.text.slice(at, at + WINDOW_CHARS + WINDOW_OVERLAP);
          if (find(text).some((candidate) => candidate.via === 'fuzzy')) {
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
