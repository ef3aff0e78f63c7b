import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ambiguities as realAmbiguities,
  entities as realEntities,
} from '../../../lib/knowledge/core';
import { buildIndex } from '../../../lib/match/build-index';
import { findCandidates, findInWords } from '../../../lib/match/find-candidates';
import { WORDS } from '../../../lib/match/fold-char';
import type { MatchIndex } from '../../../lib/match/types';
import { ambiguities, entities } from './fixture-kb';

const index = buildIndex(entities, ambiguities);

/** Texts of up to 40 of `pieces`, joined. */
const textsOf = (pieces: string[]) =>
  fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''));

/** The real knowledge base's index. */
const real = buildIndex(realEntities, realAmbiguities);

/** Checks that `findCandidates` finds in each of `texts` what folding every word finds. */
function expectSameAsEveryWord(texts: fc.Arbitrary<string>, on: MatchIndex, numRuns: number) {
  fc.assert(
    fc.property(texts, (text) => {
      expect(findCandidates(text, on)).toEqual(findInWords(text, on, WORDS));
    }),
    { numRuns },
  );
}

describe('findCandidates', () => {
  it('leaves ambiguous short forms and context-only topics unresolved', () => {
    const candidates = findCandidates('Kim imposed sanctions; Moscow', index);
    expect(candidates).toEqual([
      { start: 0, end: 3, surface: 'Kim', entity: null, ambiguity: 0 },
      { start: 12, end: 21, surface: 'sanctions', entity: 'sanctions', ambiguity: -1 },
      { start: 23, end: 29, surface: 'Moscow', entity: null, ambiguity: 1 },
    ]);
  });

  it('finds nothing in text without names, and in empty text', () => {
    expect(findCandidates('', index)).toEqual([]);
    expect(findCandidates('   \n\t — … 123 ', index)).toEqual([]);
  });

  it('finds a name at the very start and the very end of a block', () => {
    expect(findCandidates('Putin', index).map((c) => c.surface)).toEqual(['Putin']);
    expect(findCandidates('met Kim Jong', index).map((c) => c.surface)).toEqual(['Kim']);
  });

  it('does not run past the end of a block looking for the rest of a name', () => {
    expect(findCandidates('Kim Jong-', index).map((c) => c.surface)).toEqual(['Kim']);
    expect(findCandidates('U.N. ', index).map((c) => c.surface)).toEqual(['U.N.']);
  });

  it('continues after a match, so adjacent names are all found', () => {
    expect(findCandidates('Putin-Shoigu-Kim', index).map((c) => c.surface)).toEqual([
      'Putin',
      'Shoigu',
      'Kim',
    ]);
  });
});

describe('findCandidates on white space', () => {
  it('skips long runs of any white space and control characters', () => {
    const text = `\u000b\u000b\u0000\u0000 \t\n${' '.repeat(5000)}Putin\r\n\f  \u000bKim Jong Un${'\n'.repeat(3)}`;
    expect(findCandidates(text, index).map((c) => c.surface)).toEqual(['Putin', 'Kim Jong Un']);
  });
});

describe('findCandidates on arbitrary text', () => {
  const pieces = [
    'Kim',
    'Jong',
    'Un',
    'un',
    'Putin',
    'Shoigu',
    'U',
    'N',
    'Security',
    'Council',
    'Korea',
    'North',
    '김정은',
    '의',
    '푸틴',
    'Путина',
    'Шойгу',
    '普',
    '京',
    '北',
    'berly',
    'x',
    ' ',
    ' ',
    '-',
    '’s',
    "'",
    '.',
    ',',
    '\n',
    '\u00a0',
    '\u00ad',
    '\u200b',
    '–',
    '🇰🇵',
  ];
  const texts = textsOf(pieces);

  it('returns ordered, disjoint candidates whose offsets slice to their surface', () => {
    fc.assert(
      fc.property(texts, (text) => {
        let last = 0;
        for (const c of findCandidates(text, index)) {
          expect(c.start).toBeGreaterThanOrEqual(last);
          expect(c.end).toBeGreaterThan(c.start);
          expect(text.slice(c.start, c.end)).toBe(c.surface);
          last = c.end;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('finds each candidate again, whole, when its surface stands alone', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const c of findCandidates(text, index)) {
          const alone = findCandidates(c.surface, index);
          expect(alone.map((a) => [a.surface, a.entity, a.ambiguity])).toEqual([
            [c.surface, c.entity, c.ambiguity],
          ]);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('findCandidates on text whose words are plain ASCII', () => {
  const pieces = [
    'Kim',
    'Jong',
    'Un',
    'un',
    'UN',
    'Putin',
    'Shoigu',
    'U',
    'N',
    'S',
    'Security',
    'Council',
    'Korea',
    'North',
    'Washington',
    'D',
    'C',
    'ICBM',
    's',
    'artillery',
    'shell',
    'the',
    'Kremlin',
    'Adm',
    'Myong',
    'Sik',
    'Vladivostok',
    'berly',
    'x',
    '7',
    ' ',
    ' ',
    '  ',
    '-',
    "'",
    '.',
    ',',
    '\n',
    '\t',
    '(',
    '’',
    '‘',
    '\u00a0',
    '–',
    '\u2011',
    '«',
    // A symbol with a lower case (Ⓚ → ⓚ), and the Kelvin sign, which lower-cases to an ASCII
    // k: neither is a word character.
    'Ⓚ',
    '\u212a',
  ];
  const texts = textsOf(pieces);

  it('finds what folding every word finds', () => {
    expectSameAsEveryWord(texts, index, 5000);
  });
});

describe('findCandidates on text with letters beyond ASCII', () => {
  const pieces = [
    'Kim',
    'Jong',
    'Un',
    'Putin',
    'Shoigu',
    'Tāmaki',
    'ā',
    'é',
    'Choïgou',
    'Sergueï',
    'Шойгу',
    'Путина',
    'Владивостоке',
    'Ким',
    'Чен',
    'Ын',
    'м',
    '김정은',
    '위원장은',
    '푸틴이',
    '朝鲜',
    '北',
    '的',
    'プーチン',
    // Inside a word: a soft hyphen, a combining accent, a zero-width joiner.
    '\u00ad',
    '\u0301',
    '\u200d',
    // Grows when lower-cased (İ → i̇), and a symbol that lower-cases to ASCII.
    'İ',
    '\u212a',
    ' ',
    '-',
    '’',
    '.',
    '\u00a0',
  ];
  const texts = textsOf(pieces);

  it('finds what folding every word finds', () => {
    expectSameAsEveryWord(texts, real, 5000);
  });
});

describe('findCandidates on Chinese and Japanese text', () => {
  const hanOrKana = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/;
  // Every alias of the real knowledge base written with Han or kana, and what surrounds them.
  const aliases = realEntities.flatMap((e) => e.aliases.filter((a) => hanOrKana.test(a)));
  const pieces = [
    ...aliases,
    '的',
    '在',
    '了',
    '会',
    '谈',
    'の',
    'は',
    'ロシア',
    '北',
    '日',
    '中',
    '，',
    '。',
    ' ',
    'Putin',
    '김정은',
    '위원장은',
  ];
  const texts = textsOf(pieces);

  it('has aliases to look for', () => {
    expect(aliases.length).toBeGreaterThan(5);
  });

  it('finds what trying every character as a word finds', () => {
    expectSameAsEveryWord(texts, real, 3000);
  });
});
