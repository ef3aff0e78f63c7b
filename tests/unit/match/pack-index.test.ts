import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ambiguities, entities } from '../../../lib/knowledge/core';
import { buildIndex } from '../../../lib/match/build-index';
import { findMentions } from '../../../lib/match/find-mentions';
import { packIndex, unpackIndex } from '../../../lib/match/pack-index';
import * as fixture from './fixture-kb';

const reference = buildIndex(entities, ambiguities);
/** What the content script runs: the index packed at build time, through JSON. */
const precompiled = unpackIndex(JSON.parse(JSON.stringify(packIndex(reference))));

const REPORTS = 'assets/reports';
const PAGES = ['nbcnews-south-korea', 'yahoo-japan-news', 'lemonde-fr', 'heise-de', 'gmw-cn'];

function pageText(name: string): string {
  // Without frames and stylesheets: happy-dom would try (and fail, noisily) to load them.
  const html = readFileSync(`tests/fixtures/pages/${name}.html`, 'utf8').replace(
    /<(iframe|link)\b[^>]*>/gi,
    '',
  );
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

describe('packIndex / unpackIndex', () => {
  it('rebuild the knowledge base index exactly as buildIndex made it', () => {
    expect(precompiled).toEqual(reference);
    expect(precompiled.aliases.length).toBeGreaterThan(400);
  });

  it('rebuild the fixture index (Korean and Russian aliases, ambiguities) exactly', () => {
    const index = buildIndex(fixture.entities, fixture.ambiguities);
    expect(unpackIndex(JSON.parse(JSON.stringify(packIndex(index))))).toEqual(index);
  });

  it('pack to less JSON than the knowledge base entities the content script used to carry', () => {
    const packed = JSON.stringify(packIndex(reference)).length;
    expect(packed).toBeLessThan(JSON.stringify(entities).length);
  });

  for (const file of readdirSync(REPORTS).filter((f) => f.endsWith('.txt'))) {
    it(`find the same mentions as buildIndex's index in report ${file}`, () => {
      const text = readFileSync(`${REPORTS}/${file}`, 'utf8');
      const expected = findMentions(text, reference);
      expect(expected.length).toBeGreaterThan(10);
      expect(findMentions(text, precompiled)).toEqual(expected);
    });
  }

  for (const page of PAGES) {
    it(`find the same mentions as buildIndex's index on page ${page}`, () => {
      const text = pageText(page);
      const expected = findMentions(text, reference);
      if (page === 'nbcnews-south-korea') expect(expected.length).toBeGreaterThan(5);
      expect(findMentions(text, precompiled)).toEqual(expected);
    });
  }
});
