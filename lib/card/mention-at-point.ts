import type { MentionStore, PageMention } from '../dom/types';

type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text position under the viewport point (`x`, `y`), from whichever caret API exists. */
function caretAt(
  doc: CaretDocument,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[],
): { node: Node; offset: number } | null {
  if (doc.caretPositionFromPoint) {
    // Without the page's shadow roots the caret stops at their hosts; with them it goes in.
    const position = doc.caretPositionFromPoint(
      x,
      y,
      shadowRoots.length ? { shadowRoots } : undefined,
    );
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/**
 * The mention under the viewport point (`x`, `y`), if any. Highlights add no elements to hit,
 * so we ask for the caret position there and look it up in the store. The caret APIs snap to the
 * nearest character even in the margin beside a line, so the point must also fall inside one
 * of the mention's own boxes. `shadowRoots` are the open shadow roots that hold mentions.
 */
export function mentionAtPoint(
  store: MentionStore,
  x: number,
  y: number,
  doc: Document = document,
  shadowRoots: ShadowRoot[] = [],
): PageMention | undefined {
  const caret = caretAt(doc as CaretDocument, x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  // A caret just after a mention's last character (pointer on its right half) is at its end.
  const mention =
    store.at(caret.node, caret.offset) ??
    (caret.offset > 0 ? store.at(caret.node, caret.offset - 1) : undefined);
  if (!mention) return undefined;
  for (const box of mention.range.getClientRects()) {
    if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return mention;
  }
  return undefined;
}
