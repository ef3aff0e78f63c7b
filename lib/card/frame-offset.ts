/** A shift from one viewport's coordinates to another's. */
type Offset = { x: number; y: number };

const NONE: Offset = { x: 0, y: 0 };

/**
 * Where `doc`'s viewport sits in `top`'s: the sum of the content-box corners of the same-origin
 * frames `doc` is nested in. Mentions inside frames report their boxes in their own frame's
 * viewport, and pointer events there come in its coordinates; the card lives in the top page.
 */
export function frameOffset(doc: Document, top: Document = document): Offset {
  if (doc === top) return NONE;
  let x = 0;
  let y = 0;
  for (let inner: Document = doc; inner !== top; ) {
    const frame = inner.defaultView?.frameElement;
    const view = frame?.ownerDocument.defaultView;
    if (!frame || !view) return NONE;
    const box = frame.getBoundingClientRect();
    const style = view.getComputedStyle(frame);
    x += box.left + frame.clientLeft + (Number.parseFloat(style.paddingLeft) || 0);
    y += box.top + frame.clientTop + (Number.parseFloat(style.paddingTop) || 0);
    inner = frame.ownerDocument;
  }
  return { x, y };
}

/** `rect` moved by `offset`. */
function shiftRect(rect: DOMRectReadOnly, offset: Offset): DOMRect {
  return new DOMRect(rect.x + offset.x, rect.y + offset.y, rect.width, rect.height);
}

/** The boxes of `range` in `top`'s viewport, wherever its text is. */
export function rangeRects(range: Range, top: Document = document): DOMRect[] {
  const offset = frameOffset(range.startContainer.ownerDocument ?? top, top);
  return [...range.getClientRects()].map((rect) => shiftRect(rect, offset));
}

/** The bounding box of `range` in `top`'s viewport, wherever its text is. */
export function rangeBox(range: Range, top: Document = document): DOMRect {
  const offset = frameOffset(range.startContainer.ownerDocument ?? top, top);
  return shiftRect(range.getBoundingClientRect(), offset);
}
