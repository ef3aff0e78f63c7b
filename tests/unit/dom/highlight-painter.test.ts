import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHighlightPainter } from '../../../lib/dom/highlight-painter';
import { highlightCss, luminanceOf } from '../../../lib/dom/highlight-styles';
import type { PageMention } from '../../../lib/dom/types';
import { CATEGORIES, type Category } from '../../../lib/knowledge/types';
import { installFakeHighlights, removeFakeHighlights } from './dom-test-helpers';

function mentionOf(text: Text, category: Category, id: number): PageMention {
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, text.data.length);
  return { id, start: 0, end: 1, entity: 'x', category, surface: text.data, via: 'alias', range };
}

const all = Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<Category, boolean>;

afterEach(() => {
  removeFakeHighlights();
  document.adoptedStyleSheets = [];
  document.body.replaceChildren();
});

describe('highlight painter', () => {
  it('paints one highlight per category and toggles categories without repainting', () => {
    const registry = installFakeHighlights();
    const painter = createHighlightPainter(document);
    const a = document.body.appendChild(document.createTextNode('Putin'));
    const b = document.body.appendChild(document.createTextNode('Vladivostok'));
    const person = mentionOf(a, 'person', 1);
    const place = mentionOf(b, 'place', 2);
    painter.paint([person, place]);
    expect(registry.get('summit-lens-person')?.size).toBe(1);
    expect(registry.get('summit-lens-place')?.has(place.range)).toBe(true);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    painter.show({ ...all, place: false });
    expect(registry.has('summit-lens-place')).toBe(false);
    expect(registry.get('summit-lens-person')?.size).toBe(1);
    painter.show(all);
    expect(registry.get('summit-lens-place')?.size).toBe(1);
    painter.show(null);
    expect([...registry.keys()]).toEqual([]);
    painter.show(all);
    painter.paint([place]);
    expect(registry.get('summit-lens-person')?.size).toBe(0);
    painter.destroy();
    expect(registry.size).toBe(0);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('without the Highlight API logs once and leaves the page untouched', () => {
    removeFakeHighlights();
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const painter = createHighlightPainter(document);
    createHighlightPainter(document);
    const text = document.body.appendChild(document.createTextNode('Putin'));
    painter.paint([mentionOf(text, 'person', 1)]);
    expect(painter.supported).toBe(false);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(info.mock.calls.filter(([m]) => String(m).startsWith('[summit-lens]'))).toHaveLength(1);
    info.mockRestore();
  });
});

describe('highlight styles', () => {
  it("follows the page's switch to a dark theme after painting", async () => {
    installFakeHighlights();
    // happy-dom keeps no ::highlight() rules: read what the painter writes to its sheet.
    const written: string[] = [];
    const replace = vi
      .spyOn(CSSStyleSheet.prototype, 'replaceSync')
      .mockImplementation((text: string) => void written.push(text));
    const painter = createHighlightPainter(document);
    const text = document.body.appendChild(document.createTextNode('Putin'));
    painter.paint([mentionOf(text, 'person', 1)]);
    expect(written).toEqual([highlightCss('light')]);
    // A site's theme toggle: a class on <html> that darkens the page.
    document.body.style.backgroundColor = 'rgb(18, 18, 18)';
    document.documentElement.classList.add('dark');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(written).toEqual([highlightCss('light'), highlightCss('dark')]);
    document.documentElement.classList.remove('dark');
    document.body.style.backgroundColor = '';
    painter.destroy();
    replace.mockRestore();
  });

  it('gives every category its own underline style or thickness, in light and dark', () => {
    for (const theme of ['light', 'dark'] as const) {
      const rules = highlightCss(theme).split('\n');
      expect(rules).toHaveLength(CATEGORIES.length);
      const shapes = rules.map((rule) => rule.replace(/#[0-9a-f]{6}|rgb\([^)]*\)/g, ''));
      expect(new Set(shapes).size).toBe(CATEGORIES.length);
      for (const c of CATEGORIES)
        expect(highlightCss(theme)).toContain(`::highlight(summit-lens-${c})`);
    }
    expect(highlightCss('light')).not.toBe(highlightCss('dark'));
  });

  it('reads page luminance from computed colours', () => {
    expect(luminanceOf('rgb(255, 255, 255)')).toBeCloseTo(1);
    expect(luminanceOf('rgb(21, 21, 21)')).toBeLessThan(0.05);
    expect(luminanceOf('rgba(0, 0, 0, 0)')).toBeNull();
  });
});
