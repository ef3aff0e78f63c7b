import type { SourceRef } from '../lib/card/card-data';

type SourceChipsProps = {
  sources: readonly SourceRef[];
  /** How many reports there are in all, for the "3 of 5" count. */
  total: number;
};

/** The reports that state something, as outlet chips and an "n of total" count. */
export function SourceChips({ sources, total }: SourceChipsProps) {
  return (
    <span class="sl-chips">
      <span class="sl-sr">Reported by </span>
      {sources.map((source) => (
        <span key={source.id} class="sl-chip" title={source.outlet}>
          {source.short}
        </span>
      ))}
      <span class="sl-count">
        {sources.length} of {total}
      </span>
    </span>
  );
}
