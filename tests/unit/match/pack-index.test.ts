import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ambiguities, entities } from '../../../lib/knowledge/core';
import { buildIndex } from '../../../lib/match/build-index';
import { findMentions } from '../../../lib/match/find-mentions';
import { packIndex, unpackIndex } from '../../../lib/match/pack-index';
import type { MatchIndex } from '../../../lib/match/types';
import * as fixture from './fixture-kb';

/** What packing keeps: everything but the ambiguities' notes (for maintainers only). */
const withoutNotes = (index: MatchIndex): MatchIndex => ({
  ...index,
  ambiguities: index.ambiguities.map((a) => ({ ...a, note: '' })),
});
const roundTrip = (index: MatchIndex) => unpackIndex(JSON.parse(JSON.stringify(packIndex(index))));

const reference = buildIndex(entities, ambiguities);
/** What the content script runs: the index packed at build time, through JSON. */
const precompiled = roundTrip(reference);

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
    expect(precompiled).toEqual(withoutNotes(reference));
    expect(precompiled.aliases.length).toBeGreaterThan(400);
  });

  it('rebuild the fixture index (Korean and Russian aliases, ambiguities) exactly', () => {
    const index = buildIndex(fixture.entities, fixture.ambiguities);
    expect(roundTrip(index)).toEqual(withoutNotes(index));
  });

  it('rebuild aliases that do not begin and end with a word, or hide a soft hyphen', () => {
    const index = buildIndex(
      [
        {
          id: 'un',
          name: 'U.N.',
          category: 'organization',
          role: 'test',
          aliases: ['U.N.', '(UN)', 'Uni\u00adted Na\u00adtions', 'Washington, D.C.', '김정은'],
          core: true,
        },
      ],
      [],
    );
    expect(index.warnings).toEqual([]);
    expect(roundTrip(index)).toEqual(index);
    expect(findMentions('the U.N. and the United Nations', roundTrip(index))).toEqual(
      findMentions('the U.N. and the United Nations', index),
    );
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
