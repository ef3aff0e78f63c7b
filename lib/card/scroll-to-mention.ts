import type { PageMention } from '../dom/types';

/**
 * Scrolls `mention` into the middle of the view unless it is already fully visible. A `Range`
 * can't scroll itself: its element is scrolled first, which also brings nested scroll boxes
 * round, then the window is nudged for a block taller than the viewport. Instant, not smooth,
 * so the card is placed against where the mention ends up.
 */
export function scrollToMention(mention: PageMention, win: Window = window): void {
  const inView = () => {
    const rect = mention.range.getBoundingClientRect();
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
  const rect = mention.range.getBoundingClientRect();
  win.scrollBy({
    top: rect.top + rect.height / 2 - win.innerHeight / 2,
    behavior: 'instant',
  });
}
