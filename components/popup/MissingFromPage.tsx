import type { CoverageRow } from '../../lib/popup/coverage-matrix';
import { CategorySwatch } from './CategorySwatch';

type MissingFromPageProps = {
  rows: CoverageRow[];
  /** How many reports there are, for "n of N". */
  of: number;
  onSelect(entity: string): void;
};

/** What the reports cover that this page doesn't mention, most widely reported first. */
export function MissingFromPage({ rows, of, onSelect }: MissingFromPageProps) {
  if (rows.length === 0) {
    return <p class="muted">This page mentions everything the reports cover.</p>;
  }
  return (
    <ul class="missing">
      {rows.map((row) => (
        <li key={row.entity}>
          <button type="button" class="link" onClick={() => onSelect(row.entity)}>
            <CategorySwatch category={row.category} /> {row.name}
          </button>{' '}
          <span class="muted">
            in {row.reports} of {of} reports
          </span>
        </li>
      ))}
    </ul>
  );
}
