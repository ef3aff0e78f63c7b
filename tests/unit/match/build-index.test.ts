import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../lib/knowledge/types';
import { aliasWords, buildIndex } from '../../../lib/match/build-index';
import { findMentions } from '../../../lib/match/find-mentions';
import { ambiguities, entities } from './fixture-kb';

const person = (id: string, aliases: string[]): Entity => ({
  id,
  name: aliases[0] ?? id,
  category: 'person',
  role: 'test',
  aliases,
  core: true,
});

describe('buildIndex', () => {
  it('compiles the fixture without warnings', () => {
    expect(buildIndex(entities, ambiguities).warnings).toEqual([]);
  });

  it('reports an alias two entities claim without an ambiguity rule, and keeps the first', () => {
    const index = buildIndex([person('a', ['Lee']), person('b', ['Lee', 'Lee B'])], []);
    expect(index.warnings).toEqual(['alias "Lee" of b is also an alias of a']);
    expect(findMentions('Lee', index).map((m) => m.entity)).toEqual(['a']);
  });

  it('reports ambiguity rules that name unknown entities or impossible fallbacks', () => {
    const index = buildIndex(
      [person('a', ['Lee A'])],
      [
        { alias: 'Lee', candidates: ['a', 'ghost'], rule: 'default', note: '' },
        { alias: 'Park', candidates: ['a'], rule: 'last-named', fallback: 'b', note: '' },
      ],
    );
    expect(index.warnings).toEqual([
      'ambiguity "Lee" names unknown entity ghost',
      'ambiguity "Lee" has rule "default" but no fallback',
      'ambiguity "Park" falls back to b, not a candidate',
    ]);
  });

  it('splits aliases like page text, keeping punctuation a name may contain', () => {
    expect(aliasWords('Washington, D.C.')).toEqual([
      { word: 'Washington', gapExtra: '' },
      { word: 'D', gapExtra: ',' },
      { word: 'C', gapExtra: '.' },
    ]);
    expect(aliasWords('普京').map((w) => w.word)).toEqual(['普', '京']);
  });
});

describe('aliasWords fast path', () => {
  it('splits ASCII aliases exactly as the general path does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 30 }), (alias) => {
        // A trailing soft hyphen is dropped, but sends the alias down the general path.
        expect(aliasWords(alias)).toEqual(aliasWords(`${alias}\u00ad`));
      }),
      { numRuns: 2000 },
    );
  });
});
