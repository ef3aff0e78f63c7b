import { describe, expect, it, vi } from 'vitest';
import { createMentionStore } from '../../../lib/dom/mention-store';
import type { MentionPiece, PageMention } from '../../../lib/dom/types';

function mention(id: number): PageMention {
  return {
    id,
    start: 0,
    end: 1,
    entity: `e${id}`,
    category: 'person',
    surface: 's',
    via: 'alias',
    range: document.createRange(),
  };
}

describe('mention store', () => {
  it('hit-tests a point through the per-node index, across node boundaries', () => {
    const a = document.createTextNode('Kim Jong Un met Putin');
    const b = document.createTextNode('Shoigu and Peskov');
    const [m1, m2, m3, m4] = [1, 2, 3, 4].map(mention) as [
      PageMention,
      PageMention,
      PageMention,
      PageMention,
    ];
    const pieces: MentionPiece[] = [
      { node: a, start: 16, end: 21, mention: m2 },
      { node: a, start: 0, end: 11, mention: m1 },
      { node: b, start: 0, end: 6, mention: m3 },
      { node: b, start: 11, end: 17, mention: m4 },
    ];
    const store = createMentionStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.replace([m1, m2, m3, m4], pieces);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.at(a, 0)).toBe(m1);
    expect(store.at(a, 5)).toBe(m1);
    expect(store.at(a, 13)).toBeUndefined();
    expect(store.at(a, 18)).toBe(m2);
    expect(store.at(b, 3)).toBe(m3);
    expect(store.at(b, 8)).toBeUndefined();
    expect(store.at(b, 12)).toBe(m4);
    expect(store.at(document.createTextNode('x'), 0)).toBeUndefined();
    // A caret at an element boundary looks into the text node there.
    const p = document.createElement('p');
    p.append(a);
    expect(store.at(p, 0)).toBe(m1);
    store.replace([], []);
    expect(store.at(a, 0)).toBeUndefined();
    expect(store.all()).toEqual([]);
  });
});
