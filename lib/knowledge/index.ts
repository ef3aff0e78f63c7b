import discrepanciesJson from '../../assets/knowledge/discrepancies.json';
import factsJson from '../../assets/knowledge/facts.json';
import sourcesJson from '../../assets/knowledge/sources.json';
import summariesJson from '../../assets/knowledge/summaries.json';
import timelineJson from '../../assets/knowledge/timeline.json';
import { ambiguities, entities } from './core';
import type { Discrepancy, Fact, KnowledgeBase, Source, Summary, TimelineEntry } from './types';

export { ambiguities, entities, entityById } from './core';

/**
 * The whole knowledge base, typed. The JSON is checked by `validateKnowledgeBase` at build
 * time (the `build:before` hook in `wxt.config.ts`) and in the unit tests, so these casts only
 * restate what the validator proves.
 */
export const kb: KnowledgeBase = {
  sources: sourcesJson as Source[],
  entities: [...entities],
  ambiguities: [...ambiguities],
  facts: factsJson as Fact[],
  discrepancies: discrepanciesJson as Discrepancy[],
  timeline: timelineJson as TimelineEntry[],
  summaries: summariesJson as Summary[],
};

/** Sources by id. */
export const sourceById: ReadonlyMap<string, Source> = new Map(kb.sources.map((s) => [s.id, s]));

/** Facts by id. */
export const factById: ReadonlyMap<string, Fact> = new Map(kb.facts.map((f) => [f.id, f]));

/** Facts that name each entity, in file order (by fact id). */
export const factsByEntity: ReadonlyMap<string, readonly Fact[]> = groupBy(kb.facts);

/** Discrepancies that involve each entity. */
export const discrepanciesByEntity: ReadonlyMap<string, readonly Discrepancy[]> = groupBy(
  kb.discrepancies,
);

/** Timeline entries that involve each entity, sorted by date. */
export const timelineByEntity: ReadonlyMap<string, readonly TimelineEntry[]> = groupBy(
  [...kb.timeline].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
);

/** Each entity's consolidated summary. */
export const summaryByEntity: ReadonlyMap<string, Summary> = new Map(
  kb.summaries.map((s) => [s.entity, s]),
);

function groupBy<T extends { entities: string[] }>(records: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const record of records) {
    for (const id of record.entities) {
      const list = map.get(id);
      if (list) list.push(record);
      else map.set(id, [record]);
    }
  }
  return map;
}
