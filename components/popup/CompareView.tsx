import { CATEGORY_STYLE } from '../../lib/category-style';
import type { KnowledgeBase } from '../../lib/knowledge/types';
import type { PageSummary } from '../../lib/messages';
import { compareModel } from '../../lib/popup/compare-model';
import type { CoverageMatrix as CoverageMatrixModel } from '../../lib/popup/coverage-matrix';
import { missingFromPage } from '../../lib/popup/missing-from-page';
import type { SearchHit } from '../../lib/popup/search-index';
import { SourcesDiffer } from '../SourcesDiffer';
import { CoverageMatrix } from './CoverageMatrix';
import { MissingFromPage } from './MissingFromPage';
import { ReportComparison } from './ReportComparison';
import { SearchBox } from './SearchBox';

type CompareViewProps = {
  kb: KnowledgeBase;
  matrix: CoverageMatrixModel;
  search(query: string): SearchHit[];
  /** The entity being compared, if one is chosen. */
  entity: string | undefined;
  onSelect(entity: string): void;
  /** The current page's entities, when the page could be read. */
  pageEntities: PageSummary['entities'] | undefined;
  /** True once it is known the page can't be read (no content script answers). */
  pageUnreadable: boolean;
};

/** As many as the reserved box shows: two columns of five rows. */
const MISSING_LIMIT = 10;

/**
 * Compare sources: search, then the five reports on the chosen entity with their quotes, silences
 * and disagreements; what the reports cover that this page doesn't; the whole coverage matrix.
 */
export function CompareView({
  kb,
  matrix,
  search,
  entity,
  onSelect,
  pageEntities,
  pageUnreadable,
}: CompareViewProps) {
  const model = entity ? compareModel(kb, entity) : undefined;
  return (
    <div class="compare">
      <SearchBox search={search} onSelect={onSelect} />
      {entity && !model && (
        <p class="notice" role="alert">
          “{entity}” is not in the knowledge base. Search for it by name instead.
        </p>
      )}
      {model && (
        <section class="compare-entity" aria-labelledby="compare-heading">
          <h2 id="compare-heading" tabIndex={-1}>
            {model.entity.name}
          </h2>
          <p class="muted">
            {CATEGORY_STYLE[model.entity.category].label} · {model.entity.role}
          </p>
          <ReportComparison model={model} />
          <SourcesDiffer
            discrepancies={model.disagreements}
            total={kb.sources.length}
            headingId="compare-differ-heading"
          />
        </section>
      )}
      <section aria-labelledby="missing-heading">
        <h2 id="missing-heading">In the reports, not on this page</h2>
        <MissingFromPage
          rows={pageEntities && missingFromPage(matrix.rows, pageEntities, MISSING_LIMIT)}
          unreadable={pageUnreadable}
          of={kb.sources.length}
          onSelect={onSelect}
        />
      </section>
      <section aria-labelledby="matrix-heading">
        <h2 id="matrix-heading">Coverage across the five reports</h2>
        <CoverageMatrix matrix={matrix} onSelect={onSelect} selected={entity} />
      </section>
    </div>
  );
}
