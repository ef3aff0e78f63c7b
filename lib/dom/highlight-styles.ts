import { CATEGORY_STYLE } from '../category-style';
import { CATEGORIES, type Category } from '../knowledge/types';

/** The highlight name of a category in `CSS.highlights`. */
export function highlightName(category: Category): string {
  return `summit-lens-${category}`;
}

/** Our page stylesheet: one `::highlight()` rule per category, for a light or a dark page. */
export function highlightCss(theme: 'light' | 'dark'): string {
  const alpha = theme === 'dark' ? 0.28 : 0.16;
  return CATEGORIES.map((category) => {
    const look = CATEGORY_STYLE[category];
    return `::highlight(${highlightName(category)}) { background-color: rgb(${look.tint} / ${alpha}); text-decoration: ${look.line} ${look.style} ${theme === 'dark' ? look.dark : look.light} ${look.thickness}; }`;
  }).join('\n');
}

/** Relative luminance of a CSS `rgb()/rgba()` colour; null when transparent or unparsable. */
export function luminanceOf(color: string): number | null {
  const parts = color.match(/[\d.]+/g)?.map(Number);
  if (!parts || parts.length < 3) return null;
  if (parts.length >= 4 && (parts[3] as number) < 0.5) return null;
  const [r, g, b] = parts.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The page's actual theme, from the computed background of its body or root (one style query per
 * document, not per node). A transparent page is dark only if it asks for a dark canvas.
 */
export function pageTheme(doc: Document): 'light' | 'dark' {
  const view = doc.defaultView;
  if (!view) return 'light';
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const luminance = luminanceOf(view.getComputedStyle(element).backgroundColor);
    if (luminance !== null) return luminance < 0.25 ? 'dark' : 'light';
  }
  const scheme = doc.documentElement ? view.getComputedStyle(doc.documentElement).colorScheme : '';
  return scheme.includes('dark') && view.matchMedia?.('(prefers-color-scheme: dark)').matches
    ? 'dark'
    : 'light';
}
