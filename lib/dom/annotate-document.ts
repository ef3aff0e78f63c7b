import type { Mention } from '../match/types';
import { resolveAll } from './engine-matcher';
import { readRuns } from './text-runs';
import type { PageMatcher } from './types';

/**
 * The mentions in a parsed document, found exactly as the page scanner finds them (same walk,
 * same blocks, same matcher), with offsets into `body.textContent`. For the batch CLI.
 */
export function annotateDocument<C extends { start: number; end: number }>(
  doc: Document,
  matcher: PageMatcher<C>,
): Mention[] {
  const body = doc.body;
  if (!body) return [];
  // Where each text node starts in `body.textContent` (every text node, skipped ones too).
  const offsets = new Map<Node, number>();
  const walker = doc.createTreeWalker(body, 0x4 /* SHOW_TEXT */);
  let offset = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    offsets.set(node, offset);
    offset += (node as Text).data.length;
  }
  const runs = readRuns(body);
  const resolved = resolveAll(
    matcher,
    runs.map((run) => matcher.find(run.text)),
  );
  const out: Mention[] = [];
  runs.forEach((run, i) => {
    const base = offsets.get(run.nodes[0] as Node);
    if (base === undefined) return;
    for (const mention of resolved[i] ?? []) {
      // A run's nodes are consecutive in `textContent`: its offsets shift by one amount.
      out.push({ ...mention, start: base + mention.start, end: base + mention.end });
    }
  });
  return out;
}
