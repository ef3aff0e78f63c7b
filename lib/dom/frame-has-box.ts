/**
 * True when `frame` has a box with some area on the page. A frame that is `display: none`, sits
 * in a hidden parent or is sized 0×0 (an ad slot not filled yet, a tracking beacon) shows the
 * reader nothing, while entering it builds our JavaScript world in it: 2–3 ms each, and
 * cnn-money has 15 such frames. Forces a layout only if one is pending.
 */
export function frameHasBox(frame: Element): boolean {
  const rect = frame.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

/**
 * True for a frame whose `src` is a page of another origin (or a `data:` URL, whose origin is
 * opaque): it can't be read, shown or not, so there is nothing to wait for.
 */
export function framePointsElsewhere(frame: Element): boolean {
  const src = frame.getAttribute('src');
  if (!src || frame.hasAttribute('srcdoc')) return false;
  let url: URL;
  try {
    url = new URL(src, frame.baseURI);
  } catch {
    return false;
  }
  if (url.protocol === 'data:') return true;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  // `origin` is the document's own, inherited by about:blank frames (their `location` says
  // about:blank); `location.origin` where a DOM lacks it.
  const win = frame.ownerDocument.defaultView;
  return url.origin !== (win?.origin ?? win?.location.origin);
}
