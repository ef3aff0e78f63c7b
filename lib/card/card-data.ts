import { groupByPosition } from '../knowledge/group-by-position';
import type { Category, Discrepancy, Fact, KnowledgeBase, Quote, Source } from '../knowledge/types';

/** A report as a chip shows it: short label for the chip, outlet for its accessible name. */
export type SourceRef = { id: string; short: string; outlet: string };

/** A verbatim quote with the report it comes from. */
export type CardQuote = { source: SourceRef; quote: string };

/** One key fact: our sentence, the reports that state it, their verbatim quotes. */
export type CardFact = {
  id: string;
  text: string;
  sources: SourceRef[];
  quotes: CardQuote[];
  /** Reports that do not state this fact. */
  silent: SourceRef[];
};

/** One sentence of the summary with the reports its facts rest on. */
export type CardSummarySentence = { text: string; sources: SourceRef[] };

/** One side of a disagreement. */
export type CardPosition = { position: string; sources: SourceRef[]; quotes: CardQuote[] };

/** A point where the reports disagree, with every side and the reports that say nothing. */
export type CardDiscrepancy = {
  id: string;
  text: string;
  positions: CardPosition[];
  silent: SourceRef[];
};

/** An entity that shares facts with the card's entity. */
export type CardRelated = { id: string; name: string; category: Category; shared: number };

/** Everything the card shows for one entity; plain data, so it crosses `runtime.sendMessage`. */
export type CardData = {
  entity: { id: string; name: string; category: Category; role: string };
  /** How many reports there are in all (the "of 5" in "3 of 5"). */
  totalSources: number;
  summary: CardSummarySentence[];
  facts: CardFact[];
  discrepancies: CardDiscrepancy[];
  related: CardRelated[];
  /** The summary with its citations as plain text, for "Copy with citations". */
  plainText: string;
};

/** Most related entities a card lists. */
const MAX_RELATED = 6;

/**
 * Builds the card's view model for `entityId` from the knowledge base, or `undefined` for an
 * unknown id. Pure: every sentence it returns is one the knowledge base already traces to
 * verbatim quotes, and sources are always listed in the knowledge base's report order.
 */
export function buildCardData(kb: KnowledgeBase, entityId: string): CardData | undefined {
  const entity = kb.entities.find((e) => e.id === entityId);
  if (!entity) return undefined;
  const refs = new Map(kb.sources.map((s) => [s.id, toRef(s)]));
  const order = new Map(kb.sources.map((s, i) => [s.id, i]));
  const factsById = new Map(kb.facts.map((f) => [f.id, f]));

  const sourcesOf = (quotes: readonly Quote[]): SourceRef[] =>
    [...new Set(quotes.map((q) => q.source))]
      .filter((id) => refs.has(id))
      .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
      .map((id) => refs.get(id) as SourceRef);
  const silentBesides = (present: readonly SourceRef[]): SourceRef[] => {
    const ids = new Set(present.map((s) => s.id));
    return kb.sources.filter((s) => !ids.has(s.id)).map((s) => refs.get(s.id) as SourceRef);
  };
  const quotesOf = (quotes: readonly Quote[]): CardQuote[] =>
    quotes
      .filter((q) => refs.has(q.source))
      .map((q) => ({ source: refs.get(q.source) as SourceRef, quote: q.quote }))
      .sort((a, b) => (order.get(a.source.id) ?? 0) - (order.get(b.source.id) ?? 0));

  const ownFacts = kb.facts.filter((f) => f.entities.includes(entityId));
  const facts: CardFact[] = ownFacts
    .map((fact, index) => ({ fact, index }))
    // Best-attested first; the knowledge base's own order breaks ties, so the card is stable.
    .sort((a, b) => sourceCount(b.fact) - sourceCount(a.fact) || a.index - b.index)
    .map(({ fact }) => {
      const sources = sourcesOf(fact.quotes);
      return {
        id: fact.id,
        text: fact.text,
        sources,
        quotes: quotesOf(fact.quotes),
        silent: silentBesides(sources),
      };
    });

  const summary: CardSummarySentence[] = (
    kb.summaries.find((s) => s.entity === entityId)?.sentences ?? []
  ).map((sentence) => ({
    text: sentence.text,
    sources: sourcesOf(sentence.facts.flatMap((id) => factsById.get(id)?.quotes ?? [])),
  }));

  const ownDiscrepancies = kb.discrepancies.filter((d) => d.entities.includes(entityId));
  const discrepancies = ownDiscrepancies.map((d) =>
    toCardDiscrepancy(d, sourcesOf, quotesOf, silentBesides),
  );

  const card: Omit<CardData, 'plainText'> = {
    entity: { id: entity.id, name: entity.name, category: entity.category, role: entity.role },
    totalSources: kb.sources.length,
    summary,
    facts,
    discrepancies,
    related: relatedEntities(kb, entityId, ownFacts, ownDiscrepancies),
  };
  return { ...card, plainText: plainText(card, kb.sources) };
}

function toRef(source: Source): SourceRef {
  return { id: source.id, short: source.short, outlet: source.outlet };
}

function sourceCount(fact: Fact): number {
  return new Set(fact.quotes.map((q) => q.source)).size;
}

function toCardDiscrepancy(
  d: Discrepancy,
  sourcesOf: (quotes: readonly Quote[]) => SourceRef[],
  quotesOf: (quotes: readonly Quote[]) => CardQuote[],
  silentBesides: (present: readonly SourceRef[]) => SourceRef[],
): CardDiscrepancy {
  // Positions in the order they first appear, each with every quote that takes it.
  const positions = groupByPosition(d.quotes).map(({ position, quotes }) => ({
    position,
    sources: sourcesOf(quotes),
    quotes: quotesOf(quotes),
  }));
  return {
    id: d.id,
    text: d.text,
    positions,
    silent: silentBesides(sourcesOf(d.quotes)),
  };
}

/** Entities named in the same facts or discrepancies, most shared first. */
function relatedEntities(
  kb: KnowledgeBase,
  entityId: string,
  facts: readonly Fact[],
  discrepancies: readonly Discrepancy[],
): CardRelated[] {
  const shared = new Map<string, number>();
  for (const item of [...facts, ...discrepancies]) {
    for (const other of new Set(item.entities)) {
      if (other !== entityId) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
  }
  const entities = new Map(kb.entities.map((e, i) => [e.id, { entity: e, index: i }]));
  return [...shared]
    .filter(([id]) => entities.has(id))
    .sort(
      ([a, na], [b, nb]) =>
        nb - na || (entities.get(a)?.index ?? 0) - (entities.get(b)?.index ?? 0),
    )
    .slice(0, MAX_RELATED)
    .map(([id, count]) => {
      const { entity } = entities.get(id) as { entity: KnowledgeBase['entities'][number] };
      return { id, name: entity.name, category: entity.category, shared: count };
    });
}

/**
 * The card as plain text for the clipboard: summary sentences each followed by its report
 * citations, then the key facts, then where the reports differ, then the reports cited in full.
 */
function plainText(card: Omit<CardData, 'plainText'>, sources: readonly Source[]): string {
  const cite = (sources: readonly SourceRef[]) =>
    sources.length ? ` [${sources.map((s) => s.short).join('; ')}]` : '';
  const lines = [`${card.entity.name} (${card.entity.category}): ${card.entity.role}`, ''];
  if (card.summary.length) {
    lines.push(card.summary.map((s) => `${s.text}${cite(s.sources)}`).join(' '), '');
  }
  if (card.facts.length) {
    lines.push('Key facts:');
    for (const fact of card.facts) {
      lines.push(`- ${fact.text}${cite(fact.sources)}`);
      for (const q of fact.quotes) lines.push(`    "${q.quote}" (${q.source.short})`);
    }
    lines.push('');
  }
  if (card.discrepancies.length) {
    lines.push('Sources differ:');
    for (const d of card.discrepancies) {
      lines.push(`- ${d.text}`);
      for (const p of d.positions) lines.push(`    ${p.position}${cite(p.sources)}`);
      if (d.silent.length) lines.push(`    Silent: ${d.silent.map((s) => s.short).join('; ')}`);
    }
    lines.push('');
  }
  const cited = new Set(
    [
      ...card.summary.flatMap((x) => x.sources),
      ...card.facts.flatMap((x) => x.sources),
      ...card.discrepancies.flatMap((d) => d.positions.flatMap((p) => p.sources)),
    ].map((s) => s.id),
  );
  const listed = sources.filter((s) => cited.has(s.id));
  if (listed.length) {
    lines.push('Sources:');
    for (const s of listed) lines.push(`[${s.short}] ${s.outlet}, "${s.headline}", ${s.date}`);
  }
  return lines.join('\n').trimEnd();
}
