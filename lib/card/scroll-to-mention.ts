import type { PageMention } from '../dom/types';
import { rangeBox } from './frame-offset';

/**
 * Scrolls `mention` into the middle of the view unless it is already fully visible. A `Range`
 * can't scroll itself: its element is scrolled first, which also brings nested scroll boxes
 * round (and the page round a frame), then the window is nudged for a block taller than the
 * viewport. Instant, not smooth, so the card is placed against where the mention ends up.
 */
export function scrollToMention(mention: PageMention, win: Window = window): void {
  // In the page's viewport, also for a mention inside a frame.
  const inView = () => {
    const rect = rangeBox(mention.range, win.document);
    return (
      rect.top >= 0 &&
      rect.bottom <= win.innerHeight &&
      rect.left >= 0 &&
      rect.right <= win.innerWidth
    );
  };
  if (inView()) return;
  const element = mention.range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  if (inView()) return;
  const rect = rangeBox(mention.range, win.document);
  win.scrollBy({
    top: rect.top + rect.height / 2 - win.innerHeight / 2,
    behavior: 'instant',
  });
}
