import { afterEach, describe, expect, it, vi } from 'vitest';
import { mentionAtPoint } from '../../../lib/card/mention-at-point';
import type { MentionStore, PageMention } from '../../../lib/dom/types';

function storeWith(mention: PageMention): MentionStore {
  return {
    all: () => [mention],
    at: (node, offset) =>
      mention.range.isPointInRange(node, offset) && offset < mention.end ? mention : undefined,
    subscribe: () => () => {},
    scanning: false,
  };
}

describe('mentionAtPoint', () => {
  afterEach(() => vi.restoreAllMocks());

  const setup = () => {
    const p = document.createElement('p');
    p.textContent = 'Minister Shoigu visited.';
    document.body.replaceChildren(p);
    const text = p.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 9);
    range.setEnd(text, 15);
    const mention: PageMention = {
      id: 1,
      start: 9,
      end: 15,
      entity: 'sergei-shoigu',
      category: 'person',
      surface: 'Shoigu',
      via: 'alias',
      range,
    };
    // Layout is the browser's job; here the mention occupies x 90–150 on the line y 0–20.
    vi.spyOn(range, 'getClientRects').mockReturnValue([
      new DOMRect(90, 0, 60, 20),
    ] as unknown as DOMRectList);
    const caret = (offset: number) =>
      Object.assign(document, {
        caretPositionFromPoint: () => ({ offsetNode: text, offset }),
      });
    return { mention, store: storeWith(mention), caret };
  };

  it('finds the mention whose box holds the point', () => {
    const { mention, store, caret } = setup();
    caret(11);
    expect(mentionAtPoint(store, 100, 10)).toBe(mention);
  });

  it('counts the right half of the last character, where the caret lands after it', () => {
    const { mention, store, caret } = setup();
    caret(15);
    expect(mentionAtPoint(store, 148, 10)).toBe(mention);
  });

  it('ignores a caret snapped to the mention from a point outside its box', () => {
    const { store, caret } = setup();
    caret(15);
    expect(mentionAtPoint(store, 400, 10)).toBeUndefined();
    expect(mentionAtPoint(store, 100, 60)).toBeUndefined();
  });

  it('asks the caret API to look into the shadow roots that hold mentions', () => {
    const { mention, store } = setup();
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const seen: unknown[] = [];
    Object.assign(document, {
      caretPositionFromPoint: (_x: number, _y: number, options?: unknown) => {
        seen.push(options);
        return { offsetNode: mention.range.startContainer, offset: 10 };
      },
    });
    expect(mentionAtPoint(store, 100, 10, document, [root])).toBe(mention);
    expect(mentionAtPoint(store, 100, 10)).toBe(mention);
    expect(seen).toEqual([{ shadowRoots: [root] }, undefined]);
  });

  it('finds nothing over plain text', () => {
    const { store, caret } = setup();
    caret(3);
    expect(mentionAtPoint(store, 30, 10)).toBeUndefined();
  });
});
