import type { Disagreement } from '../../lib/popup/compare-model';
import { PositionList } from '../PositionList';
import { SilentReports } from '../SilentReports';

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
      <PositionList positions={conflict.positions} total={total} />
      <SilentReports sources={conflict.silent} />
    </div>
  );
}
