/** The card's colour theme. */
export type Theme = 'light' | 'dark';

/** Parses the `rgb()`/`rgba()`/`color(srgb …)` forms `getComputedStyle` gives colours in. */
export function parseComputedColor(
  value: string,
): { r: number; g: number; b: number; a: number } | undefined {
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(
    value.trim(),
  );
  if (rgb) {
    return {
      r: Number(rgb[1]) / 255,
      g: Number(rgb[2]) / 255,
      b: Number(rgb[3]) / 255,
      a: alpha(rgb[4]),
    };
  }
  const srgb = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/.exec(
    value.trim(),
  );
  if (srgb) {
    return { r: Number(srgb[1]), g: Number(srgb[2]), b: Number(srgb[3]), a: alpha(srgb[4]) };
  }
  return undefined;
}

function alpha(value: string | undefined): number {
  if (value === undefined) return 1;
  return value.endsWith('%') ? Number(value.slice(0, -1)) / 100 : Number(value);
}

/** WCAG relative luminance of an sRGB colour with channels in 0..1. */
export function relativeLuminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * The theme that matches what the reader sees behind `from`: the first opaque background up
 * the tree decides (dark when white text would contrast better than black). Where a background
 * image hides the colour, or nothing is painted and the canvas follows the page's
 * `color-scheme`, the OS preference decides.
 */
export function pageTheme(from: Element | null, win: Window = window): Theme {
  const osDark = win.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  for (let el = from; el; el = el.parentElement) {
    const style = win.getComputedStyle(el);
    const color = parseComputedColor(style.backgroundColor);
    if (color && color.a >= 0.5) {
      // 0.179 is where contrast against black and against white are equal.
      return relativeLuminance(color) < 0.179 ? 'dark' : 'light';
    }
    if (style.backgroundImage && style.backgroundImage !== 'none') return osDark ? 'dark' : 'light';
  }
  const root = win.document.documentElement;
  const scheme = root ? win.getComputedStyle(root).colorScheme || 'normal' : 'normal';
  // The canvas is dark only where the page opted in to dark and the OS asks for it.
  if (/\bdark\b/.test(scheme) && (osDark || !/\blight\b/.test(scheme))) return 'dark';
  return 'light';
}
