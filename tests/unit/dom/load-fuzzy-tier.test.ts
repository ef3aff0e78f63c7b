import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEngineMatcher } from '../../../lib/dom/engine-matcher';
import type { StartFuzzyTierOptions } from '../../../lib/dom/start-fuzzy-tier';
import { ambiguities, entities } from '../../../lib/knowledge/core';
import { buildIndex } from '../../../lib/match/build-index';

const KEY = 'summit-lens-fuzzy-tier';

afterEach(() => {
  delete (globalThis as Record<string, unknown>)[KEY];
  vi.restoreAllMocks();
  vi.resetModules();
});

describe('loadFuzzyTier', () => {
  it('returns undefined when the file cannot be imported, and logs that once', async () => {
    const { loadFuzzyTier } = await import('../../../lib/dom/load-fuzzy-tier');
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    expect(await loadFuzzyTier('/no-such-fuzzy-tier.js')).toBeUndefined();
    expect(await loadFuzzyTier('/no-such-fuzzy-tier.js')).toBeUndefined();
    expect(info).toHaveBeenCalledTimes(1);
    expect(String(info.mock.calls[0]?.[0])).toContain('exact matches only');
  });

  it('returns what the loaded file registered, without importing it again', async () => {
    const { loadFuzzyTier, registerFuzzyTier } = await import('../../../lib/dom/load-fuzzy-tier');
    const start = vi.fn(async () => {});
    registerFuzzyTier(start);
    // Already registered: the (bad) URL is not imported.
    expect(await loadFuzzyTier('/no-such-fuzzy-tier.js')).toBe(start);
  });
});

describe('addFuzzyTierWhenIdle', () => {
  it('starts the tier after the scan, with a rescan that has the lens re-match the page', async () => {
    const { addFuzzyTierWhenIdle, registerFuzzyTier } = await import(
      '../../../lib/dom/load-fuzzy-tier'
    );
    let given: StartFuzzyTierOptions | undefined;
    registerFuzzyTier(async (options) => {
      given = options;
    });
    let scanDone = () => {};
    const lens = {
      idle: () => new Promise<void>((resolve) => (scanDone = resolve)),
      rematch: vi.fn(),
    };
    const matcher = createEngineMatcher(buildIndex(entities, ambiguities));
    const signal = new AbortController().signal;
    const added = addFuzzyTierWhenIdle({
      matcher,
      lens,
      signal,
      url: '/no-such-fuzzy-tier.js',
    });
    await Promise.resolve();
    expect(given).toBeUndefined();
    scanDone();
    await added;
    expect(given?.matcher).toBe(matcher);
    expect(lens.rematch).not.toHaveBeenCalled();
    given?.rescan();
    expect(lens.rematch).toHaveBeenCalledTimes(1);
  });

  it('leaves the page alone when the file cannot be loaded', async () => {
    const { addFuzzyTierWhenIdle } = await import('../../../lib/dom/load-fuzzy-tier');
    vi.spyOn(console, 'info').mockImplementation(() => {});
    const lens = { idle: async () => {}, rematch: vi.fn() };
    const matcher = createEngineMatcher(buildIndex(entities, ambiguities));
    matcher.find('Sergey Shoygu came.');
    await addFuzzyTierWhenIdle({
      matcher,
      lens,
      signal: new AbortController().signal,
      url: '/no-such-fuzzy-tier.js',
    });
    expect(matcher.fuzzy).toBe(false);
    expect(lens.rematch).not.toHaveBeenCalled();
    // The texts kept for the tier are let go, and no more are kept.
    matcher.find('Dmitriy Peskov said so.');
    expect(matcher.takeUnchecked()).toEqual([]);
  });
});
