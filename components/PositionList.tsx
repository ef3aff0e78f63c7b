import type { CardPosition } from '../lib/card/card-data';
import { QuoteList } from './QuoteList';
import { SourceChips } from './SourceChips';

type PositionListProps = { positions: readonly CardPosition[]; total: number };

/** The sides of a disagreement: each position with the reports that take it and their quotes. */
export function PositionList({ positions, total }: PositionListProps) {
  return (
    <ul class="sl-positions">
      {positions.map((p) => (
        <li key={p.position} class="sl-position">
          <span class="sl-position-text">{p.position}</span>{' '}
          <SourceChips sources={p.sources} total={total} />
          <QuoteList quotes={p.quotes} />
        </li>
      ))}
    </ul>
  );
}
