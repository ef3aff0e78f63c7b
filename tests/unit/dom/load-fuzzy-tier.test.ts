import { afterEach, describe, expect, it, vi } from 'vitest';

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
