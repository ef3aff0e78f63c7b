import type { CoverageMatrix as CoverageMatrixModel } from '../../lib/popup/coverage-matrix';
import { CategorySwatch } from './CategorySwatch';

type CoverageMatrixProps = {
  matrix: CoverageMatrixModel;
  onSelect(entity: string): void;
  /** The entity being compared, marked in the table. */
  selected?: string;
};

/** Entities × reports for the whole story: how many facts each report gives, or silence. */
export function CoverageMatrix({ matrix, onSelect, selected }: CoverageMatrixProps) {
  return (
    <div class="matrix-wrap">
      <table class="matrix">
        <caption>Facts each report gives per entity (— means silent)</caption>
        <thead>
          <tr>
            <th scope="col">Entity</th>
            {matrix.sources.map((s) => (
              <th key={s.id} scope="col" title={s.outlet}>
                {s.short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.entity} class={row.entity === selected ? 'selected' : undefined}>
              <th scope="row">
                <button
                  type="button"
                  class="link"
                  aria-current={row.entity === selected ? 'true' : undefined}
                  onClick={() => onSelect(row.entity)}
                >
                  <CategorySwatch category={row.category} /> {row.name}
                </button>
              </th>
              {row.counts.map((n, i) => (
                <td key={matrix.sources[i]?.id ?? i} class={n === 0 ? 'silent' : undefined}>
                  {n === 0 ? (
                    <>
                      <span aria-hidden="true">—</span>
                      <span class="sr-only">silent</span>
                    </>
                  ) : (
                    n
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
