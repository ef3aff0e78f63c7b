import { CATEGORIES, type Category } from '../knowledge/types';

/** The highlight name of a category in `CSS.highlights`. */
export function highlightName(category: Category): string {
  return `summit-lens-${category}`;
}

type Look = {
  /** Underline colour on light pages and on dark pages. */
  light: string;
  dark: string;
  /** Translucent tint (RGB); its alpha depends on the page's theme. */
  tint: string;
  line: string;
  style: 'solid' | 'dotted' | 'dashed' | 'wavy' | 'double';
  thickness: string;
};

/**
 * Each category differs by underline style and thickness as well as hue, so readers who can't
 * tell the colours apart can still tell the categories apart. Colours meet 3:1 against white
 * (light) or #121212 (dark); the tint is translucent so the page's own background shows through.
 */
const LOOKS: Record<Category, Look> = {
  person: {
    light: '#1d4ed8',
    dark: '#93c5fd',
    tint: '59 130 246',
    line: 'underline',
    style: 'solid',
    thickness: '2px',
  },
  place: {
    light: '#047857',
    dark: '#6ee7b7',
    tint: '16 185 129',
    line: 'underline',
    style: 'dotted',
    thickness: '3px',
  },
  organization: {
    light: '#7e22ce',
    dark: '#d8b4fe',
    tint: '168 85 247',
    line: 'underline',
    style: 'dashed',
    thickness: '2px',
  },
  event: {
    light: '#b45309',
    dark: '#fcd34d',
    tint: '245 158 11',
    line: 'underline',
    style: 'double',
    thickness: '3px',
  },
  military: {
    light: '#b91c1c',
    dark: '#fca5a5',
    tint: '239 68 68',
    line: 'underline',
    style: 'wavy',
    thickness: '1.5px',
  },
  policy: {
    light: '#0e7490',
    dark: '#67e8f9',
    tint: '6 182 212',
    line: 'underline overline',
    style: 'solid',
    thickness: '1px',
  },
};

/** The underline style of each category (for the popup's legend). */
export const CATEGORY_LINE_STYLES: Record<Category, string> = Object.fromEntries(
  CATEGORIES.map((c) => [c, `${LOOKS[c].style} ${LOOKS[c].thickness}`]),
) as Record<Category, string>;

/** Our page stylesheet: one `::highlight()` rule per category, for a light or a dark page. */
export function highlightCss(theme: 'light' | 'dark'): string {
  const alpha = theme === 'dark' ? 0.28 : 0.16;
  return CATEGORIES.map((category) => {
    const look = LOOKS[category];
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
