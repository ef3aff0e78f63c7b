import { describe, expect, it, vi } from 'vitest';
import { createEngineMatcher } from '../../../lib/dom/engine-matcher';
import { textsHaveFuzzyHit } from '../../../lib/dom/fuzzy-check';
import { ambiguities, entities } from '../../../lib/knowledge/core';
import { buildIndex } from '../../../lib/match/build-index';
import { createFuzzyTier } from '../../../lib/match/create-fuzzy-tier';

const index = buildIndex(entities, ambiguities);
const tier = createFuzzyTier(index);
const matcher = createEngineMatcher(index, tier);
const find = vi.fn((text: string) => matcher.find(text));
const check = (texts: string[], signal?: AbortSignal) =>
  textsHaveFuzzyHit({ texts, mayFind: (text) => tier.mayFind(text), find, signal });

describe('textsHaveFuzzyHit', () => {
  it('is false for texts the exact tier covers', async () => {
    const texts = [
      'Vladimir Putin met Kim Jong Un.',
      'Kim Kardashian and Vladimir Nabokov did not.',
    ];
    expect((await check(texts)).found).toBe(false);
  });

  it('finds a near-miss in any text, past a lot of others', async () => {
    const filler = Array.from({ length: 300 }, () => 'Sergei Shoigu spoke in Vladivostok.');
    const result = await check([...filler, 'Kremlin spokesman Dmitriy Peskov said so.']);
    expect(result.found).toBe(true);
    // Time-sliced: it yielded between slices.
    expect(result.stats.slices).toBeGreaterThan(1);
  });

  it('runs the exact tier only on texts that may hold a near-miss', async () => {
    find.mockClear();
    const texts = ['The weather in Vladivostok.', 'Vladimir Poutine arrived.', 'No names here.'];
    expect((await check(texts)).found).toBe(true);
    expect(find.mock.calls.map(([text]) => text)).toEqual(['Vladimir Poutine arrived.']);
  });

  it('is false once aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    expect((await check(['Sergey Shoygu came.'], controller.signal)).found).toBe(false);
  });
});
