import type { CoverageRow } from '../../lib/popup/coverage-matrix';
import { CategorySwatch } from './CategorySwatch';

type MissingFromPageProps = {
  /** Undefined until the page answers, or when it can't be read (`unreadable`). */
  rows: CoverageRow[] | undefined;
  unreadable: boolean;
  /** How many reports there are, for "n of N". */
  of: number;
  onSelect(entity: string): void;
};

/**
 * What the reports cover that this page doesn't mention, most widely reported first. The box
 * keeps its height from the first frame, so the coverage matrix below never moves when the
 * page's answer arrives.
 */
export function MissingFromPage({ rows, unreadable, of, onSelect }: MissingFromPageProps) {
  if (!rows) {
    return (
      <p class="missing-box muted">
        {unreadable
          ? 'This page can’t be read, so there is nothing to compare it with.'
          : 'Reading this page…'}
      </p>
    );
  }
  if (rows.length === 0) {
    return <p class="missing-box muted">This page mentions everything the reports cover.</p>;
  }
  return (
    <ul class="missing missing-box">
      {rows.map((row) => (
        <li key={row.entity}>
          <button type="button" class="link" title={row.name} onClick={() => onSelect(row.entity)}>
            <CategorySwatch category={row.category} /> {row.name}
          </button>{' '}
          <span class="muted">
            {row.reports} of {of}
            <span class="sr-only"> reports</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
