import { CATEGORY_STYLE } from '../../lib/category-style';
import type { PageEntityGroup } from '../../lib/popup/group-page-entities';
import { CategorySwatch } from './CategorySwatch';

/** Where the popup stands with its page. */
export type PageStatus = 'connecting' | 'unavailable' | 'paused' | 'scanning' | 'done';

type PageMentionsProps = {
  status: PageStatus;
  groups: PageEntityGroup[];
  /** False where the page can't paint highlights: the list is then the only view. */
  painted: boolean;
  /** Why nothing is highlighted even though the page was read (paused, switched off). */
  notice?: string;
  onReveal(entity: string): void;
  /** Opens Compare sources on the entity. */
  onCompare(entity: string): void;
};

const SKELETON_ROWS = 5;

/**
 * The entities this page mentions, by category, most mentioned first; each one a button that
 * takes the reader to its next mention. Says plainly when the page can't be read.
 */
export function PageMentions({
  status,
  groups,
  painted,
  notice,
  onReveal,
  onCompare,
}: PageMentionsProps) {
  const total = groups.reduce((sum, g) => sum + g.total, 0);
  return (
    <section
      class="mentions"
      aria-labelledby="mentions-heading"
      aria-busy={status === 'connecting' || status === 'scanning'}
    >
      <h2 id="mentions-heading">Mentioned on this page</h2>
      <p class="status" role="status">
        {statusText(status, total, groups.length)}
      </p>
      {notice && <p class="notice">{notice}</p>}
      {!painted && (status === 'scanning' || status === 'done') && (
        <p class="notice">
          This browser can't paint highlights on the page; the mentions are listed here instead.
        </p>
      )}
      {status === 'connecting' && (
        <ul class="skeleton" aria-hidden="true">
          {Array.from({ length: SKELETON_ROWS }, (_, i) => (
            <li key={i} />
          ))}
        </ul>
      )}
      {groups.map((group) => (
        <section key={group.category} class="group" aria-labelledby={`group-${group.category}`}>
          <h3 id={`group-${group.category}`}>
            <CategorySwatch category={group.category} /> {CATEGORY_STYLE[group.category].label}{' '}
            <span class="count">
              {group.total}
              <span class="sr-only"> mentions</span>
            </span>
          </h3>
          <ul class="entity-list">
            {group.rows.map((row) => (
              <li key={row.entity} class="entity-row">
                <button type="button" class="entity" onClick={() => onReveal(row.entity)}>
                  <span class="entity-name">{row.name}</span>{' '}
                  {row.role && <span class="entity-role">{row.role}</span>}{' '}
                  <span class="count">
                    {row.count}
                    <span class="sr-only">{row.count === 1 ? ' mention' : ' mentions'}</span>
                  </span>
                </button>
                <button
                  type="button"
                  class="compare-link"
                  aria-label={`Compare sources on ${row.name}`}
                  onClick={() => onCompare(row.entity)}
                >
                  Compare
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

function statusText(status: PageStatus, total: number, categories: number): string {
  switch (status) {
    case 'connecting':
      return 'Reading this page…';
    case 'unavailable':
      return "Summit Lens can't read this page. Browser pages (such as settings or a new tab) and the extension store don't let extensions in. If this is an ordinary web page that was open before Summit Lens was installed, reload it.";
    case 'paused':
      return 'Summit Lens is paused on this site. Turn off “Pause on this site” to highlight it again.';
    case 'scanning':
      return `Still scanning the page… ${total} ${total === 1 ? 'mention' : 'mentions'} so far.`;
    case 'done':
      return total === 0
        ? 'This page mentions nothing from the summit story.'
        : `${total} ${total === 1 ? 'mention' : 'mentions'} in ${categories} ${categories === 1 ? 'category' : 'categories'}. Choose one to go to its next mention.`;
  }
}
