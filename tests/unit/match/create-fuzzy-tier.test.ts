import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ambiguities, entities } from '../../../lib/knowledge/core';
import { buildIndex } from '../../../lib/match/build-index';
import {
  capitalisedRuns,
  createFuzzyTier,
  editDistance,
} from '../../../lib/match/create-fuzzy-tier';
import { findCandidates } from '../../../lib/match/find-candidates';
import { findMentions } from '../../../lib/match/find-mentions';
import { charKind, isUpperCase, WORD } from '../../../lib/match/fold-char';
import { resolveMentions } from '../../../lib/match/resolve-mentions';
import { capitalisedRunsByChar } from './capitalised-runs-by-char';
import * as fixture from './fixture-kb';

const index = buildIndex(entities, ambiguities);

function fuzzy(text: string, context = true): string[] {
  const tier = createFuzzyTier(index);
  const found = findMentions(text, index);
  return tier.find(text, found, context).map((m) => `${m.surface}=${m.entity}`);
}

describe('createFuzzyTier', () => {
  it('finds near-misses of names the alias list lacks', () => {
    const text =
      'Vladimir Poutine met Andrej Rudenko, Jake Sulivan and Adrienne Watsen in Vladivostok.';
    expect(fuzzy(text)).toEqual([
      'Vladimir Poutine=vladimir-putin',
      'Andrej Rudenko=andrei-rudenko',
      'Jake Sulivan=jake-sullivan',
      'Adrienne Watsen=adrienne-watson',
    ]);
  });

  it('finds a two-word misspelling when no single word is an alias', () => {
    const small = buildIndex(fixture.entities, fixture.ambiguities);
    const text = 'Sergey Shoygu inspected the train.';
    const found = findMentions(text, small);
    expect(found).toEqual([]);
    const extra = createFuzzyTier(small).find(text, found, true);
    expect(extra.map((m) => `${m.surface}=${m.entity}`)).toEqual(['Sergey Shoygu=sergei-shoigu']);
  });

  it('leaves other people with similar names alone', () => {
    const text =
      'Kim Kardashian, Kimberly Putnam, Vladimir Nabokov, Vladimir Lenin, Jack Sullivan Jr, ' +
      'Sergei Lavrov, Dmitry Medvedev, Kim Yo Jong, Kim Jong Nam, Ri Sol Ju, Moon Jae-in, ' +
      'Pak Se Ri, New Zealand, South Africa, North Carolina, Korean Air';
    expect(fuzzy(text)).toEqual([]);
  });

  it('never overlaps a mention the exact tier found', () => {
    expect(fuzzy('Vladimir Putin and Kim Jong Un')).toEqual([]);
  });

  it('keeps context-only entities to pages about the story', () => {
    expect(fuzzy('Donald Trunp spoke.', false)).toEqual([]);
    expect(fuzzy('Donald Trunp spoke.', true)).toEqual(['Donald Trunp=donald-trump']);
  });

  it('gives offsets that slice to the surface', () => {
    const text = 'Über: Vladimir\u00a0Poutine’s visit';
    const [m] = createFuzzyTier(index).find(text, [], true);
    expect(m).toMatchObject({ surface: 'Vladimir\u00a0Poutine', via: 'fuzzy', category: 'person' });
    expect(m && text.slice(m.start, m.end)).toBe(m?.surface);
  });
});

describe('editDistance', () => {
  it('counts edits and stops early past the limit', () => {
    expect(editDistance('shoygu', 'shoigu', 2)).toBe(1);
    expect(editDistance('poutine', 'putin', 2)).toBe(2);
    expect(editDistance('nabokov', 'putin', 2)).toBe(3);
  });
});

describe('FuzzyTier.withFuzzy', () => {
  it('adds fuzzy candidates in text order, which resolveMentions keeps as via "fuzzy"', () => {
    const tier = createFuzzyTier(index);
    const text = 'Andrej Rudenko met Putin, then Jake Sulivan.';
    const candidates = tier.withFuzzy(text, findCandidates(text, index));
    expect(candidates.map((c) => c.surface)).toEqual(['Andrej Rudenko', 'Putin', 'Jake Sulivan']);
    const mentions = resolveMentions(candidates, index);
    expect(mentions.map((m) => `${m.surface}=${m.entity}:${m.via}`)).toEqual([
      'Andrej Rudenko=andrei-rudenko:fuzzy',
      'Putin=vladimir-putin:alias',
      'Jake Sulivan=jake-sullivan:fuzzy',
    ]);
  });

  it('leaves the page-level rules to resolveMentions: context-only people need a core name', () => {
    const tier = createFuzzyTier(index);
    const text = 'Donald Trunp spoke.';
    expect(resolveMentions(tier.withFuzzy(text, findCandidates(text, index)), index)).toEqual([]);
  });

  it('returns the exact candidates unchanged when there is nothing fuzzy', () => {
    const tier = createFuzzyTier(index);
    const candidates = findCandidates('Putin and Kim Jong Un', index);
    expect(tier.withFuzzy('Putin and Kim Jong Un', candidates)).toBe(candidates);
  });
});

describe('FuzzyTier.withFuzzy widening', () => {
  it('widens an exact surname to the misspelt full name around it', () => {
    const tier = createFuzzyTier(index);
    const text = 'Kremlin spokesman Dmitriy Peskov said, and Putin agreed.';
    const mentions = resolveMentions(tier.withFuzzy(text, findCandidates(text, index)), index);
    expect(mentions.map((m) => `${m.surface}=${m.entity}:${m.via}`)).toEqual([
      'Kremlin=kremlin:alias',
      'Dmitriy Peskov=dmitry-peskov:fuzzy',
      'Putin=vladimir-putin:alias',
    ]);
  });

  it('never widens over a match of another entity or an ambiguous short form', () => {
    const tier = createFuzzyTier(index);
    for (const text of ['Kim Yo Jong spoke.', 'Vladimir Putinov came.', 'Sergei Lavrov Shoigu']) {
      const exact = findCandidates(text, index);
      expect(tier.withFuzzy(text, exact)).toBe(exact);
    }
  });
});

describe('FuzzyTier.withFuzzy on exact names', () => {
  it('leaves a name the exact tier matched whole as an alias match', () => {
    const tier = createFuzzyTier(index);
    for (const text of [
      'Defence Minister Sergei Shoigu visited.',
      'Kremlin spokesperson Dmitry Peskov',
    ]) {
      const exact = findCandidates(text, index);
      expect(tier.withFuzzy(text, exact)).toBe(exact);
    }
  });
});

describe('FuzzyTier.mayFind', () => {
  const tier = createFuzzyTier(index);
  const words = fc.constantFrom(
    ...['Vladimir', 'Poutine', 'Putin', 'Sergey', 'Sergei', 'Shoygu', 'Shoigu', 'Dmitriy'],
    ...['Peskov', 'Kim', 'Jong', 'Un', 'Jung', 'Defence', 'Minister', 'the', 'met'],
  );
  const gaps = fc.constantFrom(' ', ' ', ' ', '-', '. ', ', ', '\u00a0');
  const texts = fc.array(fc.tuple(words, gaps), { maxLength: 8 }).map((a) => a.flat().join(''));
  const fuzzyIn = (text: string) =>
    tier.withFuzzy(text, findCandidates(text, index)).some((c) => c.via === 'fuzzy');

  it('is true wherever withFuzzy adds a near-miss to the exact candidates', () => {
    let found = 0;
    fc.assert(
      fc.property(texts, (text) => {
        const adds = fuzzyIn(text);
        if (adds) found++;
        expect(!adds || tier.mayFind(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    // Not vacuous: the texts do hold near-misses.
    expect(found).toBeGreaterThan(20);
  });

  it('is false for text without a phrase near a name', () => {
    expect(tier.mayFind('Vladimir Putin met Kim Jong Un in the Far East.')).toBe(false);
    expect(tier.mayFind('Defence Minister Sergey Shoygu came.')).toBe(true);
  });
});

describe('capitalisedRuns', () => {
  const pieces = [
    ...['Kim', 'Jong', 'Un', 'un', 'Vladimir', 'putin', 'K', 'A', 'the', 'of', '7', 'ICBM'],
    ...['Élysée', 'éclair', 'Ålesund', 'Путин', 'путин', 'Ёж', 'Ωmega', 'Σ', 'Ｐｕｔｉｎ'],
    ...['×', '÷', '김정은', '普京', '\u00ad', '\u0301', '\u200d', "'", '’', '.', ','],
    ...[' ', ' ', ' ', '  ', '\u00a0', '-', '-', '\u2011', '\u2010', '\n'],
  ];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join(''));

  it('finds the runs that reading every character finds', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(capitalisedRuns(text)).toEqual(capitalisedRunsByChar(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('takes as capital exactly the word characters isUpperCase calls capitals', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const capital = isUpperCase(c) && charKind(c) === WORD;
      if ((capitalisedRuns(`${ch}a ${ch}a`).length === 1) !== capital) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('finds names in running text', () => {
    const text = 'Russian Defence Minister Sergey Shoygu met Kim Jong-un, said KCNA.';
    const runs = capitalisedRuns(text).map((run) => run.map((w) => text.slice(w.start, w.end)));
    expect(runs).toEqual([
      ['Russian', 'Defence', 'Minister', 'Sergey', 'Shoygu'],
      ['Kim', 'Jong', 'un'],
    ]);
  });
});
