import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../lib/match/build-index';
import { findCandidates } from '../../../lib/match/find-candidates';
import { resolveMentions } from '../../../lib/match/resolve-mentions';
import type { Candidate } from '../../../lib/match/types';
import { ambiguities, entities } from './fixture-kb';

const index = buildIndex(entities, ambiguities);

/** Candidates of several blocks in document order, as the page scanner collects them. */
function page(...blocks: string[]): Candidate[] {
  return blocks.flatMap((b) => findCandidates(b, index));
}

describe('resolveMentions', () => {
  it('points each mention back to the candidate it came from', () => {
    const candidates = page('Kim arrived.', 'Nothing here.', 'Kim Jong Un, Putin and sanctions');
    const mentions = resolveMentions(candidates, index);
    expect(mentions.map((m) => [m.candidate, m.entity])).toEqual([
      [0, 'kim-jong-un'],
      [1, 'kim-jong-un'],
      [2, 'vladimir-putin'],
      [3, 'sanctions'],
    ]);
    for (const m of mentions) expect(m.surface).toBe(candidates[m.candidate]?.surface);
  });

  it('uses names from earlier blocks of the page for a bare Kim', () => {
    const mentions = resolveMentions(
      page('Kim Jong Il ruled until 2011.', 'Kim was feared.'),
      index,
    );
    expect(mentions.map((m) => m.entity)).toEqual(['kim-jong-il', 'kim-jong-il']);
  });

  it('changes earlier decisions when later content arrives, as a re-run sees the whole page', () => {
    const first = page('Kim said nothing. Sanctions loom.');
    expect(resolveMentions(first, index)).toEqual([]);
    const later = [...first, ...page('Kim Myong Sik was there.')];
    expect(resolveMentions(later, index).map((m) => `${m.surface}=${m.entity}`)).toEqual([
      'Kim=kim-myong-sik',
      'Kim Myong Sik=kim-myong-sik',
    ]);
    const more = [...later, ...page('So was Vladimir Putin.')];
    expect(resolveMentions(more, index).map((m) => `${m.surface}=${m.entity}`)).toEqual([
      'Kim=kim-myong-sik',
      'Kim Myong Sik=kim-myong-sik',
      'Vladimir Putin=vladimir-putin',
    ]);
    const most = [...more, ...page('Putin spoke.')];
    expect(resolveMentions(most, index).map((m) => `${m.surface}=${m.entity}`)).toEqual([
      'Kim=kim-myong-sik',
      'Sanctions=sanctions',
      'Kim Myong Sik=kim-myong-sik',
      'Vladimir Putin=vladimir-putin',
      'Putin=vladimir-putin',
    ]);
  });

  it('ignores candidates of unknown entities or ambiguities', () => {
    const stray: Candidate[] = [
      { start: 0, end: 3, surface: 'Foo', entity: 'no-such-entity', ambiguity: -1 },
      { start: 4, end: 7, surface: 'Bar', entity: null, ambiguity: 99 },
    ];
    expect(resolveMentions(stray, index)).toEqual([]);
  });

  it('stays linear: a page of 100 000 candidates resolves in one pass', () => {
    const block = page('Kim Jong Un met Kim. Moscow and sanctions.');
    const many: Candidate[] = [];
    for (let i = 0; i < 25_000; i++) many.push(...block);
    const mentions = resolveMentions(many, index);
    expect(mentions).toHaveLength(many.length);
    expect(mentions[many.length - 3]?.entity).toBe('kim-jong-un');
  });
});

describe('resolveMentions: a bare surname declared as a one-candidate ambiguity', () => {
  // How the knowledge base can add "Harris" or "Lankov" without painting every Harris on the
  // web: highlighted only on pages that name the person in full.
  const people = [
    ...entities,
    {
      id: 'kamala-harris',
      name: 'Kamala Harris',
      category: 'person' as const,
      role: 'test',
      aliases: ['Kamala Harris'],
    },
  ];
  const rules = [
    ...ambiguities,
    { alias: 'Harris', candidates: ['kamala-harris'], rule: 'last-named' as const, note: 'test' },
  ];
  const withHarris = buildIndex(people, rules);

  it('resolves the surname once the full name is on the page', () => {
    const candidates = findCandidates('Harris said so. Kamala Harris, in Vladivostok.', withHarris);
    expect(resolveMentions(candidates, withHarris).map((m) => `${m.surface}=${m.entity}`)).toEqual([
      'Harris=kamala-harris',
      'Kamala Harris=kamala-harris',
      'Vladivostok=vladivostok',
    ]);
  });

  it('leaves it alone on a page that never names her in full', () => {
    const candidates = findCandidates('Harris Tweed in Vladivostok.', withHarris);
    expect(resolveMentions(candidates, withHarris).map((m) => m.surface)).toEqual(['Vladivostok']);
  });
});
