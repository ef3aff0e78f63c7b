import { readFileSync } from 'node:fs';
import { charKind, WORD } from '../../../lib/match/fold-char';
import type { Mention } from '../../../lib/match/types';

/** A hand-made annotation: `surface` occurs `count` times as a whole word sequence. */
export type GoldEntry = { surface: string; entity: string | null; count: number };
export type GoldFile = { report: string; note: string; mentions: GoldEntry[] };
export type GoldSpan = { start: number; end: number; entity: string | null; surface: string };

export function readGold(path: string): GoldFile {
  return JSON.parse(readFileSync(path, 'utf8')) as GoldFile;
}

function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && charKind(text.charCodeAt(i)) === WORD;
}

/**
 * Places the gold entries in the text, longest surface first, each occurrence not inside one
 * already placed. Returns the spans and, per entry, how many were found (to check the counts
 * written by hand). `entity: null` entries claim text that is not a mention.
 */
export function locateGold(
  text: string,
  gold: readonly GoldEntry[],
): { spans: GoldSpan[]; located: Map<GoldEntry, number> } {
  const spans: GoldSpan[] = [];
  const located = new Map<GoldEntry, number>();
  const taken: [number, number][] = [];
  const byLength = [...gold].sort((a, b) => b.surface.length - a.surface.length);
  for (const entry of byLength) {
    let n = 0;
    for (let at = text.indexOf(entry.surface); at >= 0; at = text.indexOf(entry.surface, at + 1)) {
      const end = at + entry.surface.length;
      if (isWordAt(text, at - 1) || isWordAt(text, end)) continue;
      if (taken.some(([s, e]) => s < end && e > at)) continue;
      taken.push([at, end]);
      spans.push({ start: at, end, entity: entry.entity, surface: entry.surface });
      n++;
    }
    located.set(entry, n);
  }
  spans.sort((a, b) => a.start - b.start);
  return { spans, located };
}

/**
 * Scores mentions against gold spans: a mention is right when it overlaps a gold span of the
 * same entity not yet matched ("The Kremlin" found for gold "Kremlin" counts).
 */
export function score(
  mentions: readonly Mention[],
  spans: readonly GoldSpan[],
): { tp: number; found: number; gold: number; misses: GoldSpan[]; wrong: Mention[] } {
  const golds = spans.filter((s) => s.entity !== null);
  const used = new Set<GoldSpan>();
  const wrong: Mention[] = [];
  for (const m of mentions) {
    const hit = golds.find(
      (g) => !used.has(g) && g.entity === m.entity && g.start < m.end && g.end > m.start,
    );
    if (hit === undefined) wrong.push(m);
    else used.add(hit);
  }
  return {
    tp: used.size,
    found: mentions.length,
    gold: golds.length,
    misses: golds.filter((g) => !used.has(g)),
    wrong,
  };
}
