import { createEngineMatcher } from '../../../lib/dom/engine-matcher';
import { createHighlightPainter } from '../../../lib/dom/highlight-painter';
import { createMentionStore } from '../../../lib/dom/mention-store';
import { type PageScanner, startPageScanner } from '../../../lib/dom/page-scanner';
import { createSliceRunner } from '../../../lib/dom/slice-runner';
import { ambiguities, entities } from '../../../lib/knowledge/core';
import { buildIndex } from '../../../lib/match/build-index';

/** The real engine, built once for all DOM tests. */
export const matcher = createEngineMatcher(buildIndex(entities, ambiguities));

/**
 * happy-dom has no CSS Custom Highlight API: a minimal stand-in (a `Highlight` is a set of
 * ranges; `CSS.highlights` a map by name), installed on `win` for the tests that paint.
 */
export function installFakeHighlights(win: Window = window): Map<string, Set<AbstractRange>> {
  const registry = new Map<string, Set<AbstractRange>>();
  const w = win as unknown as Record<string, unknown>;
  w.Highlight = class extends Set<AbstractRange> {};
  // happy-dom's `CSS` getter returns a fresh object each time: pin one with a registry.
  Object.defineProperty(win, 'CSS', {
    configurable: true,
    value: { highlights: registry, supports: () => false },
  });
  return registry;
}

export function removeFakeHighlights(win: Window = window) {
  const w = win as unknown as Record<string, unknown>;
  delete w.Highlight;
  delete w.CSS;
}

/** The text of each highlight's ranges, by highlight name (only non-empty ones). */
export function paintedTexts(registry: Map<string, Set<AbstractRange>>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, ranges] of registry) {
    if (ranges.size === 0) continue;
    out[name] = [...ranges].map((r) => (r as Range).toString());
  }
  return out;
}

/** Sets the body from trusted test markup, built by the parser (not `innerHTML` on live code). */
export function setBody(html: string, doc: Document = document) {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  doc.body.replaceChildren(...[...parsed.body.childNodes].map((n) => doc.importNode(n, true)));
}

export type Scan = {
  scanner: PageScanner;
  store: ReturnType<typeof createMentionStore>;
  registry: Map<string, Set<AbstractRange>>;
  /** Waits for mutations to be observed and every queued scan step to run. */
  settle(): Promise<void>;
  /** Surfaces of the current mentions, in document order. */
  surfaces(): string[];
};

/** Scanners that `scan` started and `endScans` ends. */
const started = new Set<PageScanner>();

/** For `afterEach`: ends every scanner `scan` started, removes the fake highlights, empties the body. */
export function endScans() {
  for (const scanner of started) scanner.destroy();
  started.clear();
  removeFakeHighlights();
  document.body.replaceChildren();
}

/** Starts the real scanner on `document` with a fast runner, and a fake highlight registry. */
export async function scan(
  options: {
    budgetMs?: number;
    hugeMutation?: number;
    /** Default: every frame shows (happy-dom lays nothing out, so every box is empty). */
    frameShown?: (frame: Element) => boolean;
  } = {},
): Promise<Scan> {
  const registry = installFakeHighlights();
  const store = createMentionStore();
  const runner = createSliceRunner({
    budgetMs: options.budgetMs ?? 1000,
    post: (run) => setTimeout(run, 0),
  });
  const painter = createHighlightPainter(document);
  const scanner = startPageScanner({
    document,
    matcher,
    store,
    painter,
    runner,
    mutationDelayMs: 0,
    hugeMutation: options.hugeMutation,
    frameShown: options.frameShown ?? (() => true),
  });
  started.add(scanner);
  const settle = async () => {
    const deadline = Date.now() + 3000;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      await scanner.idle();
      if (!scanner.scanning) return;
    }
    throw new Error('scan did not settle');
  };
  await settle();
  return {
    scanner,
    store,
    registry,
    settle,
    surfaces: () => store.all().map((m) => m.surface),
  };
}
