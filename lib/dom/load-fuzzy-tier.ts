import type { PageLens } from './page-lens';
import type { StartFuzzyTier, StartFuzzyTierOptions } from './start-fuzzy-tier';

/**
 * The content script's side of the fuzzy tier (fuse.js, and the check of the page's text that
 * decides on a rescan), which is built as its own file and loaded after the first pass, so it
 * stays out of the content script's start-up.
 */

/** The fuzzy tier's file in the extension, listed in `web_accessible_resources`. */
export const FUZZY_TIER_FILE = '/fuzzy-tier.js';

/** Where the loaded file leaves its entry point: a global of the content script's isolated
 * world, which the page's own scripts can't see. */
const FUZZY_TIER_KEY = 'summit-lens-fuzzy-tier';

/** Called by the fuzzy tier's file once loaded. */
export function registerFuzzyTier(start: StartFuzzyTier): void {
  (globalThis as Record<string, unknown>)[FUZZY_TIER_KEY] = start;
}

let failureLogged = false;

/**
 * Loads the fuzzy tier's file (once) from `url` and returns its entry point; undefined when it
 * can't be loaded (a page's CSP, a browser that refuses the import), which is logged once: the
 * page then keeps its exact matches.
 */
export async function loadFuzzyTier(url: string): Promise<StartFuzzyTier | undefined> {
  const registry = globalThis as Record<string, unknown>;
  try {
    if (!registry[FUZZY_TIER_KEY]) await import(/* @vite-ignore */ url);
  } catch (error) {
    if (!failureLogged) {
      failureLogged = true;
      console.info('[summit-lens] fuzzy tier not loaded; exact matches only', error);
    }
    return undefined;
  }
  return registry[FUZZY_TIER_KEY] as StartFuzzyTier | undefined;
}

export type AddFuzzyTierOptions = Omit<StartFuzzyTierOptions, 'rescan'> & {
  /** The fuzzy tier file's URL (`browser.runtime.getURL(FUZZY_TIER_FILE)`). */
  url: string;
  /** The page lens: the tier waits for its scan, and has it re-match scanned blocks. */
  lens: Pick<PageLens, 'idle' | 'rematch'>;
};

/**
 * Once the lens's scan is done (the page painted), loads the fuzzy tier and starts it (see
 * `startFuzzyTier`). When the file can't be loaded, the page keeps its exact matches, and the
 * matcher stops keeping texts for the tier.
 */
export async function addFuzzyTierWhenIdle(options: AddFuzzyTierOptions): Promise<void> {
  const { lens } = options;
  await lens.idle();
  const start = options.signal.aborted ? undefined : await loadFuzzyTier(options.url);
  if (!start || options.signal.aborted) {
    // No tier will check the texts the matcher kept for it: let them go.
    options.matcher.takeUnchecked();
    return;
  }
  // Blocks already scanned keep their exact highlights while the page is matched again.
  await start({ ...options, rescan: () => lens.rematch() });
}
