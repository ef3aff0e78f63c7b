import { useState } from 'preact/hooks';
import type { CardData } from '../lib/card/card-data';
import { FactItem } from './FactItem';
import { RelatedList } from './RelatedList';
import { SourceChips } from './SourceChips';
import { SourcesDiffer } from './SourcesDiffer';

/** An entity the card could also mean, for an ambiguous mention such as "Kim". */
export type CardAlternative = { id: string; name: string };

type EntityCardProps = {
  card: CardData;
  /** Prefix for ids inside the card (heading ids), unique in the document or shadow root. */
  idPrefix: string;
  /** Other entities an ambiguous mention could mean. */
  alternatives?: readonly CardAlternative[];
  /** Key facts shown before "Show all". */
  factLimit?: number;
  /** What the last "Copy with citations" did, announced in the card. */
  copyStatus?: 'idle' | 'copied' | 'failed';
  onSelectEntity?: (entity: string) => void;
  onCompare?: (entity: string) => void;
  onCopy?: (text: string) => void;
};

const CATEGORY_LABELS = {
  person: 'Person',
  place: 'Place',
  organization: 'Organization',
  event: 'Event',
  military: 'Military',
  policy: 'Policy',
} as const;

/** What the five reports say about one entity: summary, key facts, disagreements, related. */
export function EntityCard({
  card,
  idPrefix,
  alternatives = [],
  factLimit = 4,
  copyStatus = 'idle',
  onSelectEntity,
  onCompare,
  onCopy,
}: EntityCardProps) {
  const [showAll, setShowAll] = useState(false);
  const { entity, facts, summary, totalSources } = card;
  const shownFacts = showAll ? facts : facts.slice(0, factLimit);
  return (
    <article class={`sl-entity sl-cat-${entity.category}`}>
      <header class="sl-head">
        <h2 id={`${idPrefix}-name`} class="sl-name">
          {entity.name}
        </h2>
        <p class="sl-meta">
          <span class="sl-category">{CATEGORY_LABELS[entity.category]}</span>
          <span class="sl-role">{entity.role}</span>
        </p>
      </header>

      {alternatives.length > 0 && (
        <p class="sl-alternatives">
          This mention could also mean:{' '}
          {alternatives.map((alt, i) => (
            <span key={alt.id}>
              {i > 0 ? ', ' : ''}
              <button type="button" class="sl-link" onClick={() => onSelectEntity?.(alt.id)}>
                {alt.name}
              </button>
            </span>
          ))}
        </p>
      )}

      {summary.length > 0 ? (
        <div class="sl-summary" id={`${idPrefix}-summary`}>
          {summary.map((sentence, i) => (
            <p key={i} class="sl-summary-sentence">
              {sentence.text} <SourceChips sources={sentence.sources} total={totalSources} />
            </p>
          ))}
        </div>
      ) : (
        facts.length === 0 &&
        card.discrepancies.length === 0 && (
          <p class="sl-summary sl-empty" id={`${idPrefix}-summary`}>
            The reports name {entity.name} but say nothing more about them.
          </p>
        )
      )}

      {facts.length > 0 && (
        <section class="sl-facts" aria-labelledby={`${idPrefix}-facts`}>
          <h3 id={`${idPrefix}-facts`} class="sl-section-title">
            Key facts
          </h3>
          <ul class="sl-fact-list">
            {shownFacts.map((fact) => (
              <FactItem key={fact.id} fact={fact} total={totalSources} />
            ))}
          </ul>
          {facts.length > shownFacts.length && (
            <button type="button" class="sl-link" onClick={() => setShowAll(true)}>
              Show all {facts.length} facts
            </button>
          )}
        </section>
      )}

      <SourcesDiffer
        discrepancies={card.discrepancies}
        total={totalSources}
        headingId={`${idPrefix}-differ`}
      />
      <RelatedList
        related={card.related}
        headingId={`${idPrefix}-related`}
        onSelect={onSelectEntity}
      />

      <footer class="sl-actions">
        {onCompare && (
          <button type="button" class="sl-button" onClick={() => onCompare(entity.id)}>
            Compare sources
          </button>
        )}
        {onCopy && (
          <button type="button" class="sl-button" onClick={() => onCopy(card.plainText)}>
            Copy with citations
          </button>
        )}
        <span class="sl-copy-status" role="status">
          {copyStatus === 'copied'
            ? 'Copied with citations'
            : copyStatus === 'failed'
              ? 'Could not copy to the clipboard'
              : ''}
        </span>
      </footer>
    </article>
  );
}
