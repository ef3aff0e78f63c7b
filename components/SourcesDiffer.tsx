import type { CardDiscrepancy } from '../lib/card/card-data';
import { PositionList } from './PositionList';
import { SilentReports } from './SilentReports';

type SourcesDifferProps = {
  discrepancies: readonly CardDiscrepancy[];
  total: number;
  /** Id for the section heading, unique in the document or shadow root. */
  headingId: string;
};

/** Where the reports disagree: every position with its reports and quotes, and who is silent. */
export function SourcesDiffer({ discrepancies, total, headingId }: SourcesDifferProps) {
  if (discrepancies.length === 0) return null;
  return (
    <section class="sl-differ" aria-labelledby={headingId}>
      <h3 id={headingId} class="sl-section-title">
        Sources differ
      </h3>
      <ul class="sl-differ-list">
        {discrepancies.map((d) => (
          <li key={d.id} class="sl-differ-item">
            <p class="sl-differ-text">{d.text}</p>
            <PositionList positions={d.positions} total={total} />
            <SilentReports sources={d.silent} />
          </li>
        ))}
      </ul>
    </section>
  );
}
