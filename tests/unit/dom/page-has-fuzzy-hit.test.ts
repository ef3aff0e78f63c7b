import { afterEach, describe, expect, it } from 'vitest';
import { createEngineMatcher } from '../../../lib/dom/engine-matcher';
import { pageHasFuzzyHit } from '../../../lib/dom/page-has-fuzzy-hit';
import { ambiguities, entities } from '../../../lib/knowledge/core';
import { buildIndex } from '../../../lib/match/build-index';
import { createFuzzyTier } from '../../../lib/match/create-fuzzy-tier';

const matcher = createEngineMatcher(buildIndex(entities, ambiguities));
matcher.addFuzzy(createFuzzyTier);
const check = async (signal?: AbortSignal) =>
  (await pageHasFuzzyHit({ document, find: (text) => matcher.find(text), signal })).found;

afterEach(() => document.body.replaceChildren());

describe('pageHasFuzzyHit', () => {
  it('is false on a page the exact tier covers', async () => {
    document.body.innerHTML =
      '<p>Vladimir Putin met Kim Jong Un.</p><p>Kim Kardashian and Vladimir Nabokov did not.</p>';
    expect(await check()).toBe(false);
  });

  it('finds a near-miss in any block, past a lot of other text', async () => {
    const filler = '<p>Sergei Shoigu spoke in Vladivostok about the summit.</p>'.repeat(300);
    document.body.innerHTML = `${filler}<p>Kremlin spokesman Dmitriy Peskov said so.</p>`;
    const result = await pageHasFuzzyHit({ document, find: (text) => matcher.find(text) });
    expect(result.found).toBe(true);
    // Time-sliced: the walk yielded between slices.
    expect(result.stats.slices).toBeGreaterThan(1);
  });

  it('looks inside open shadow roots', async () => {
    document.body.innerHTML = '<p>Vladimir Putin.</p><div id="host"></div>';
    const root = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = 'Defence Minister Sergey Shoygu came.';
    root.append(p);
    expect(await check()).toBe(true);
  });

  it('is false once aborted', async () => {
    document.body.innerHTML = '<p>Sergey Shoygu came.</p>';
    const controller = new AbortController();
    controller.abort();
    expect(await check(controller.signal)).toBe(false);
  });
});
