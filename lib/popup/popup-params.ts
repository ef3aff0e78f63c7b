/** The popup's three views, shown as tabs. */
export const VIEWS = ['page', 'compare', 'timeline'] as const;
export type View = (typeof VIEWS)[number];

/** What the popup page's query string asks for. */
export type PopupParams = {
  /** Tab to summarise when the popup is opened as a page (the card's "Compare sources", tests). */
  tab?: number;
  view: View;
  /** Entity to open Compare on. */
  entity?: string;
};

/**
 * Reads `?tab=<id>&view=compare&entity=<id>`. Bad values are ignored one by one, so a mangled
 * link still opens the popup; an entity without a view opens Compare, where it means something.
 */
export function parsePopupParams(search: string): PopupParams {
  const params = new URLSearchParams(search);
  const tabText = params.get('tab');
  const tab = tabText !== null && /^\d+$/.test(tabText) ? Number(tabText) : undefined;
  const entity = params.get('entity')?.trim() || undefined;
  const viewText = params.get('view');
  const view = VIEWS.find((v) => v === viewText) ?? (entity ? 'compare' : 'page');
  return { ...(tab !== undefined ? { tab } : {}), view, ...(entity ? { entity } : {}) };
}
