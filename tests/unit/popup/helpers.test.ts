import { describe, expect, it } from 'vitest';
import { compareModel } from '../../../lib/popup/compare-model';
import { coverageMatrix } from '../../../lib/popup/coverage-matrix';
import { countByCategory, groupPageEntities } from '../../../lib/popup/group-page-entities';
import { missingFromPage } from '../../../lib/popup/missing-from-page';
import { hostnameOf, isPageSummary } from '../../../lib/popup/page-link';
import { parsePopupParams } from '../../../lib/popup/popup-params';
import { buildSearchIndex } from '../../../lib/popup/search-index';
import { formatDate, timelineModel } from '../../../lib/popup/timeline-model';
import { fixtureKb as kb } from './fixture-kb';

describe('groupPageEntities', () => {
  const found = [
    { entity: 'vladivostok', category: 'place' as const, count: 9 },
    { entity: 'sergei-shoigu', category: 'person' as const, count: 2 },
    { entity: 'kim-jong-un', category: 'person' as const, count: 5 },
    { entity: 'not-in-kb', category: 'person' as const, count: 2 },
  ];

  it('puts the most mentioned category and entity first, ties in page order', () => {
    const groups = groupPageEntities(found, kb);
    expect(groups.map((g) => [g.category, g.total])).toEqual([
      ['person', 9],
      ['place', 9],
    ]);
    expect(groups[0]?.rows.map((r) => [r.name, r.count])).toEqual([
      ['Kim Jong Un', 5],
      ['Sergei Shoigu', 2],
      ['not-in-kb', 2],
    ]);
    expect(groups[0]?.rows[0]?.role).toBe('North Korean leader');
  });

  it('counts mentions per category, zero for the rest', () => {
    expect(countByCategory(found)).toEqual({
      person: 9,
      place: 9,
      organization: 0,
      event: 0,
      military: 0,
      policy: 0,
    });
  });
});

describe('compareModel', () => {
  it('gives each of the five reports its quotes and marks the silent ones', () => {
    const model = compareModel(kb, 'sergei-shoigu');
    expect(model?.columns.map((c) => [c.source.short, c.silent])).toEqual([
      ['AP', false],
      ['Reuters', true],
      ['AFP', true],
      ['Herald', false],
      ['Port', true],
    ]);
    expect(model?.speaking).toBe(2);
    expect(model?.columns[3]?.quotes[0]?.quote).toBe(
      'Russian Defense Minister Sergei Shoigu visited',
    );
  });

  it('groups each disagreement by position and names the silent reports', () => {
    const model = compareModel(kb, 'kim-jong-un');
    const war = model?.disagreements.find((d) => d.id === 'd-war-months');
    expect(war?.positions.map((p) => [p.position, p.sources.map((s) => s.short)])).toEqual([
      ['18 months', ['AP', 'AFP']],
      ['17 months', ['Herald']],
    ]);
    expect(war?.silent.map((s) => s.short)).toEqual(['Reuters', 'Port']);
  });

  it('is undefined for an unknown entity', () => {
    expect(compareModel(kb, 'nobody')).toBeUndefined();
  });
});

describe('coverageMatrix', () => {
  it('counts facts per entity and report and drops entities no report covers', () => {
    const matrix = coverageMatrix(kb);
    expect(matrix.rows.map((r) => [r.name, r.counts])).toEqual([
      ['Kim Jong Un', [1, 1, 1, 0, 1]],
      ['Sergei Shoigu', [1, 0, 0, 1, 0]],
      ['Vladivostok', [1, 1, 1, 0, 0]],
      ['Sanctions', [0, 0, 0, 0, 1]],
    ]);
    expect(matrix.rows[0]?.reports).toBe(4);
  });
});

describe('missingFromPage', () => {
  it('lists what the reports cover that the page does not mention, widest coverage first', () => {
    const rows = coverageMatrix(kb).rows;
    const missing = missingFromPage(rows, [
      { entity: 'kim-jong-un', category: 'person', count: 3 },
    ]);
    expect(missing.map((r) => r.name)).toEqual(['Vladivostok', 'Sergei Shoigu', 'Sanctions']);
  });
});

describe('timelineModel', () => {
  const days = timelineModel(kb);

  it('lists dates in order with months before days and every day of the summit week', () => {
    expect(days.map((d) => d.label)).toEqual([
      'April 2019',
      'July 2023',
      '10 September 2023',
      '11 September 2023',
      '12 September 2023',
      '13 September 2023',
      '14 September 2023',
      '15 September 2023',
      '16 September 2023',
      '17 September 2023',
    ]);
  });

  it('carries the dating reports and flags a conflicting date', () => {
    const day = days.find((d) => d.date === '2023-09-12');
    const event = day?.events[0];
    expect(event?.sources.map((s) => s.short)).toEqual(['AP', 'Reuters']);
    expect(event?.conflicts[0]?.positions.map((p) => p.position)).toEqual([
      '12 September',
      '11 September',
    ]);
    expect(days.find((d) => d.date === '2023-09-13')?.events).toEqual([]);
  });

  it('formats days and months, and leaves other text alone', () => {
    expect(formatDate('2023-09-02')).toBe('2 September 2023');
    expect(formatDate('2019-04')).toBe('April 2019');
    expect(formatDate('sometime')).toBe('sometime');
  });
});

describe('buildSearchIndex', () => {
  const index = buildSearchIndex(kb);

  it('finds an entity by a misspelled name or alias', () => {
    expect(index.search('Shoygu')[0]?.entity).toBe('sergei-shoigu');
    expect(index.search('vladivostock')[0]?.entity).toBe('vladivostok');
  });

  it('finds an entity through a fact about it and says which fact', () => {
    const hit = index.search('armoured train')[0];
    expect(hit?.fact).toBe('Kim travelled by armoured train.');
    expect(['kim-jong-un', 'vladivostok']).toContain(hit?.entity);
  });

  it('lists each entity once and ignores one-letter queries', () => {
    const ids = index.search('Kim').map((h) => h.entity);
    expect(new Set(ids).size).toBe(ids.length);
    expect(index.search('k')).toEqual([]);
  });
});

describe('parsePopupParams', () => {
  it('reads the tab, view and entity', () => {
    expect(parsePopupParams('?tab=12&view=timeline')).toEqual({ tab: 12, view: 'timeline' });
    expect(parsePopupParams('?entity=sergei-shoigu&view=compare')).toEqual({
      view: 'compare',
      entity: 'sergei-shoigu',
    });
  });

  it('opens Compare for an entity without a view and ignores bad values', () => {
    expect(parsePopupParams('?entity=kim-jong-un')).toEqual({
      view: 'compare',
      entity: 'kim-jong-un',
    });
    expect(parsePopupParams('?tab=abc&view=nope')).toEqual({ view: 'page' });
  });
});

describe('page link helpers', () => {
  it('accepts only summary-shaped answers', () => {
    expect(isPageSummary({ status: 'done', entities: [], url: 'https://a.example/' })).toBe(true);
    expect(isPageSummary(undefined)).toBe(false);
    expect(isPageSummary({ status: 'weird', entities: [], url: '' })).toBe(false);
  });

  it('takes the hostname of a URL, nothing for a bad one', () => {
    expect(hostnameOf('https://news.example/a?b')).toBe('news.example');
    expect(hostnameOf('not a url')).toBeUndefined();
    expect(hostnameOf(undefined)).toBeUndefined();
  });
});
