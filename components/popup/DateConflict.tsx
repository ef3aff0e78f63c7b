import type { Disagreement } from '../../lib/popup/compare-model';
import { QuoteList } from '../QuoteList';
import { SilentReports } from '../SilentReports';
import { SourceChips } from '../SourceChips';

type DateConflictProps = { conflict: Disagreement; total: number };

/**
 * A disputed date on the timeline: each position with its reports and quotes, then the silent.
 * Not the shared `SourcesDiffer`: that is a named region, and a timeline with several disputes
 * would repeat the same landmark name ("Sources differ") for each one.
 */
export function DateConflict({ conflict, total }: DateConflictProps) {
  return (
    <div class="sl-differ">
      <p class="sl-differ-text">
        <strong class="flag">Dates differ:</strong> {conflict.text}
      </p>
      <ul class="sl-positions">
        {conflict.positions.map((p) => (
          <li key={p.position} class="sl-position">
            <span class="sl-position-text">{p.position}</span>{' '}
            <SourceChips sources={p.sources} total={total} />
            <QuoteList quotes={p.quotes} />
          </li>
        ))}
      </ul>
      <SilentReports sources={conflict.silent} />
    </div>
  );
}
