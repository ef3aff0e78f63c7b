import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEngineMatcher } from '../../../lib/dom/engine-matcher';
import {
  FUZZY_READY_MARK,
  FUZZY_RESCAN_MARK,
  startFuzzyTier,
} from '../../../lib/dom/start-fuzzy-tier';
import { ambiguities, entities } from '../../../lib/knowledge/core';
import { buildIndex } from '../../../lib/match/build-index';

const index = buildIndex(entities, ambiguities);
const marks = (name: string) => performance.getEntriesByName(name).length;

afterEach(() => {
  document.body.replaceChildren();
  performance.clearMarks();
});

async function start(body: string, signal = new AbortController().signal) {
  document.body.innerHTML = body;
  const matcher = createEngineMatcher(index);
  const rescan = vi.fn();
  await startFuzzyTier({ document, matcher, signal, rescan });
  return { matcher, rescan };
}

describe('startFuzzyTier', () => {
  it('rescans the page when the tier finds a near-miss on it', async () => {
    const { matcher, rescan } = await start('<p>Defence Minister Sergey Shoygu came.</p>');
    expect(matcher.fuzzy).toBe(true);
    expect(rescan).toHaveBeenCalledTimes(1);
    expect(marks(FUZZY_RESCAN_MARK)).toBe(1);
    expect(marks(FUZZY_READY_MARK)).toBe(1);
  });

  it('leaves a page without near-misses alone, but keeps the tier for later blocks', async () => {
    const { matcher, rescan } = await start('<p>Vladimir Putin met Kim Jong Un.</p>');
    expect(rescan).not.toHaveBeenCalled();
    expect(marks(FUZZY_RESCAN_MARK)).toBe(0);
    expect(marks(FUZZY_READY_MARK)).toBe(1);
    expect(matcher.find('Sergey Shoygu').some((c) => c.via === 'fuzzy')).toBe(true);
  });

  it('does nothing after the content script ended', async () => {
    const controller = new AbortController();
    controller.abort();
    const { matcher, rescan } = await start('<p>Sergey Shoygu came.</p>', controller.signal);
    expect(matcher.fuzzy).toBe(false);
    expect(rescan).not.toHaveBeenCalled();
  });
});
