import fs from 'node:fs';
import path from 'node:path';
import { CATEGORIES } from './types';

/**
 * Lints the knowledge base like code: shapes, unique ids, known categories, every quote found
 * verbatim in its report, every reference resolving, every entity backed by a fact, no alias
 * shared without a declared rule, sorted records and canonical formatting. Runs in the build
 * (`wxt.config.ts`), in the unit tests and from `tests/scripts/validate-kb.ts`.
 *
 * Model: darkreader `tests/unit/config/config.tests.ts`.
 */

/** One problem, located precisely enough to fix without searching. */
export type KbError = {
  /** File name inside `assets/knowledge/`, e.g. `facts.json`. */
  file: string;
  /** Record id (or alias, or entity for summaries); `#3` when the record has no usable id. */
  record: string;
  /** Field path inside the record, e.g. `quotes[1].quote`; `(file)` for whole-file problems. */
  field: string;
  message: string;
};

/** The knowledge-base files, in the order they are checked. */
export const KB_FILES = [
  'sources.json',
  'entities.json',
  'ambiguities.json',
  'facts.json',
  'discrepancies.json',
  'timeline.json',
  'summaries.json',
] as const;
export type KbFile = (typeof KB_FILES)[number];

/** The field each file's records are sorted by (sources keep the reports' file order). */
export const SORT_KEYS: Record<KbFile, string> = {
  'sources.json': 'file',
  'entities.json': 'id',
  'ambiguities.json': 'alias',
  'facts.json': 'id',
  'discrepancies.json': 'id',
  'timeline.json': 'id',
  'summaries.json': 'entity',
};

/** Where the knowledge base and the reports live, relative to the repo root. */
export const KB_DIR = 'assets/knowledge';
export const REPORTS_DIR = 'assets/reports';

/** Longest quote we accept: a clause, not a paragraph. */
export const MAX_QUOTE_LENGTH = 300;
/** A run of this many words shared with a report means the text was copied, not rewritten. */
export const COPIED_WORDS = 10;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_PATTERN = /^\d{4}-\d{2}$/;

/**
 * The normal form used to decide whether two aliases are "the same": the matcher folds case,
 * apostrophes, dashes and spacing, so aliases that differ only in those collide on the page.
 */
export function aliasKey(alias: string): string {
  return alias
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

type Rec = Record<string, unknown>;

class Collector {
  readonly errors: KbError[] = [];
  add(file: string, record: string, field: string, message: string): void {
    this.errors.push({ file, record, field, message });
  }
}

const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function recordName(rec: unknown, index: number, key = 'id'): string {
  if (isRecord(rec) && isNonEmptyString(rec[key])) return rec[key];
  return `#${index}`;
}

/**
 * Validates parsed knowledge-base files against the reports.
 *
 * @param files parsed JSON by file name (`facts.json` …); a missing file is an error
 * @param reports report text by repo path (`assets/reports/000_….txt`)
 * @param raw optional raw file text by file name, to check canonical formatting
 */
export function validateKnowledgeBase(
  files: Record<string, unknown>,
  reports: Record<string, string>,
  raw: Record<string, string> = {},
): KbError[] {
  const out = new Collector();
  const lists = {} as Record<KbFile, Rec[]>;
  for (const file of KB_FILES) {
    const data = files[file];
    lists[file] = [];
    if (data === undefined) {
      out.add(file, '(file)', '(file)', 'file is missing');
      continue;
    }
    if (!Array.isArray(data)) {
      out.add(file, '(file)', '(file)', 'must be a JSON array of records');
      continue;
    }
    data.forEach((rec, i) => {
      if (isRecord(rec)) lists[file].push(rec);
      else out.add(file, `#${i}`, '(record)', 'must be an object');
    });
    const text = raw[file];
    if (text !== undefined && text !== `${JSON.stringify(data, null, 2)}\n`) {
      out.add(
        file,
        '(file)',
        '(formatting)',
        'not canonical: expected JSON.stringify(data, null, 2) and one newline; run npx tsx tests/scripts/format-kb.ts',
      );
    }
  }

  const sources = checkSources(lists['sources.json'], reports, out);
  const entities = checkEntities(lists['entities.json'], out);
  checkAmbiguities(lists['ambiguities.json'], lists['entities.json'], entities, out);
  const ctx: QuoteContext = { sources, out };
  checkClaims('facts.json', lists['facts.json'], entities, ctx, false);
  const factEntities = new Map<string, unknown>(
    lists['facts.json'].map((f) => [String(f.id), f.entities]),
  );
  const discrepancies = checkClaims(
    'discrepancies.json',
    lists['discrepancies.json'],
    entities,
    ctx,
    true,
  );
  checkTimeline(lists['timeline.json'], entities, discrepancies, ctx);
  checkSummaries(lists['summaries.json'], entities, factEntities, ctx);

  // Every entity is backed by at least one fact.
  const covered = new Set<string>();
  for (const fact of lists['facts.json']) {
    if (Array.isArray(fact.entities)) for (const e of fact.entities) covered.add(String(e));
  }
  for (const id of entities) {
    if (!covered.has(id))
      out.add('entities.json', id, 'id', 'no fact in facts.json names this entity');
  }
  return out.errors;
}

type SourceInfo = {
  file: string;
  text: string;
  nonContent: Set<number>;
  lineStarts: number[];
  /** The report as normalised words, space-padded, for the copied-text check. */
  words: string;
};
type QuoteContext = { sources: Map<string, SourceInfo>; out: Collector };

function checkFields(
  file: string,
  name: string,
  rec: Rec,
  allowed: readonly string[],
  out: Collector,
): void {
  for (const key of Object.keys(rec)) {
    if (!allowed.includes(key)) out.add(file, name, key, 'unknown field (typo?)');
  }
}

function requireString(file: string, name: string, rec: Rec, field: string, out: Collector): void {
  if (!isNonEmptyString(rec[field])) out.add(file, name, field, 'must be a non-empty string');
}

function checkIds(file: string, records: Rec[], out: Collector, key = 'id'): void {
  const seen = new Set<string>();
  records.forEach((rec, i) => {
    const id = rec[key];
    const name = recordName(rec, i, key);
    if (!isNonEmptyString(id)) {
      out.add(file, name, key, 'must be a non-empty string');
      return;
    }
    if (key !== 'alias' && !ID_PATTERN.test(id)) out.add(file, name, key, 'must be kebab-case');
    if (seen.has(id)) out.add(file, name, key, `duplicate ${key}`);
    seen.add(id);
  });
}

function checkSorted(file: string, records: Rec[], key: string, out: Collector): void {
  for (let i = 1; i < records.length; i++) {
    const a = String(records[i - 1]?.[key] ?? '');
    const b = String(records[i]?.[key] ?? '');
    if (a > b) {
      out.add(
        file,
        recordName(records[i], i, key),
        key,
        `out of order: must sort before "${a}" (npx tsx tests/scripts/format-kb.ts sorts)`,
      );
    }
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** 1-based line number of a character offset. */
function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function checkSources(
  records: Rec[],
  reports: Record<string, string>,
  out: Collector,
): Map<string, SourceInfo> {
  const F = 'sources.json';
  const map = new Map<string, SourceInfo>();
  checkIds(F, records, out);
  checkSorted(F, records, 'file', out);
  const shorts = new Set<string>();
  records.forEach((rec, i) => {
    const name = recordName(rec, i);
    checkFields(
      F,
      name,
      rec,
      [
        'id',
        'file',
        'outlet',
        'short',
        'headline',
        'date',
        'dateBasis',
        'dateEvidence',
        'byline',
        'nonContentLines',
      ],
      out,
    );
    for (const f of ['outlet', 'short', 'headline', 'file', 'dateEvidence']) {
      requireString(F, name, rec, f, out);
    }
    if (rec.byline !== undefined) requireString(F, name, rec, 'byline', out);
    if (isNonEmptyString(rec.short)) {
      if (shorts.has(rec.short)) out.add(F, name, 'short', 'duplicate chip label');
      shorts.add(rec.short);
    }
    if (!isValidDate(rec.date, false)) out.add(F, name, 'date', 'must be an ISO date YYYY-MM-DD');
    if (rec.dateBasis !== 'stated' && rec.dateBasis !== 'inferred') {
      out.add(F, name, 'dateBasis', 'must be "stated" or "inferred"');
    }
    const text = isNonEmptyString(rec.file) ? reports[rec.file] : undefined;
    if (isNonEmptyString(rec.file) && text === undefined) {
      out.add(F, name, 'file', `no report at ${rec.file}`);
    }
    const starts = text === undefined ? [] : lineStartsOf(text);
    const nonContent = new Set<number>();
    if (!Array.isArray(rec.nonContentLines)) {
      out.add(F, name, 'nonContentLines', 'must be an array of 1-based line numbers');
    } else {
      let last = 0;
      rec.nonContentLines.forEach((n, j) => {
        const field = `nonContentLines[${j}]`;
        if (!Number.isInteger(n) || (n as number) < 1) {
          out.add(F, name, field, 'must be a positive integer');
          return;
        }
        const line = n as number;
        if (text !== undefined && line > starts.length) {
          out.add(F, name, field, `line ${line} is past the end of ${rec.file}`);
        }
        if (line <= last) out.add(F, name, field, 'must be ascending without repeats');
        last = line;
        nonContent.add(line);
      });
    }
    if (text !== undefined && isNonEmptyString(rec.dateEvidence)) {
      if (!text.includes(rec.dateEvidence)) {
        out.add(F, name, 'dateEvidence', `not found verbatim in ${rec.file}`);
      }
    }
    if (isNonEmptyString(rec.dateEvidence) && typeof rec.date === 'string') {
      const wrong = weekdayMismatch(rec.date, rec.dateEvidence);
      if (wrong) out.add(F, name, 'date', wrong);
    }
    if (isNonEmptyString(rec.id) && text !== undefined && isNonEmptyString(rec.file)) {
      map.set(rec.id, {
        file: rec.file,
        text,
        nonContent,
        lineStarts: starts,
        words: ` ${words(text).join(' ')} `,
      });
    }
  });
  return map;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * The reports date most events by weekday ("on Tuesday"). When a quote names exactly one
 * weekday, the ISO date it is filed under must fall on that weekday; returns the complaint.
 */
export function weekdayMismatch(date: string, quote: string): string | undefined {
  if (!isValidDate(date, false)) return undefined;
  const named = WEEKDAYS.filter((d) => new RegExp(`\\b${d}\\b`).test(quote));
  if (named.length !== 1) return undefined;
  const actual = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];
  return actual === named[0] ? undefined : `${date} is a ${actual}, but the quote says ${named[0]}`;
}

function isValidDate(value: unknown, allowMonth: boolean): boolean {
  if (typeof value !== 'string') return false;
  if (allowMonth && MONTH_PATTERN.test(value)) {
    const month = Number(value.slice(5, 7));
    return month >= 1 && month <= 12;
  }
  if (!DAY_PATTERN.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function checkEntities(records: Rec[], out: Collector): Set<string> {
  const F = 'entities.json';
  checkIds(F, records, out);
  checkSorted(F, records, 'id', out);
  const ids = new Set<string>();
  records.forEach((rec, i) => {
    const name = recordName(rec, i);
    if (isNonEmptyString(rec.id)) ids.add(rec.id);
    checkFields(
      F,
      name,
      rec,
      ['id', 'name', 'category', 'role', 'aliases', 'needsContext', 'core'],
      out,
    );
    requireString(F, name, rec, 'name', out);
    requireString(F, name, rec, 'role', out);
    if (!(CATEGORIES as readonly unknown[]).includes(rec.category)) {
      out.add(
        F,
        name,
        'category',
        `unknown category ${JSON.stringify(rec.category)}; use one of ${CATEGORIES.join(', ')}`,
      );
    }
    for (const flag of ['needsContext', 'core'] as const) {
      if (rec[flag] !== undefined && rec[flag] !== true) {
        out.add(F, name, flag, 'set it to true or leave it out');
      }
    }
    if (rec.core === true && rec.needsContext === true) {
      out.add(F, name, 'core', 'a core entity sets the context itself; it cannot also need it');
    }
    if (!Array.isArray(rec.aliases) || rec.aliases.length === 0) {
      out.add(F, name, 'aliases', 'must be a non-empty array of strings');
      return;
    }
    const keys = new Set<string>();
    rec.aliases.forEach((alias, j) => {
      const field = `aliases[${j}]`;
      if (!isNonEmptyString(alias)) {
        out.add(F, name, field, 'must be a non-empty string');
        return;
      }
      if (alias !== alias.trim()) out.add(F, name, field, 'has leading or trailing space');
      // Possessives are the matcher's job; an alias ending in one would never match "Kim's".
      if (/['\u2019]s$/i.test(alias)) out.add(F, name, field, 'ends in a possessive');
      // Variants that differ only in case, dashes or apostrophes are allowed ("Kim Jong-Un" is a
      // spelling other outlets use); only exact repeats are mistakes.
      if (keys.has(alias))
        out.add(F, name, field, `repeats another alias of this entity ("${alias}")`);
      keys.add(alias);
    });
  });
  return ids;
}

function checkAmbiguities(
  records: Rec[],
  entityRecords: Rec[],
  entities: Set<string>,
  out: Collector,
): void {
  const F = 'ambiguities.json';
  checkIds(F, records, out, 'alias');
  checkSorted(F, records, 'alias', out);

  // Which entities claim each alias (normalised).
  const owners = new Map<string, Set<string>>();
  for (const e of entityRecords) {
    if (!isNonEmptyString(e.id) || !Array.isArray(e.aliases)) continue;
    for (const alias of e.aliases) {
      if (!isNonEmptyString(alias)) continue;
      const key = aliasKey(alias);
      const set = owners.get(key) ?? new Set<string>();
      set.add(e.id);
      owners.set(key, set);
    }
  }

  const declared = new Map<string, Rec>();
  records.forEach((rec, i) => {
    const name = recordName(rec, i, 'alias');
    checkFields(F, name, rec, ['alias', 'candidates', 'rule', 'fallback', 'note'], out);
    requireString(F, name, rec, 'note', out);
    if (isNonEmptyString(rec.alias)) declared.set(aliasKey(rec.alias), rec);
    const candidates = Array.isArray(rec.candidates) ? rec.candidates : undefined;
    // One candidate is a short form of one entity's name ("Harris", "Lankov"): meaningful only
    // with `last-named` and no fallback, which paints it where the page names the entity in full.
    // With a fallback, or rule `default`, it would be a plain alias painted on every page.
    const shortForm =
      candidates?.length === 1 && rec.rule === 'last-named' && rec.fallback === undefined;
    if (!candidates || (candidates.length < 2 && !shortForm)) {
      out.add(
        F,
        name,
        'candidates',
        'must list at least two entity ids, or one with rule "last-named" and no fallback (a short form painted only where the page names that entity in full)',
      );
    } else {
      const sorted = [...candidates].map(String).sort();
      if (sorted.join('\n') !== candidates.join('\n')) {
        out.add(F, name, 'candidates', 'must be sorted');
      }
      candidates.forEach((c, j) => {
        if (typeof c !== 'string' || !entities.has(c)) {
          out.add(F, name, `candidates[${j}]`, `unknown entity ${JSON.stringify(c)}`);
        }
      });
      if (isNonEmptyString(rec.alias)) {
        const have = owners.get(aliasKey(rec.alias)) ?? new Set<string>();
        const want = new Set(candidates.map(String));
        const same = have.size === want.size && [...have].every((id) => want.has(id));
        if (!same) {
          out.add(
            F,
            name,
            'candidates',
            `must equal the entities whose aliases include "${rec.alias}": ${[...have].sort().join(', ') || 'none'}`,
          );
        }
      }
    }
    if (rec.rule !== 'last-named' && rec.rule !== 'default') {
      out.add(F, name, 'rule', 'must be "last-named" or "default"');
    }
    if (rec.fallback !== undefined) {
      if (typeof rec.fallback !== 'string' || !candidates?.includes(rec.fallback)) {
        out.add(F, name, 'fallback', 'must be one of the candidates');
      }
    } else if (rec.rule === 'default') {
      out.add(F, name, 'fallback', 'the "default" rule needs a fallback entity');
    }
  });

  for (const [key, ids] of owners) {
    if (ids.size > 1 && !declared.has(key)) {
      const list = [...ids].sort();
      out.add(
        'entities.json',
        list[1] ?? '',
        'aliases',
        `alias "${key}" is shared with ${list[0]} but not declared in ambiguities.json`,
      );
    }
  }
}

function checkClaims(
  F: 'facts.json' | 'discrepancies.json',
  records: Rec[],
  entities: Set<string>,
  ctx: QuoteContext,
  positions: boolean,
): Set<string> {
  const { out } = ctx;
  checkIds(F, records, out);
  checkSorted(F, records, 'id', out);
  const ids = new Set<string>();
  records.forEach((rec, i) => {
    const name = recordName(rec, i);
    if (isNonEmptyString(rec.id)) ids.add(rec.id);
    checkFields(F, name, rec, ['id', 'entities', 'text', 'quotes'], out);
    checkEntityRefs(F, name, rec.entities, entities, out);
    checkOwnWords(F, name, rec.text, ctx);
    checkQuotes(F, name, rec.quotes, ctx, positions ? 'position' : undefined);
    if (positions && Array.isArray(rec.quotes)) {
      const sides = new Set(
        rec.quotes.map((q) => (isRecord(q) ? q.position : undefined)).filter(isNonEmptyString),
      );
      if (rec.quotes.length < 2 || sides.size < 2) {
        out.add(
          F,
          name,
          'quotes',
          'a discrepancy needs at least two quotes with different positions',
        );
      }
    }
  });
  return ids;
}

function checkEntityRefs(
  F: string,
  name: string,
  value: unknown,
  entities: Set<string>,
  out: Collector,
): void {
  if (!Array.isArray(value) || value.length === 0) {
    out.add(F, name, 'entities', 'must be a non-empty array of entity ids');
    return;
  }
  const seen = new Set<unknown>();
  value.forEach((id, j) => {
    if (typeof id !== 'string' || !entities.has(id)) {
      out.add(F, name, `entities[${j}]`, `unknown entity ${JSON.stringify(id)}`);
    }
    if (seen.has(id)) out.add(F, name, `entities[${j}]`, 'repeated');
    seen.add(id);
  });
}

function words(text: string): string[] {
  return aliasKey(text)
    .replace(/[^\p{L}\p{N}'-]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
}

/** Our texts are rewritten, not pasted: no run of COPIED_WORDS words may come from a report. */
function checkOwnWords(
  F: string,
  name: string,
  text: unknown,
  ctx: QuoteContext,
  field = 'text',
): void {
  if (!isNonEmptyString(text)) {
    ctx.out.add(F, name, field, 'must be a non-empty string');
    return;
  }
  const w = words(text);
  for (const source of ctx.sources.values()) {
    for (let i = 0; i + COPIED_WORDS <= w.length; i++) {
      const run = w.slice(i, i + COPIED_WORDS).join(' ');
      if (source.words.includes(` ${run} `)) {
        ctx.out.add(
          F,
          name,
          field,
          `copies "${run}…" from ${source.file}; write the claim in our own words`,
        );
        return;
      }
    }
  }
}

function checkQuotes(
  F: string,
  name: string,
  value: unknown,
  ctx: QuoteContext,
  positionField?: string,
): void {
  const { out, sources } = ctx;
  if (!Array.isArray(value) || value.length === 0) {
    out.add(F, name, 'quotes', 'must be a non-empty array of { source, quote }');
    return;
  }
  const perSource = new Set<string>();
  value.forEach((q, j) => {
    const base = `quotes[${j}]`;
    if (!isRecord(q)) {
      out.add(F, name, base, 'must be an object { source, quote }');
      return;
    }
    checkFields(F, name, q, ['source', 'quote', ...(positionField ? [positionField] : [])], out);
    if (positionField && !isNonEmptyString(q[positionField])) {
      out.add(F, name, `${base}.${positionField}`, 'must be a non-empty string');
    }
    const source = typeof q.source === 'string' ? sources.get(q.source) : undefined;
    if (!source) {
      out.add(F, name, `${base}.source`, `unknown source ${JSON.stringify(q.source)}`);
      return;
    }
    // One quote per report and claim keeps "which reports say this" a simple count.
    if (!positionField) {
      if (perSource.has(String(q.source))) {
        out.add(F, name, `${base}.source`, `second quote from ${String(q.source)}`);
      }
      perSource.add(String(q.source));
    }
    if (!isNonEmptyString(q.quote)) {
      out.add(F, name, `${base}.quote`, 'must be a non-empty string');
      return;
    }
    if (q.quote.length > MAX_QUOTE_LENGTH) {
      out.add(
        F,
        name,
        `${base}.quote`,
        `longer than ${MAX_QUOTE_LENGTH} characters; quote a clause`,
      );
    }
    let at = source.text.indexOf(q.quote);
    if (at < 0) {
      out.add(F, name, `${base}.quote`, `not found verbatim in ${source.file}`);
      return;
    }
    // The quote must be article content somewhere, not only an ad, footer or related link.
    let inContent = false;
    while (at >= 0 && !inContent) {
      const first = lineAt(source.lineStarts, at);
      const last = lineAt(source.lineStarts, at + q.quote.length - 1);
      inContent = true;
      for (let line = first; line <= last; line++) {
        if (source.nonContent.has(line)) inContent = false;
      }
      at = source.text.indexOf(q.quote, at + 1);
    }
    if (!inContent) {
      out.add(F, name, `${base}.quote`, `only found in lines marked non-content in ${source.file}`);
    }
  });
}

function checkTimeline(
  records: Rec[],
  entities: Set<string>,
  discrepancies: Set<string>,
  ctx: QuoteContext,
): void {
  const F = 'timeline.json';
  const { out } = ctx;
  checkIds(F, records, out);
  checkSorted(F, records, 'id', out);
  records.forEach((rec, i) => {
    const name = recordName(rec, i);
    checkFields(F, name, rec, ['id', 'date', 'entities', 'text', 'quotes', 'conflicts'], out);
    if (!isValidDate(rec.date, true)) {
      out.add(F, name, 'date', 'must be an ISO date YYYY-MM-DD or a month YYYY-MM');
    }
    checkEntityRefs(F, name, rec.entities, entities, out);
    checkOwnWords(F, name, rec.text, ctx);
    checkQuotes(F, name, rec.quotes, ctx);
    if (typeof rec.date === 'string' && Array.isArray(rec.quotes)) {
      rec.quotes.forEach((q, j) => {
        const wrong =
          isRecord(q) && typeof q.quote === 'string' && weekdayMismatch(String(rec.date), q.quote);
        if (wrong) out.add(F, name, 'date', `${wrong} (quotes[${j}])`);
      });
    }
    if (rec.conflicts !== undefined) {
      if (!Array.isArray(rec.conflicts) || rec.conflicts.length === 0) {
        out.add(F, name, 'conflicts', 'must be a non-empty array of discrepancy ids, or absent');
      } else {
        rec.conflicts.forEach((id, j) => {
          if (typeof id !== 'string' || !discrepancies.has(id)) {
            out.add(F, name, `conflicts[${j}]`, `unknown discrepancy ${JSON.stringify(id)}`);
          }
        });
      }
    }
  });
}

function checkSummaries(
  records: Rec[],
  entities: Set<string>,
  facts: Map<string, unknown>,
  ctx: QuoteContext,
): void {
  const F = 'summaries.json';
  const { out } = ctx;
  checkIds(F, records, out, 'entity');
  checkSorted(F, records, 'entity', out);
  const summarised = new Set<string>();
  records.forEach((rec, i) => {
    const name = recordName(rec, i, 'entity');
    checkFields(F, name, rec, ['entity', 'sentences'], out);
    if (typeof rec.entity === 'string') {
      if (entities.has(rec.entity)) summarised.add(rec.entity);
      else out.add(F, name, 'entity', `unknown entity ${JSON.stringify(rec.entity)}`);
    }
    if (!Array.isArray(rec.sentences) || rec.sentences.length < 1 || rec.sentences.length > 3) {
      out.add(F, name, 'sentences', 'must hold one to three sentences');
      return;
    }
    let grounded = false;
    rec.sentences.forEach((s, j) => {
      const base = `sentences[${j}]`;
      if (!isRecord(s)) {
        out.add(F, name, base, 'must be an object { text, facts }');
        return;
      }
      checkFields(F, name, s, ['text', 'facts'], out);
      checkOwnWords(F, name, s.text, ctx, `${base}.text`);
      if (!Array.isArray(s.facts) || s.facts.length === 0) {
        out.add(F, name, `${base}.facts`, 'must list the facts the sentence rests on');
        return;
      }
      s.facts.forEach((id, k) => {
        if (typeof id !== 'string' || !facts.has(id)) {
          out.add(F, name, `${base}.facts[${k}]`, `unknown fact ${JSON.stringify(id)}`);
          return;
        }
        const named = facts.get(id);
        if (Array.isArray(named) && named.includes(rec.entity)) grounded = true;
      });
    });
    if (!grounded && typeof rec.entity === 'string' && entities.has(rec.entity)) {
      out.add(F, name, 'sentences', 'no cited fact names this entity');
    }
  });
  for (const id of entities) {
    if (!summarised.has(id)) out.add(F, id, 'entity', 'entity has no summary');
  }
}

/** One error as a line: `facts.json: record "x", field quotes[1].quote: not found …`. */
export function formatKbError(e: KbError): string {
  return `${e.file}: record "${e.record}", field ${e.field}: ${e.message}`;
}

/** All errors, one per line, under a headline with the count. */
export function formatKbErrors(errors: readonly KbError[]): string {
  const head = `Knowledge base: ${errors.length} error${errors.length === 1 ? '' : 's'}`;
  return [head, ...errors.map((e) => `  ${formatKbError(e)}`)].join('\n');
}

/**
 * Reads `assets/knowledge/*.json` and `assets/reports/*.txt` under `rootDir` and validates them.
 * Unparseable JSON is reported as an error of its file, not thrown.
 */
export function validateKnowledgeBaseDir(rootDir: string): KbError[] {
  const files: Record<string, unknown> = {};
  const raw: Record<string, string> = {};
  const errors: KbError[] = [];
  for (const file of KB_FILES) {
    const full = path.join(rootDir, KB_DIR, file);
    if (!fs.existsSync(full)) continue;
    const text = fs.readFileSync(full, 'utf8');
    try {
      files[file] = JSON.parse(text);
      raw[file] = text;
    } catch (err) {
      errors.push({
        file,
        record: '(file)',
        field: '(file)',
        message: `invalid JSON: ${(err as Error).message}`,
      });
      files[file] = [];
    }
  }
  const reports: Record<string, string> = {};
  const reportDir = path.join(rootDir, REPORTS_DIR);
  if (fs.existsSync(reportDir)) {
    for (const name of fs.readdirSync(reportDir).sort()) {
      if (name.endsWith('.txt')) {
        reports[`${REPORTS_DIR}/${name}`] = fs.readFileSync(path.join(reportDir, name), 'utf8');
      }
    }
  }
  return [...errors, ...validateKnowledgeBase(files, reports, raw)];
}

/**
 * Throws an Error listing every problem when the knowledge base under `rootDir` is invalid.
 * The `build:before` hook in `wxt.config.ts` calls this so that a broken file stops the build.
 */
export function assertKnowledgeBase(rootDir: string): void {
  const errors = validateKnowledgeBaseDir(rootDir);
  if (errors.length > 0) throw new Error(formatKbErrors(errors));
}
