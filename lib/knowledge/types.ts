/**
 * Types of the knowledge base in `assets/knowledge/`. Tools outside the extension read these
 * file and field names, so the required fields keep their names; extra fields are ours.
 */

/** The six highlight categories, in the order the UI lists them. */
export const CATEGORIES = [
  'person',
  'place',
  'organization',
  'event',
  'military',
  'policy',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** A verbatim quote: `quote` is an exact substring of the report `source` (a `Source.id`). */
export type Quote = { source: string; quote: string };

/** One of the five reports (`sources.json`). */
export type Source = {
  id: string;
  /** The report's path in the repo, e.g. `assets/reports/001_dc193595e359f47e.txt`. */
  file: string;
  /** Outlet as the text itself reveals it (agency, newspaper, byline). */
  outlet: string;
  /** Short chip label, e.g. "AP", "Korea Herald". */
  short: string;
  headline: string;
  /** ISO date (`2023-09-11`) as the text states or implies it. */
  date: string;
  /** How the date was found: the text states it, or it is inferred from a weekday. */
  dateBasis: 'stated' | 'inferred';
  /** Verbatim evidence for the date, e.g. "This Article is From Sep 11, 2023". */
  dateEvidence: string;
  byline?: string;
  /** 1-based line numbers that are not article content: ads, "Related stories", footers. */
  nonContentLines: number[];
};

/** How a short form shared by several entities is resolved on a page. */
export type AmbiguityRule =
  /** The candidate whose full name was matched last before the mention; none → `fallback`. */
  | 'last-named'
  /** Always the `fallback` candidate; the card offers the others. */
  | 'default';

/**
 * A short form that more than one entity claims ("Kim"), or a short form of one entity's name
 * that counts only where the page names the entity in full ("Harris": one candidate, rule
 * `last-named`, no fallback) (`ambiguities.json`).
 */
export type Ambiguity = {
  alias: string;
  candidates: string[];
  rule: AmbiguityRule;
  /** Entity to use when the rule finds nothing; absent → the mention is not highlighted. */
  fallback?: string;
  /** Why the rule is what it is, for maintainers. */
  note: string;
};

/** One entity (`entities.json`). */
export type Entity = {
  id: string;
  name: string;
  category: Category;
  /** One line, as the reports state it. */
  role: string;
  /** Every surface form; possessives and case endings are the matcher's job. */
  aliases: string[];
  /**
   * Generic topics ("sanctions", "satellites") are highlighted only on pages that also name a
   * core entity of the story, so an unrelated page about Sudan's sanctions stays unpainted.
   */
  needsContext?: boolean;
  /** Central to the story (Kim Jong Un, Putin, Vladivostok…): naming one sets the context. */
  core?: boolean;
};

/** One atomic claim in our own words, with a verbatim quote per report that states it. */
export type Fact = {
  id: string;
  entities: string[];
  text: string;
  quotes: Quote[];
};

/** A quote in a discrepancy, with the position it supports (our short wording). */
export type PositionQuote = Quote & { position: string };

/** A point where reports differ in numbers, dates, framing or fact (`discrepancies.json`). */
export type Discrepancy = {
  id: string;
  entities: string[];
  text: string;
  quotes: PositionQuote[];
};

/** A dated event (`timeline.json`). */
export type TimelineEntry = {
  id: string;
  /** ISO date `2023-09-12`, or a month `2023-07` where the reports give no day. */
  date: string;
  entities: string[];
  text: string;
  quotes: Quote[];
  /** Discrepancy ids that put this event on another date. */
  conflicts?: string[];
};

/** One sentence of an entity's consolidated summary, with the facts it rests on. */
export type SummarySentence = { text: string; facts: string[] };

/** `summaries.json`: a one-to-three-sentence summary per entity. */
export type Summary = { entity: string; sentences: SummarySentence[] };

export type KnowledgeBase = {
  sources: Source[];
  entities: Entity[];
  ambiguities: Ambiguity[];
  facts: Fact[];
  discrepancies: Discrepancy[];
  timeline: TimelineEntry[];
  summaries: Summary[];
};
