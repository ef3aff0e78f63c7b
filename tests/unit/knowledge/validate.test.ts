import { describe, expect, it } from 'vitest';
import {
  aliasKey,
  formatKbError,
  type KbError,
  validateKnowledgeBase,
  weekdayMismatch,
} from '../../../lib/knowledge/validate';

const REPORT = 'assets/reports/000_test.txt';
const REPORT_TEXT = [
  'Kim’s train crossed into Russia early on Tuesday, South Korean military officials said.',
  'Advertisement',
  'Putin met Kim in Vladivostok.',
].join('\n');

/** A tiny knowledge base that is valid; each test breaks one thing. */
function validKb(): Record<string, unknown[]> {
  return {
    'sources.json': [
      {
        id: 'test',
        file: REPORT,
        outlet: 'Test Agency',
        short: 'Test',
        headline: 'A test',
        date: '2023-09-12',
        dateBasis: 'inferred',
        dateEvidence: 'on Tuesday',
        nonContentLines: [2],
      },
    ],
    'entities.json': [
      {
        id: 'kim-jong-un',
        name: 'Kim Jong Un',
        category: 'person',
        role: 'Leader',
        aliases: ['Kim Jong Un', 'Kim'],
        core: true,
      },
      {
        id: 'kim-myong-sik',
        name: 'Kim Myong Sik',
        category: 'person',
        role: 'Admiral',
        aliases: ['Kim Myong Sik', 'Kim'],
      },
    ],
    'ambiguities.json': [
      {
        alias: 'Kim',
        candidates: ['kim-jong-un', 'kim-myong-sik'],
        rule: 'last-named',
        note: 'last named in full',
      },
    ],
    'facts.json': [
      {
        id: 'train-entered-russia',
        entities: ['kim-jong-un', 'kim-myong-sik'],
        text: 'The leader’s train reached Russian territory.',
        quotes: [{ source: 'test', quote: 'crossed into Russia early on Tuesday' }],
      },
    ],
    'discrepancies.json': [
      {
        id: 'where-met',
        entities: ['kim-jong-un'],
        text: 'Reports differ on the place.',
        quotes: [
          { source: 'test', quote: 'crossed into Russia', position: 'Russia' },
          { source: 'test', quote: 'in Vladivostok', position: 'Vladivostok' },
        ],
      },
    ],
    'timeline.json': [
      {
        id: 'crossing',
        date: '2023-09-12',
        entities: ['kim-jong-un'],
        text: 'The train enters Russia.',
        quotes: [{ source: 'test', quote: 'crossed into Russia early on Tuesday' }],
        conflicts: ['where-met'],
      },
    ],
    'summaries.json': [
      {
        entity: 'kim-jong-un',
        sentences: [{ text: 'He went by train.', facts: ['train-entered-russia'] }],
      },
      {
        entity: 'kim-myong-sik',
        sentences: [{ text: 'He came along.', facts: ['train-entered-russia'] }],
      },
    ],
  };
}

function run(kb: Record<string, unknown[]>): KbError[] {
  return validateKnowledgeBase(kb, { [REPORT]: REPORT_TEXT });
}

/** Record `index` of `file` in `kb`, for breaking it in place. */
function rec(kb: Record<string, unknown[]>, file: string, index = 0): Record<string, unknown> {
  const found = recs(kb, file)[index];
  if (!found) throw new Error(`${file} has no record ${index}`);
  return found;
}

/** The records of `file` in `kb` as plain objects, for breaking them in place. */
function recs(kb: Record<string, unknown[]>, file: string): Record<string, unknown>[] {
  return kb[file] as Record<string, unknown>[];
}

describe('validateKnowledgeBase', () => {
  it('accepts a valid knowledge base', () => {
    expect(run(validKb())).toEqual([]);
  });

  it('names file, record and field when a quote is not verbatim', () => {
    const kb = validKb();
    rec(kb, 'facts.json').quotes = [
      { source: 'test', quote: "Kim's train crossed into Russia" }, // straight apostrophe
    ];
    expect(run(kb).map(formatKbError)).toEqual([
      `facts.json: record "train-entered-russia", field quotes[0].quote: not found verbatim in ${REPORT}`,
    ]);
  });

  it('rejects a quote found only in a non-content line', () => {
    const kb = validKb();
    rec(kb, 'facts.json').quotes = [{ source: 'test', quote: 'Advertisement' }];
    expect(run(kb)).toEqual([
      expect.objectContaining({
        field: 'quotes[0].quote',
        message: expect.stringContaining('non-content'),
      }),
    ]);
  });

  it('rejects an unknown category and lists the known ones', () => {
    const kb = validKb();
    rec(kb, 'entities.json').category = 'weapon';
    const [error] = run(kb);
    expect(error).toMatchObject({
      file: 'entities.json',
      record: 'kim-jong-un',
      field: 'category',
    });
    expect(error?.message).toContain('person, place, organization, event, military, policy');
  });

  it('rejects references that do not resolve', () => {
    const kb = validKb();
    rec(kb, 'facts.json').entities = ['kim-jong-un', 'kim-myong-sik', 'nobody'];
    rec(kb, 'timeline.json').conflicts = ['no-such-discrepancy'];
    rec(kb, 'summaries.json').sentences = [{ text: 'He went by train.', facts: ['gone'] }];
    rec(kb, 'facts.json').quotes = [{ source: 'nope', quote: 'x' }];
    expect(run(kb).map((e) => `${e.file} ${e.record} ${e.field}`)).toEqual([
      'facts.json train-entered-russia entities[2]',
      'facts.json train-entered-russia quotes[0].source',
      'timeline.json crossing conflicts[0]',
      'summaries.json kim-jong-un sentences[0].facts[0]',
      'summaries.json kim-jong-un sentences',
    ]);
  });

  it('requires every entity to have a fact and a grounded summary', () => {
    const kb = validKb();
    rec(kb, 'facts.json').entities = ['kim-jong-un'];
    expect(run(kb).map(formatKbError)).toEqual([
      'summaries.json: record "kim-myong-sik", field sentences: no cited fact names this entity',
      'entities.json: record "kim-myong-sik", field id: no fact in facts.json names this entity',
    ]);
    recs(kb, 'summaries.json').pop();
    expect(run(kb).map((e) => `${e.file} ${e.record} ${e.field}`)).toEqual([
      'summaries.json kim-myong-sik entity',
      'entities.json kim-myong-sik id',
    ]);
  });

  it('rejects summary sentences copied from a report', () => {
    const kb = validKb();
    rec(kb, 'summaries.json').sentences = [
      { text: `${REPORT_TEXT.split('\n')[0]}`, facts: ['train-entered-russia'] },
    ];
    expect(run(kb).map((e) => `${e.record} ${e.field}`)).toEqual(['kim-jong-un sentences[0].text']);
  });

  it('rejects an alias shared by two entities unless declared', () => {
    const kb = validKb();
    kb['ambiguities.json'] = [];
    expect(run(kb)).toEqual([
      expect.objectContaining({
        file: 'entities.json',
        record: 'kim-myong-sik',
        field: 'aliases',
        message: expect.stringContaining('not declared in ambiguities.json'),
      }),
    ]);
  });

  it('treats case, curly apostrophes and dashes as the same alias across entities', () => {
    expect(aliasKey('Kim–Putin  Summit')).toBe(aliasKey('kim-putin summit'));
    expect(aliasKey('Workers’ Party')).toBe(aliasKey("workers' party"));
    const kb = validKb();
    rec(kb, 'entities.json', 1).aliases = ['Kim Myong Sik', 'KIM', 'kim jong un'];
    expect(run(kb).map((e) => e.message)).toEqual([
      'alias "kim jong un" is shared with kim-jong-un but not declared in ambiguities.json',
    ]);
  });

  it('checks the declared candidates and the rule’s fallback', () => {
    const kb = validKb();
    const amb = rec(kb, 'ambiguities.json');
    amb.rule = 'default';
    expect(run(kb).map((e) => e.field)).toEqual(['fallback']);
    amb.fallback = 'vladivostok';
    expect(run(kb).map((e) => e.field)).toEqual(['fallback']);
    amb.fallback = 'kim-jong-un';
    amb.candidates = ['kim-jong-un', 'kim-myong-sik', 'putin'];
    expect(run(kb).map((e) => e.field)).toEqual(['candidates[2]', 'candidates']);
  });

  it('accepts one candidate only as a last-named short form without fallback', () => {
    const kb = validKb();
    rec(kb, 'entities.json', 1).aliases = ['Kim Myong Sik'];
    const amb = rec(kb, 'ambiguities.json');
    amb.candidates = ['kim-jong-un'];
    expect(run(kb)).toEqual([]);
    // With a fallback, or the default rule, it would be a bare alias painted on every page.
    amb.fallback = 'kim-jong-un';
    expect(run(kb).map((e) => `${e.field}: ${e.message}`)).toEqual([
      expect.stringMatching(
        /^candidates: must list at least two entity ids, or one with rule "last-named" and no fallback/,
      ),
    ]);
    amb.rule = 'default';
    expect(run(kb).map((e) => e.field)).toEqual(['candidates']);
    amb.candidates = [];
    delete amb.fallback;
    amb.rule = 'last-named';
    expect(run(kb).map((e) => e.field)).toEqual(['candidates']);
  });

  it('rejects duplicate ids, unsorted records and possessive aliases', () => {
    const kb = validKb();
    const ents = recs(kb, 'entities.json');
    ents.reverse();
    rec(kb, 'entities.json').aliases = ['Kim Myong Sik’s', 'Kim'];
    const errors = run(kb).map((e) => `${e.record} ${e.field}`);
    expect(errors).toContain('kim-jong-un id');
    expect(errors).toContain('kim-myong-sik aliases[0]');
    const kb2 = validKb();
    recs(kb2, 'facts.json').push({ ...recs(kb2, 'facts.json')[0] });
    expect(run(kb2).map((e) => `${e.file} ${e.field} ${e.message}`)).toContain(
      'facts.json id duplicate id',
    );
  });

  it('rejects fact text copied from a report', () => {
    const kb = validKb();
    rec(kb, 'facts.json').text =
      'Officials say Kim’s train crossed into Russia early on Tuesday, South Korean military sources said.';
    expect(run(kb)).toEqual([
      expect.objectContaining({ field: 'text', message: expect.stringContaining('own words') }),
    ]);
  });

  it('needs two sides in a discrepancy and valid dates in the timeline', () => {
    const kb = validKb();
    rec(kb, 'discrepancies.json').quotes = [
      { source: 'test', quote: 'in Vladivostok', position: 'Vladivostok' },
    ];
    rec(kb, 'timeline.json').date = '2023-09-31';
    expect(run(kb).map((e) => `${e.file} ${e.field}`)).toEqual([
      'discrepancies.json quotes',
      'timeline.json date',
    ]);
  });

  it('files weekday-dated quotes under a date on that weekday', () => {
    expect(weekdayMismatch('2023-09-12', 'arrived in Russia on Tuesday')).toBeUndefined();
    expect(weekdayMismatch('2023-09-17', 'left on Sunday')).toBeUndefined();
    expect(weekdayMismatch('2023-09-12', 'embarked on Monday')).toBe(
      '2023-09-12 is a Tuesday, but the quote says Monday',
    );
    // Two weekdays ("Tuesday or Wednesday") or none: nothing to check.
    expect(weekdayMismatch('2023-09-12', 'either on Tuesday or Wednesday')).toBeUndefined();
    expect(weekdayMismatch('2023-07', 'on Monday')).toBeUndefined();
    const kb = validKb();
    rec(kb, 'timeline.json').date = '2023-09-13';
    rec(kb, 'sources.json').date = '2023-09-11';
    expect(run(kb).map(formatKbError)).toEqual([
      'sources.json: record "test", field date: 2023-09-11 is a Monday, but the quote says Tuesday',
      'timeline.json: record "crossing", field date: 2023-09-13 is a Wednesday, but the quote says Tuesday (quotes[0])',
    ]);
  });

  it('checks canonical formatting when given the raw text', () => {
    const kb = validKb();
    const errors = validateKnowledgeBase(
      kb,
      { [REPORT]: REPORT_TEXT },
      { 'facts.json': JSON.stringify(kb['facts.json']) },
    );
    expect(errors).toEqual([
      expect.objectContaining({ file: 'facts.json', field: '(formatting)' }),
    ]);
  });

  it('reports a missing or malformed file instead of throwing', () => {
    const kb: Record<string, unknown> = validKb();
    delete kb['timeline.json'];
    kb['facts.json'] = { not: 'an array' };
    const errors = validateKnowledgeBase(kb, { [REPORT]: REPORT_TEXT });
    expect(errors.slice(0, 2).map(formatKbError)).toEqual([
      'facts.json: record "(file)", field (file): must be a JSON array of records',
      'timeline.json: record "(file)", field (file): file is missing',
    ]);
  });
});
