import type { PageSummary } from '../messages';
import type { CoverageRow } from './coverage-matrix';

/**
 * What the reports cover that this page doesn't mention: covered entities absent from the page
 * summary, the most widely reported first. Generic topics (`needsContext`) are kept: a page on
 * the summit that never mentions sanctions is worth knowing about.
 */
export function missingFromPage(
  rows: CoverageRow[],
  pageEntities: PageSummary['entities'],
  limit = 12,
): CoverageRow[] {
  const onPage = new Set(pageEntities.filter((e) => e.count > 0).map((e) => e.entity));
  return rows
    .filter((row) => !onPage.has(row.entity) && row.reports > 0)
    .sort((a, b) => b.reports - a.reports || sum(b.counts) - sum(a.counts))
    .slice(0, limit);
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
