import { afterEach, describe, expect, it, vi } from 'vitest';
import { scrollToMention } from '../../../lib/card/scroll-to-mention';
import type { PageMention } from '../../../lib/dom/types';

function mentionAt(rects: DOMRect[]) {
  const p = document.createElement('p');
  p.textContent = 'Shoigu';
  document.body.replaceChildren(p);
  const range = document.createRange();
  range.selectNodeContents(p.firstChild as Text);
  const boxes = [...rects];
  vi.spyOn(range, 'getBoundingClientRect').mockImplementation(
    () => (boxes.length > 1 ? boxes.shift() : boxes[0]) as DOMRect,
  );
  const scrollIntoView = vi.fn();
  p.scrollIntoView = scrollIntoView;
  const mention = { id: 1, range } as unknown as PageMention;
  return { mention, scrollIntoView };
}

describe('scrollToMention', () => {
  afterEach(() => vi.restoreAllMocks());

  it('leaves a mention that is already in view alone', () => {
    const { mention, scrollIntoView } = mentionAt([new DOMRect(10, 100, 50, 20)]);
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => {});
    scrollToMention(mention);
    expect(scrollIntoView).not.toHaveBeenCalled();
    expect(scrollBy).not.toHaveBeenCalled();
  });

  it('scrolls its element to the middle, instantly', () => {
    const { mention, scrollIntoView } = mentionAt([
      new DOMRect(10, 5000, 50, 20),
      new DOMRect(10, 300, 50, 20),
    ]);
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => {});
    scrollToMention(mention);
    expect(scrollIntoView).toHaveBeenCalledWith({
      block: 'center',
      inline: 'nearest',
      behavior: 'instant',
    });
    expect(scrollBy).not.toHaveBeenCalled();
  });

  it('nudges the window when its block is taller than the view', () => {
    const { mention } = mentionAt([new DOMRect(10, 5000, 50, 20)]);
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => {});
    scrollToMention(mention);
    expect(scrollBy).toHaveBeenCalledWith({
      top: 5010 - window.innerHeight / 2,
      behavior: 'instant',
    });
  });
});
