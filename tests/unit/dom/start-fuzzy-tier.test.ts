import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEngineMatcher, MAX_UNCHECKED_CHARS } from '../../../lib/dom/engine-matcher';
import {
  FUZZY_READY_MARK,
  FUZZY_RESCAN_MARK,
  startFuzzyTier,
} from '../../../lib/dom/start-fuzzy-tier';
import { ambiguities, entities } from '../../../lib/knowledge/core';
import { buildIndex } from '../../../lib/match/build-index';

const index = buildIndex(entities, ambiguities);
const marks = (name: string) => performance.getEntriesByName(name).length;

afterEach(() => performance.clearMarks());

/** Matches `texts` as the scanner's first pass would, then adds the tier. */
async function start(texts: string[], signal = new AbortController().signal) {
  const matcher = createEngineMatcher(index);
  for (const text of texts) matcher.find(text);
  const rescan = vi.fn();
  await startFuzzyTier({ matcher, signal, rescan });
  return { matcher, rescan };
}

describe('startFuzzyTier', () => {
  it('rescans the page when the tier finds a near-miss on it', async () => {
    const { matcher, rescan } = await start([
      'Vladimir Putin met Kim.',
      'Defence Minister Sergey Shoygu came.',
    ]);
    expect(matcher.fuzzy).toBe(true);
    expect(rescan).toHaveBeenCalledTimes(1);
    expect(marks(FUZZY_RESCAN_MARK)).toBe(1);
    expect(marks(FUZZY_READY_MARK)).toBe(1);
  });

  it('leaves a page without near-misses alone, but keeps the tier for later blocks', async () => {
    const { matcher, rescan } = await start(['Vladimir Putin met Kim Jong Un.']);
    expect(rescan).not.toHaveBeenCalled();
    expect(marks(FUZZY_RESCAN_MARK)).toBe(0);
    expect(marks(FUZZY_READY_MARK)).toBe(1);
    expect(matcher.find('Sergey Shoygu').some((c) => c.via === 'fuzzy')).toBe(true);
  });

  it('does nothing after the content script ended', async () => {
    const controller = new AbortController();
    controller.abort();
    const { matcher, rescan } = await start(['Sergey Shoygu came.'], controller.signal);
    expect(matcher.fuzzy).toBe(false);
    expect(rescan).not.toHaveBeenCalled();
  });

  it('checks only what was matched before it joined, and then keeps nothing', async () => {
    const { matcher, rescan } = await start(['Vladimir Putin met Kim Jong Un.']);
    // Matched with the tier: its near-miss is a candidate already, no rescan is needed.
    expect(matcher.find('Sergey Shoygu came.').some((c) => c.via === 'fuzzy')).toBe(true);
    expect(rescan).not.toHaveBeenCalled();
    expect(matcher.takeUnchecked()).toEqual([]);
  });

  it('rescans when more text went by than is kept for it', async () => {
    const blank = ' '.repeat(1_000_000);
    const texts = Array.from({ length: MAX_UNCHECKED_CHARS / blank.length + 1 }, () => blank);
    const { rescan } = await start(texts);
    expect(rescan).toHaveBeenCalledTimes(1);
  });
});
