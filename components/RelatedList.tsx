import type { CardRelated } from '../lib/card/card-data';

type RelatedListProps = {
  related: readonly CardRelated[];
  /** Id for the section heading, unique in the document or shadow root. */
  headingId: string;
  /** Opens the card of a related entity; without it the names are plain text. */
  onSelect?: (entity: string) => void;
};

/** Entities that share facts with this one. */
export function RelatedList({ related, headingId, onSelect }: RelatedListProps) {
  if (related.length === 0) return null;
  return (
    <section class="sl-related" aria-labelledby={headingId}>
      <h3 id={headingId} class="sl-section-title">
        Related
      </h3>
      <ul class="sl-related-list">
        {related.map((r) => (
          <li key={r.id} class={`sl-related-item sl-cat-${r.category}`}>
            {onSelect ? (
              <button type="button" class="sl-link" onClick={() => onSelect(r.id)}>
                {r.name}
              </button>
            ) : (
              r.name
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
