import { describe, expect, it } from 'vitest';
import { CATEGORY_STYLE } from '../../lib/category-style';
import { highlightCss } from '../../lib/dom/highlight-styles';
import { CATEGORIES } from '../../lib/knowledge/types';

describe('CATEGORY_STYLE', () => {
  it("matches the page painter's highlight for every category, light and dark", () => {
    for (const theme of ['light', 'dark'] as const) {
      const css = highlightCss(theme);
      for (const category of CATEGORIES) {
        const s = CATEGORY_STYLE[category];
        const rule = css.split('\n').find((r) => r.includes(`(summit-lens-${category})`));
        expect(rule, `${category} ${theme}`).toContain(
          `text-decoration: ${s.line} ${s.style} ${s[theme]} ${s.thickness}`,
        );
        expect(rule, `${category} ${theme}`).toContain(`rgb(${s.tint} /`);
      }
    }
  });

  it('tells every category apart without colour: line and style differ pairwise', () => {
    const looks = CATEGORIES.map((c) => {
      const s = CATEGORY_STYLE[c];
      return `${s.line} ${s.style} ${s.thickness}`;
    });
    expect(new Set(looks).size).toBe(CATEGORIES.length);
  });
});
