import type { CDPSession } from '@playwright/test';

/** Heap in use by the page's renderer isolate after a full garbage collection, in bytes. */
export type HeapUsage = {
  /** V8's JS heap: every world of the page, the content script's isolated world included. */
  js: number;
  /** Blink's garbage-collected heap (cppgc): DOM objects, `Range`s, `Highlight`s. */
  embedder: number;
};

/**
 * Collects garbage twice (a second pass frees what the first one's finalisers released), then
 * reads `Runtime.getHeapUsage`, which covers the whole isolate rather than one world, so the
 * content script's heap is in it.
 */
export async function measureHeap(cdp: CDPSession): Promise<HeapUsage> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as {
    usedSize: number;
    embedderHeapUsedSize?: number;
  };
  return { js: usage.usedSize, embedder: usage.embedderHeapUsedSize ?? 0 };
}
