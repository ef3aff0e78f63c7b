import { groupByPosition } from '../knowledge/group-by-position';
import type { Entity, KnowledgeBase, Source } from '../knowledge/types';

/** A verbatim quote shown under a report, with the claim (in our words) it supports. */
export type ComparedQuote = { fact: string; claim: string; quote: string };

/** What one report says about the selected entity; `silent` when it says nothing. */
export type ReportColumn = { source: Source; quotes: ComparedQuote[]; silent: boolean };

/** One position in a disagreement, with the reports that take it and their words. */
export type DisagreementPosition = {
  position: string;
  /** The reports taking this position, each once, in order of first quote. */
  sources: Source[];
  quotes: { source: Source; quote: string }[];
};

/** A point where the reports differ; `silent` lists the reports that take no position. */
export type Disagreement = {
  id: string;
  text: string;
  positions: DisagreementPosition[];
  silent: Source[];
};

/** Everything the Compare view shows for one entity. */
export type CompareModel = {
  entity: Entity;
  columns: ReportColumn[];
  disagreements: Disagreement[];
  /** How many of the reports say anything about the entity. */
  speaking: number;
};

/**
 * Builds the five-report comparison for `entityId`: per report (in `kb.sources` order) every
 * verbatim quote of a fact about the entity, reports without one marked silent, and every
 * discrepancy about the entity with the reports on each side. Undefined for an unknown id.
 */
export function compareModel(
  kb: Pick<KnowledgeBase, 'sources' | 'entities' | 'facts' | 'discrepancies'>,
  entityId: string,
): CompareModel | undefined {
  const entity = kb.entities.find((e) => e.id === entityId);
  if (!entity) return undefined;
  const facts = kb.facts.filter((f) => f.entities.includes(entityId));
  const columns = kb.sources.map((source) => {
    const quotes: ComparedQuote[] = [];
    for (const fact of facts) {
      for (const q of fact.quotes) {
        if (q.source === source.id)
          quotes.push({ fact: fact.id, claim: fact.text, quote: q.quote });
      }
    }
    return { source, quotes, silent: quotes.length === 0 };
  });
  const disagreements = kb.discrepancies
    .filter((d) => d.entities.includes(entityId))
    .map((d) => resolveDisagreement(kb.sources, d));
  return {
    entity,
    columns,
    disagreements,
    speaking: columns.filter((c) => !c.silent).length,
  };
}

/** Groups a discrepancy's quotes by position, in order of first appearance, and names the silent. */
export function resolveDisagreement(
  sources: Source[],
  d: KnowledgeBase['discrepancies'][number],
): Disagreement {
  const bySource = new Map(sources.map((s) => [s.id, s]));
  // Only quotes from known reports take a side, so a position is placed by its first such quote.
  const known = d.quotes.filter((q) => bySource.has(q.source));
  const positions = groupByPosition(known).map(({ position, quotes }): DisagreementPosition => {
    const resolved = quotes.map((q) => ({
      source: bySource.get(q.source) as Source,
      quote: q.quote,
    }));
    return { position, sources: [...new Set(resolved.map((q) => q.source))], quotes: resolved };
  });
  const speaking = new Set(d.quotes.map((q) => q.source));
  return {
    id: d.id,
    text: d.text,
    positions,
    silent: sources.filter((s) => !speaking.has(s.id)),
  };
}
