import { CATEGORIES, type Category } from '../knowledge/types';
import { runToEnd } from '../match/run-to-end';
import { highlightCss, highlightName, pageTheme } from './highlight-styles';
import type { PageMention } from './types';

export type HighlightPainter = {
  /** False where the CSS Custom Highlight API is missing: nothing is ever painted. */
  readonly supported: boolean;
  /** Paints exactly `mentions` (adds the new ranges, removes the gone ones). */
  paint(mentions: readonly PageMention[]): void;
  /**
   * `paint` in steps, for a time-sliced caller: yields after every `RANGES_PER_STEP` ranges
   * added or removed, and after setting up each new document (a frame's own highlights).
   */
  painting(mentions: readonly PageMention[]): Generator<undefined>;
  /** Shows only the enabled categories; `null` hides all. No rescan: registry entries only. */
  show(categories: Record<Category, boolean> | null): void;
  /** Removes every highlight and our stylesheets. */
  destroy(): void;
};

type Win = Window & typeof globalThis;

/** Per document (the top page and each same-origin frame has its own registry). */
type DocumentPaint = {
  win: Win;
  highlights: Map<Category, Highlight>;
  sheet: CSSStyleSheet;
  /** Document and shadow roots that adopted `sheet`. */
  adopters: Set<Document | ShadowRoot>;
  theme: 'light' | 'dark';
  /** Stops following the page's theme. */
  unwatch: () => void;
};

let loggedMissing = false;

/** Ranges added to or removed from the highlights between two chances to yield. */
const RANGES_PER_STEP = 2000;
/** How long after a theme switch to read the page's colours again (past a CSS transition). */
const THEME_SETTLE_MS = 400;

/** True where `win` has the CSS Custom Highlight API. */
export function hasHighlightApi(win: Window): boolean {
  const w = win as Win;
  return typeof w.Highlight === 'function' && typeof w.CSS !== 'undefined' && !!w.CSS.highlights;
}

/**
 * Paints mentions with the CSS Custom Highlight API: one `Highlight` per category, registered as
 * `summit-lens-<category>`, styled by a constructed stylesheet in `adoptedStyleSheets` (no
 * `<style>` element: the page's DOM stays as it was, and a strict CSP does not apply to it).
 * Ranges in shadow roots need the sheet adopted there too, since `::highlight()` styles come
 * from the tree the text is in.
 */
export function createHighlightPainter(top: Document): HighlightPainter {
  const supported = !!top.defaultView && hasHighlightApi(top.defaultView);
  if (!supported && !loggedMissing) {
    loggedMissing = true;
    console.info(
      '[summit-lens] The CSS Custom Highlight API is not available: mentions are listed, not painted.',
    );
  }
  const docs = new Map<Document, DocumentPaint>();
  const painted = new Set<PageMention>();
  let visible: Record<Category, boolean> | null = Object.fromEntries(
    CATEGORIES.map((c) => [c, true]),
  ) as Record<Category, boolean>;

  const register = (paint: DocumentPaint, category: Category) => {
    const name = highlightName(category);
    const highlight = paint.highlights.get(category);
    if (!highlight) return;
    if (visible?.[category]) paint.win.CSS.highlights.set(name, highlight);
    else paint.win.CSS.highlights.delete(name);
  };

  const paintFor = (doc: Document): DocumentPaint | undefined => {
    const existing = docs.get(doc);
    if (existing) return existing;
    const win = doc.defaultView as Win | null;
    if (!win || !hasHighlightApi(win)) return undefined;
    const sheet = new win.CSSStyleSheet();
    const theme = pageTheme(doc);
    sheet.replaceSync(highlightCss(theme));
    const paint: DocumentPaint = {
      win,
      highlights: new Map(),
      sheet,
      adopters: new Set(),
      theme,
      unwatch: () => {},
    };
    paint.unwatch = watchTheme(doc, () => {
      const next = pageTheme(doc);
      if (next === paint.theme) return;
      paint.theme = next;
      paint.sheet.replaceSync(highlightCss(next));
    });
    for (const category of CATEGORIES) {
      paint.highlights.set(category, new win.Highlight());
      register(paint, category);
    }
    adopt(paint, doc);
    docs.set(doc, paint);
    return paint;
  };

  const adopt = (paint: DocumentPaint, root: Document | ShadowRoot) => {
    if (paint.adopters.has(root)) return;
    paint.adopters.add(root);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, paint.sheet];
  };

  function* painting(mentions: readonly PageMention[]): Generator<undefined> {
    if (!supported) return;
    const next = new Set(mentions);
    let steps = 0;
    for (const mention of [...painted]) {
      if (next.has(mention)) continue;
      painted.delete(mention);
      const doc = mention.range.startContainer.ownerDocument;
      const paint = doc && docs.get(doc);
      paint?.highlights.get(mention.category)?.delete(mention.range);
      if (++steps % RANGES_PER_STEP === 0) yield undefined;
    }
    for (const mention of mentions) {
      if (painted.has(mention)) continue;
      const node = mention.range.startContainer;
      const doc = node.ownerDocument;
      if (!doc) continue;
      let paint = docs.get(doc);
      if (!paint) {
        paint = paintFor(doc);
        if (!paint) continue;
        yield undefined;
      }
      const root = node.getRootNode();
      if (root !== doc && root.nodeType === 11) adopt(paint, root as ShadowRoot);
      paint.highlights.get(mention.category)?.add(mention.range);
      painted.add(mention);
      if (++steps % RANGES_PER_STEP === 0) yield undefined;
    }
  }

  return {
    supported,
    painting,
    paint(mentions) {
      runToEnd(painting(mentions));
    },
    show(categories) {
      visible = categories;
      for (const paint of docs.values()) for (const c of CATEGORIES) register(paint, c);
    },
    destroy() {
      for (const paint of docs.values()) {
        for (const category of CATEGORIES) {
          const name = highlightName(category);
          if (paint.win.CSS.highlights.get(name) === paint.highlights.get(category)) {
            paint.win.CSS.highlights.delete(name);
          }
        }
        for (const root of paint.adopters) {
          root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== paint.sheet);
        }
        paint.unwatch();
      }
      docs.clear();
      painted.clear();
    },
  };
}

/**
 * Calls `changed` (once things settle) when the page may have switched between light and dark:
 * a class, style or data attribute of `<html>` or `<body>` changed (a site's theme toggle), or
 * the system's colour scheme did. Only those two elements are observed, not the page.
 */
function watchTheme(doc: Document, changed: () => void): () => void {
  const win = doc.defaultView;
  if (!win) return () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      changed();
    }, THEME_SETTLE_MS);
  };
  const observer = new MutationObserver(soon);
  for (const element of [doc.documentElement, doc.body]) {
    if (element) observer.observe(element, { attributes: true });
  }
  const scheme = win.matchMedia?.('(prefers-color-scheme: dark)');
  scheme?.addEventListener('change', soon);
  return () => {
    observer.disconnect();
    scheme?.removeEventListener('change', soon);
    if (timer !== undefined) clearTimeout(timer);
  };
}
