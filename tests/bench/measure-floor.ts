import type { CDPSession } from '@playwright/test';

/** A bare walk over the page's text: what any scanner must at least do. */
export type FloorResult = {
  /** Median of walks each run from a fresh isolated world, as a content script's first scan is. */
  coldMs: number;
  /** Median of repeated walks from the page's main world (DOM wrappers already made). */
  warmMs: number;
  textNodes: number;
  textChars: number;
  /** Same-origin frames walked besides the page (those that show). */
  frames: number;
  coldRuns: number[];
  warmRuns: number[];
};

/**
 * The walk itself: every text node under `body` in document order, reading its `data`, and the
 * same in each same-origin frame that shows (a box with some area): the scanner reads those
 * too, and entering one costs its own world there. Hidden frames are left, as the scanner
 * leaves them until they show. No filtering, no joining, no matching. Timed inside the page, so it is
 * main-thread time only.
 */
const WALK = `(() => {
  const t0 = performance.now();
  let nodes = 0;
  let chars = 0;
  let frames = 0;
  const walk = (doc) => {
    const root = doc.body || doc.documentElement;
    if (!root) return;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      chars += n.data.length;
      nodes++;
    }
    for (const frame of root.querySelectorAll('iframe, frame')) {
      const box = frame.getBoundingClientRect();
      if (!(box.width > 0 && box.height > 0)) continue;
      let inner = null;
      try { inner = frame.contentDocument; } catch {}
      if (inner) { frames++; walk(inner); }
    }
  };
  walk(document);
  return { ms: performance.now() - t0, nodes, chars, frames };
})()`;

type Walk = { ms: number; nodes: number; chars: number; frames: number };

/**
 * Walks the page `reps` times cold and `reps` times warm. A cold walk runs in a new isolated
 * world (`Page.createIsolatedWorld`): V8 has no wrappers for the DOM nodes there yet, exactly as
 * for our content script, whose world is also isolated. A warm walk reuses the main world.
 */
export async function measureFloor(cdp: CDPSession, reps: number): Promise<FloorResult> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const cold: Walk[] = [];
  for (let i = 0; i < reps; i++) {
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: `summit-lens-bench-floor-${i}`,
    });
    cold.push(await walk(cdp, executionContextId));
  }
  const warm: Walk[] = [];
  for (let i = 0; i < reps; i++) warm.push(await walk(cdp));
  const first = cold[0] ?? { nodes: 0, chars: 0, frames: 0 };
  return {
    coldMs: median(cold.map((w) => w.ms)),
    warmMs: median(warm.map((w) => w.ms)),
    textNodes: first.nodes,
    textChars: first.chars,
    frames: first.frames,
    coldRuns: cold.map((w) => w.ms),
    warmRuns: warm.map((w) => w.ms),
  };
}

async function walk(cdp: CDPSession, contextId?: number): Promise<Walk> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression: WALK,
    contextId,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(`floor walk failed: ${exceptionDetails.text}`);
  return result.value as Walk;
}

/** The middle value (mean of the two middle values for an even count). */
export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
