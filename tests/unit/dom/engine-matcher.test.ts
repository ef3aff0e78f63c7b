import { describe, expect, it, vi } from 'vitest';
import { createEngineMatcher, resolveAll } from '../../../lib/dom/engine-matcher';
import { ambiguities, entities } from '../../../lib/knowledge/core';
import { buildIndex } from '../../../lib/match/build-index';
import { createFuzzyTier } from '../../../lib/match/create-fuzzy-tier';

const index = buildIndex(entities, ambiguities);
const TEXT = 'Defence Minister Sergey Shoygu met Vladimir Putin.';

const mentionsOf = (matcher: ReturnType<typeof createEngineMatcher>, text: string) =>
  (resolveAll(matcher, [matcher.find(text)])[0] ?? []).map((m) => [m.surface, m.entity, m.via]);

describe('createEngineMatcher', () => {
  it('matches exact aliases only until the fuzzy tier is added', () => {
    const matcher = createEngineMatcher(index);
    expect(matcher.fuzzy).toBe(false);
    // "Shoygu" alone is a known spelling; "Sergey Shoygu" is not.
    expect(mentionsOf(matcher, TEXT)).toEqual([
      ['Shoygu', 'sergei-shoigu', 'alias'],
      ['Vladimir Putin', 'vladimir-putin', 'alias'],
    ]);
  });

  it('finds near-misses in every block matched after addFuzzy', () => {
    const matcher = createEngineMatcher(index);
    matcher.addFuzzy(createFuzzyTier);
    expect(matcher.fuzzy).toBe(true);
    expect(mentionsOf(matcher, TEXT)).toEqual([
      ['Sergey Shoygu', 'sergei-shoigu', 'fuzzy'],
      ['Vladimir Putin', 'vladimir-putin', 'alias'],
    ]);
  });

  it('builds the tier once, over its own index', () => {
    const matcher = createEngineMatcher(index);
    const create = vi.fn(createFuzzyTier);
    matcher.addFuzzy(create);
    matcher.addFuzzy(create);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith(index);
  });

  it('takes a tier at creation too (the annotate CLI)', () => {
    const matcher = createEngineMatcher(index, createFuzzyTier(index));
    expect(matcher.fuzzy).toBe(true);
    expect(mentionsOf(matcher, 'Kremlin spokesman Dmitriy Peskov')).toContainEqual([
      'Dmitriy Peskov',
      'dmitry-peskov',
      'fuzzy',
    ]);
  });
});
