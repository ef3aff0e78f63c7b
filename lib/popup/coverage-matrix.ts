import { CATEGORIES, type Category, type KnowledgeBase, type Source } from '../knowledge/types';

/** One row of the coverage matrix: how many facts about the entity each report quotes. */
export type CoverageRow = {
  entity: string;
  name: string;
  category: Category;
  /** Facts quoted per report, in `sources` order; 0 means the report is silent on it. */
  counts: number[];
  /** How many reports quote at least one fact about the entity. */
  reports: number;
};

/** The whole story's entities × reports. */
export type CoverageMatrix = { sources: Source[]; rows: CoverageRow[] };

/**
 * Counts, for each entity and report, the facts about the entity the report quotes. Rows follow
 * the category order, then the number of reports covering the entity, then the name, so the
 * widely reported entities of each category lead. Entities no report covers are left out.
 */
export function coverageMatrix(
  kb: Pick<KnowledgeBase, 'sources' | 'entities' | 'facts'>,
): CoverageMatrix {
  const column = new Map(kb.sources.map((s, i) => [s.id, i]));
  const counts = new Map<string, number[]>();
  for (const fact of kb.facts) {
    const quoting = new Set(fact.quotes.map((q) => q.source));
    for (const entity of fact.entities) {
      let row = counts.get(entity);
      if (!row) {
        row = kb.sources.map(() => 0);
        counts.set(entity, row);
      }
      for (const source of quoting) {
        const i = column.get(source);
        if (i !== undefined) row[i] = (row[i] ?? 0) + 1;
      }
    }
  }
  const rows: CoverageRow[] = [];
  for (const entity of kb.entities) {
    const row = counts.get(entity.id);
    if (!row || row.every((n) => n === 0)) continue;
    rows.push({
      entity: entity.id,
      name: entity.name,
      category: entity.category,
      counts: row,
      reports: row.filter((n) => n > 0).length,
    });
  }
  rows.sort(
    (a, b) =>
      CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) ||
      b.reports - a.reports ||
      a.name.localeCompare(b.name),
  );
  return { sources: kb.sources, rows };
}
