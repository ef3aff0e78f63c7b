import type { Mention } from '../match/types';
import { compareDocumentOrder } from './document-order';
import { frameHasBox, framePointsElsewhere } from './frame-has-box';
import type { HighlightPainter } from './highlight-painter';
import type { WritableMentionStore } from './mention-store';
import { createSliceRunner, type SliceRunner, type SliceStats } from './slice-runner';
import {
  containerOf,
  isBlockElement,
  isInsideSkipped,
  isOwnElement,
  NODES_PER_PAUSE,
  nodeIndexAt,
  RunReader,
  rangeOf,
  readFrameDocument,
  type TextRun,
  type WalkOptions,
  walkRootOf,
} from './text-runs';
import type { MentionPiece, PageMatcher, PageMention } from './types';

/** The scanner's cost so far (see `SliceStats`), plus how much text it has read. */
export type ScanStats = SliceStats & { textChars: number };

export type PageScanner = {
  /** True until the first pass and any queued rescans are done. */
  readonly scanning: boolean;
  /** Resolves when no scan work is queued. */
  idle(): Promise<void>;
  /**
   * Matches the whole page again with the matcher as it is now (after the fuzzy tier joined):
   * one more full pass in which unchanged blocks take their new candidates. The highlights
   * stay up meanwhile; only mentions that change are repainted.
   */
  rematch(): void;
  stats(): ScanStats;
  /** Removes every highlight and mention and stops observing. */
  destroy(): void;
};

export type PageScannerOptions<C extends { start: number; end: number }> = {
  document: Document;
  matcher: PageMatcher<C>;
  store: WritableMentionStore;
  painter: HighlightPainter;
  /** Ends the scanner with the content script. */
  signal?: AbortSignal;
  /** Injected for tests; by default slices of a few ms separated by message tasks. */
  runner?: SliceRunner;
  /** Mutated nodes in one batch past which we rescan the page once, when idle. */
  hugeMutation?: number;
  /** Mutations arriving within this many ms are handled together. */
  mutationDelayMs?: number;
  /** Text longer than this is matched in overlapping windows, one per step. */
  windowChars?: number;
  /** Reaches closed shadow roots (see `WalkOptions.closedShadowRoot`). */
  closedShadowRoot?: (element: Element) => ShadowRoot | null | undefined;
  /**
   * Whether a frame shows anything (default: it has a box with some area). A hidden frame is
   * entered only once it shows; injected for tests, where happy-dom has no layout.
   */
  frameShown?: (frame: Element) => boolean;
};

type ScannedRun<C> = TextRun & {
  candidates: C[];
  mentions?: PageMention[];
  pieces?: MentionPiece[];
};

type Root = Document | ShadowRoot;

/** How long to let an unscanned page settle (no input arriving) before a big rescan. */
const IDLE_TIMEOUT_MS = 500;
/** Mutations within this long of the last rescan mean the page is busy changing… */
const BUSY_WINDOW_MS = 300;
/** …and are then gathered for this long before the next rescan. */
const BUSY_DELAY_MS = 150;
/** Text matched between two chances to yield. */
const CHARS_PER_PAUSE = 2048;
/** Runs put in document order between two chances to yield. */
const RUNS_PER_STEP = 256;
/** New mentions (each a `Range`) made between two chances to yield. */
const MENTIONS_PER_STEP = 1000;

/**
 * Finds and paints every mention on a page, time-sliced and incremental.
 *
 * - First pass: walks the document (visible part first when the page is scrolled), matching
 *   block by block, committing (resolve + paint) as it goes.
 * - Then one `MutationObserver` (childList, characterData, subtree) on the document, each open
 *   shadow root and each same-origin frame (a hidden frame once it shows: see `frameShown`):
 *   mutated blocks are rescanned, added subtrees walked, removed mentions dropped; past
 *   `hugeMutation` nodes in one batch, the page is rescanned once when idle. Unchanged blocks keep their mentions (same ids, same ranges).
 * - After every change, resolution runs again over all candidates in document order, so a bare
 *   "Kim" always follows the Kim last named in full.
 *
 * The page's built-ins can't be tampered with here: a content script runs in an isolated world
 * with its own `Array.prototype`, `Node.prototype` and `MutationObserver`.
 */
export function startPageScanner<C extends { start: number; end: number }>(
  options: PageScannerOptions<C>,
): PageScanner {
  const { document: doc, matcher, store, painter, signal } = options;
  const runner = options.runner ?? createSliceRunner({ onError: reportError });
  const hugeMutation = options.hugeMutation ?? 2000;
  const mutationDelayMs = options.mutationDelayMs ?? 30;
  const windowChars = options.windowChars ?? 8192;
  const frameShown = options.frameShown ?? frameHasBox;
  const overlap = Math.max(64, matcher.maxMatchLength + 8);

  /** Runs with candidates, by block; blocks without candidates are not kept. */
  const byContainer = new Map<Node, ScannedRun<C>[]>();
  /** The same runs in document order: resolution's input. */
  let order: ScannedRun<C>[] = [];
  const roots = new Set<Root>();
  const framesWatched = new WeakSet<Element>();
  let textChars = 0;
  let nextId = 1;
  let destroyed = false;
  let firstPassDone = false;

  let pendingTargets = new Set<Node>();
  let pendingAdded = new Set<Node>();
  let pendingRemoval = false;
  const pendingRoots: Root[] = [];
  /** Frames met by a walk, entered one per step (see `WalkOptions.onFrame`). */
  const pendingFrames: HTMLIFrameElement[] = [];
  /** Hidden frames wait here, one observer per window, until they show (see `frameShown`). */
  const hiddenFrames = new Map<Window, ResizeObserver>();
  /** The hidden frames being watched, each with its window's observer. */
  const waiting = new Map<HTMLIFrameElement, ResizeObserver>();
  let huge = false;
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  let lastFlush = Number.NEGATIVE_INFINITY;
  let idleHandle: number | undefined;

  const observer = new MutationObserver((records) => runner.measure(() => onRecords(records)));

  function reportError(error: unknown) {
    console.error('[summit-lens] scan step failed', error);
  }

  function observe(root: Root) {
    if (roots.has(root)) return false;
    roots.add(root);
    // contenteditable too: a region that becomes editable loses its highlights (and one that
    // stops being editable is read), as a fresh scan would have it.
    observer.observe(root, {
      childList: true,
      characterData: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['contenteditable'],
    });
    return true;
  }

  function onRoot(root: Root, host: Element) {
    if (root.nodeType === 9 && !framesWatched.has(host)) {
      framesWatched.add(host);
      // A frame that navigates gets a new document: walk it when it loads.
      host.addEventListener(
        'load',
        () => {
          if (destroyed) return;
          const next = (host as HTMLIFrameElement).contentDocument;
          pendingRemoval = true;
          if (next && observe(next)) pendingRoots.push(next);
          scheduleFlush();
        },
        { signal },
      );
    }
    if (observe(root)) pendingRoots.push(root);
  }

  function onFrame(frame: HTMLIFrameElement) {
    pendingFrames.push(frame);
  }

  /**
   * Enters `frame` once it shows (its size changes from nothing); false where the window has no
   * `ResizeObserver` to tell, and the frame is entered at once.
   */
  function waitUntilShown(frame: HTMLIFrameElement): boolean {
    const win = frame.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    if (!win || typeof win.ResizeObserver !== 'function') return false;
    let observer = hiddenFrames.get(win);
    if (!observer) {
      observer = new win.ResizeObserver(onFramesResized);
      hiddenFrames.set(win, observer);
    }
    observer.observe(frame);
    waiting.set(frame, observer);
    return true;
  }

  function onFramesResized(entries: ResizeObserverEntry[], observer: ResizeObserver) {
    if (destroyed) return;
    let shown = false;
    for (const entry of entries) {
      const frame = entry.target as HTMLIFrameElement;
      if (!frame.isConnected || !frameShown(frame)) continue;
      observer.unobserve(frame);
      waiting.delete(frame);
      pendingFrames.push(frame);
      shown = true;
    }
    if (shown) scheduleFlush();
  }

  function onRecords(records: MutationRecord[]) {
    if (destroyed) return;
    let count = 0;
    for (const record of records) {
      const target = record.target;
      if (record.type === 'attributes') {
        pendingAdded.add(target);
        if (target.parentNode) pendingTargets.add(target.parentNode);
        pendingRemoval = true;
        count++;
        continue;
      }
      if (record.type === 'characterData') {
        pendingTargets.add(target);
        count++;
        continue;
      }
      let relevant = false;
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && isOwnElement(node as Element)) continue;
        relevant = true;
        if (node.nodeType === 1) pendingAdded.add(node);
        count++;
      }
      for (const node of record.removedNodes) {
        if (node.nodeType === 1 && isOwnElement(node as Element)) continue;
        relevant = true;
        pendingRemoval = true;
        count++;
      }
      if (relevant) pendingTargets.add(target);
    }
    if (count === 0) return;
    if (pendingTargets.size + pendingAdded.size > hugeMutation) huge = true;
    scheduleFlush();
  }

  function scheduleFlush() {
    if (destroyed || flushTimer !== undefined || idleHandle !== undefined) return;
    const win = doc.defaultView;
    if (huge && win?.requestIdleCallback) {
      idleHandle = win.requestIdleCallback(
        () => {
          idleHandle = undefined;
          push(flush());
        },
        { timeout: IDLE_TIMEOUT_MS },
      );
      return;
    }
    // A page that keeps changing (a ticker, a clock) is followed at a calmer pace.
    const busy = performance.now() - lastFlush < BUSY_WINDOW_MS;
    flushTimer = setTimeout(
      () => {
        flushTimer = undefined;
        lastFlush = performance.now();
        push(flush());
      },
      busy ? Math.max(mutationDelayMs, BUSY_DELAY_MS) : mutationDelayMs,
    );
  }

  /** Candidates of one run; giant text is matched in overlapping windows, one per step. */
  function* findIn(text: string): Generator<undefined, C[]> {
    if (text.length <= windowChars) return matcher.find(text);
    const found: C[] = [];
    for (let at = 0; at < text.length; at += windowChars) {
      const from = Math.max(0, at - overlap);
      const to = Math.min(text.length, at + windowChars + overlap);
      for (const candidate of matcher.find(text.slice(from, to))) {
        const start = candidate.start + from;
        // Each window owns the matches that start in it; the overlap only gives context.
        if (start < at || start >= at + windowChars) continue;
        found.push({ ...candidate, start, end: candidate.end + from });
      }
      yield undefined;
    }
    return found;
  }

  /** Walks `root` and files its runs with candidates under their blocks in `found`. */
  function* collect(
    root: Node,
    found: Map<Node, ScannedRun<C>[]>,
    seen: Set<Text>,
    walk: WalkOptions,
  ): Generator<undefined> {
    // The reader directly, not `walkRuns`: the first pass runs before V8 optimises our code,
    // where a generator step per run (and one per `findIn`) is a cost of its own.
    const reader = new RunReader(root, {
      ...walk,
      onRoot,
      onFrame,
      closedShadowRoot: options.closedShadowRoot,
    });
    const runs: TextRun[] = [];
    let chars = 0;
    for (;;) {
      const done = reader.read(NODES_PER_PAUSE, runs);
      for (let r = 0; r < runs.length; r++) {
        const item = runs[r] as TextRun;
        // Matching costs per character: offer a pause every few thousand.
        chars += item.text.length;
        if (chars > CHARS_PER_PAUSE) {
          chars = 0;
          yield undefined;
        }
        const first = item.nodes[0] as Text;
        // A node moved during a pass, or met by two overlapping walks, is filed once.
        if (seen.has(first)) continue;
        seen.add(first);
        textChars += item.text.length;
        const candidates =
          item.text.length <= windowChars ? matcher.find(item.text) : yield* findIn(item.text);
        if (candidates.length === 0) continue;
        const list = found.get(item.container);
        const run: ScannedRun<C> = { ...item, candidates };
        if (list) list.push(run);
        else found.set(item.container, [run]);
      }
      runs.length = 0;
      if (done) return;
      yield undefined;
    }
  }

  function* walkPendingRoots(
    found: Map<Node, ScannedRun<C>[]>,
    seen: Set<Text>,
    /** Run after each root: the first pass paints what it found so far, when due. */
    afterRoot?: () => Generator<undefined>,
  ): Generator<undefined> {
    while (pendingRoots.length > 0 || pendingFrames.length > 0) {
      const frame = pendingFrames.shift();
      if (frame) {
        // A hidden frame shows the reader nothing: it is entered when it shows (one of another
        // origin, never).
        if (frame.isConnected && !frameShown(frame)) {
          if (framePointsElsewhere(frame) || waitUntilShown(frame)) continue;
        }
        // Entering a frame builds our world in it: a step of its own.
        const frameDoc = frame.isConnected ? readFrameDocument(frame) : null;
        if (frameDoc) onRoot(frameDoc, frame);
        yield undefined;
        continue;
      }
      const root = pendingRoots.shift() as Root;
      if (root.nodeType === 9 && !(root as Document).defaultView) continue;
      yield* collect(walkRootOf(root), found, seen, {});
      // A page of a thousand small shadow roots: each one is a step, however little it holds.
      yield undefined;
      if (afterRoot) yield* afterRoot();
    }
  }

  /**
   * The first pass, the rescan after a huge mutation, and a rematch (`fresh`: blocks whose
   * text is unchanged still take the candidates found now): the whole page.
   */
  function* fullPass(fresh = false): Generator<undefined> {
    store.setScanning(true);
    const found = new Map<Node, ScannedRun<C>[]>();
    const seen = new Set<Text>();
    observe(doc);
    const body = walkRootOf(doc);
    let committed = 0;
    let lastCommit = performance.now();
    /** Paints what the pass found so far: the first mentions (the visible part) at once, then
     * at most every 100 ms. */
    function* commitIfDue(): Generator<undefined> {
      if (found.size === committed) return;
      if (committed > 0 && performance.now() - lastCommit < 100) return;
      committed = found.size;
      yield* commit(found, false, fresh);
      lastCommit = performance.now();
    }
    for (const item of collect(body, found, seen, { from: viewportStart(doc) })) {
      yield* commitIfDue();
      yield item;
    }
    yield* walkPendingRoots(found, seen, commitIfDue);
    // Blocks that had candidates before this pass and have none now.
    for (const container of byContainer.keys()) if (!found.has(container)) found.set(container, []);
    yield* commit(found, true, fresh);
    firstPassDone = true;
  }

  function* flush(): Generator<undefined> {
    const targets = pendingTargets;
    const added = pendingAdded;
    const removal = pendingRemoval;
    pendingTargets = new Set();
    pendingAdded = new Set();
    pendingRemoval = false;
    if (huge) {
      huge = false;
      yield* fullPass();
      return;
    }
    store.setScanning(true);
    const found = new Map<Node, ScannedRun<C>[]>();
    const seen = new Set<Text>();
    const containers = new Set<Node>();
    for (const target of targets) {
      if (!roots.has(target.getRootNode() as Root)) continue;
      const container = containerOf(target);
      if (isInsideSkipped(container)) {
        // A block now inside a script, a form field or an editor keeps no runs.
        if (byContainer.has(container)) found.set(container, []);
        continue;
      }
      containers.add(container);
    }
    for (const container of containers) {
      found.set(container, []);
      yield* collect(container, found, seen, { containerOnly: true });
    }
    for (const node of added) {
      if (hasAddedAncestor(node, added)) continue;
      if (!roots.has(node.getRootNode() as Root) || isInsideSkipped(node)) continue;
      yield* collect(node, found, seen, { ownOnly: true });
      if (node.nodeType === 1 && isBlockElement(node as Element) && !found.has(node)) {
        found.set(node, []);
      }
    }
    yield* walkPendingRoots(found, seen);
    if (removal) prune();
    yield* commit(found, removal);
  }

  /** Drops runs whose text left the page (removed, or in a frame that navigated). */
  function prune() {
    // A hidden frame removed before it showed: an observer would keep it alive.
    for (const [frame, observer] of waiting) {
      if (frame.isConnected) continue;
      observer.unobserve(frame);
      waiting.delete(frame);
    }
    for (const [container, runs] of byContainer) {
      // A block that left the page takes its runs with it, even when its text nodes were moved
      // elsewhere (re-parented into another block, or into a script or textarea): their new
      // place is read through the added nodes.
      const kept =
        container.nodeType === 1 && !container.isConnected
          ? []
          : runs.filter((run) => run.nodes.every((node) => isLive(node) && !isInsideSkipped(node)));
      if (kept.length === runs.length) continue;
      if (kept.length > 0) byContainer.set(container, kept);
      else byContainer.delete(container);
    }
  }

  function isLive(node: Node): boolean {
    if (!node.isConnected) return false;
    const root = node.getRootNode() as Root;
    return roots.has(root) && !!(node.ownerDocument ?? doc).defaultView;
  }

  /**
   * Files `found` (whole blocks, replacing what they had) and repaints if anything changed.
   * `fresh`: unchanged runs take the candidates just found (a rematch).
   */
  function* commit(
    found: Map<Node, ScannedRun<C>[]>,
    force: boolean,
    fresh = false,
  ): Generator<undefined> {
    if (destroyed) return;
    let changed = force;
    for (const [container, runs] of found) {
      const old = byContainer.get(container) ?? [];
      if (old.length === 0 && runs.length === 0) continue;
      // An unchanged run keeps its object, hence its mentions' ids and ranges.
      const next = runs.map((run) => {
        const kept = old.find((o) => sameRun(o, run));
        if (!kept) return run;
        if (fresh) {
          kept.candidates = run.candidates;
          changed = true;
        }
        return kept;
      });
      if (next.length === old.length && next.every((run, i) => run === old[i])) continue;
      changed = true;
      if (next.length > 0) byContainer.set(container, next);
      else byContainer.delete(container);
    }
    if (!changed) return;
    yield* rebuildOrder();
    yield* resolveAndPaint();
  }

  function settle() {
    if (!destroyed && firstPassDone && !runner.busy && flushTimer === undefined) {
      store.setScanning(false);
    }
  }

  /** Puts the runs of `byContainer` in document order, in steps: new runs go in one by one. */
  function* rebuildOrder(): Generator<undefined> {
    const live = new Set<ScannedRun<C>>();
    for (const runs of byContainer.values()) for (const run of runs) live.add(run);
    const kept = order.filter((run) => live.delete(run));
    const added = [...live];
    const at = (run: ScannedRun<C>) => run.nodes[0] as Node;
    // Runs in shadow roots and frames compare through their hosts: walk up once per run.
    const chains = new Map<Node, Node[]>();
    for (let i = 0; i < added.length; i++) {
      const run = added[i] as ScannedRun<C>;
      let low = 0;
      let high = kept.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (compareDocumentOrder(at(kept[mid] as ScannedRun<C>), at(run), chains) < 0) {
          low = mid + 1;
        } else high = mid;
      }
      kept.splice(low, 0, run);
      if (i % RUNS_PER_STEP === RUNS_PER_STEP - 1) yield undefined;
    }
    order = kept;
  }

  /**
   * Resolves every candidate again and paints the result, in steps: a page naming 20,000
   * mentions makes as many `Range`s and highlight entries, which is no single task's work.
   * Mentions made in an earlier step stay valid if the page changes meanwhile: the mutation
   * that changed it queues its own flush after this one.
   */
  function* resolveAndPaint(): Generator<undefined> {
    const runs = order;
    const resolved = yield* matcher.resolve(runs.map((run) => run.candidates));
    yield undefined;
    const mentions: PageMention[] = [];
    const pieces: MentionPiece[] = [];
    let made = 0;
    for (let i = 0; i < runs.length; i++) {
      const run = runs[i] as ScannedRun<C>;
      const found = resolved[i] ?? [];
      if (!sameMentions(run.mentions, found)) {
        const previous = new Map(run.mentions?.map((m) => [key(m), m]));
        const next: PageMention[] = [];
        const nextPieces: MentionPiece[] = [];
        for (const m of found) {
          let mention = previous.get(key(m));
          if (!mention) {
            mention = toPageMention(run, m);
            if (++made % MENTIONS_PER_STEP === 0) yield undefined;
          }
          next.push(mention);
          for (const piece of piecesOf(run, mention)) nextPieces.push(piece);
        }
        run.mentions = next;
        run.pieces = nextPieces;
      }
      for (const m of run.mentions ?? []) mentions.push(m);
      for (const p of run.pieces ?? []) pieces.push(p);
    }
    if (destroyed) return;
    yield* store.replacing(mentions, pieces);
    yield undefined;
    yield* painter.painting(mentions);
  }

  function toPageMention(run: TextRun, mention: Mention): PageMention {
    return { ...mention, id: nextId++, range: rangeOf(run, mention.start, mention.end) };
  }

  function piecesOf(run: TextRun, mention: PageMention): MentionPiece[] {
    const out: MentionPiece[] = [];
    // Only the nodes the mention spans, found by binary search: walking every node of the run
    // for every mention cost 10^9 steps in one task on a block of 100,000 nodes naming 6,667.
    const last = nodeIndexAt(run, mention.end, true);
    for (let k = nodeIndexAt(run, mention.start); k <= last; k++) {
      const start = run.starts[k] as number;
      const end = (run.starts[k + 1] as number | undefined) ?? run.text.length;
      if (end <= mention.start || start >= mention.end) continue;
      out.push({
        node: run.nodes[k] as Text,
        start: Math.max(0, mention.start - start),
        end: Math.min(end, mention.end) - start,
        mention,
      });
    }
    return out;
  }

  const cleanup = () => destroy();
  signal?.addEventListener('abort', cleanup, { once: true });

  function destroy() {
    if (destroyed) return;
    destroyed = true;
    observer.disconnect();
    for (const sizes of hiddenFrames.values()) sizes.disconnect();
    hiddenFrames.clear();
    waiting.clear();
    if (flushTimer !== undefined) clearTimeout(flushTimer);
    if (idleHandle !== undefined) doc.defaultView?.cancelIdleCallback(idleHandle);
    runner.destroy();
    byContainer.clear();
    order = [];
    painter.paint([]);
    store.replace([], []);
    store.setScanning(false);
    signal?.removeEventListener('abort', cleanup);
  }

  function push(job: Generator<undefined>) {
    runner.push(job);
    runner.idle().then(settle);
  }

  push(fullPass());

  return {
    get scanning() {
      return !firstPassDone || runner.busy || flushTimer !== undefined;
    },
    idle: () => runner.idle(),
    rematch: () => {
      if (!destroyed) push(fullPass(true));
    },
    stats: () => ({ ...runner.stats, textChars }),
    destroy,
  };
}

/** Same text over the same nodes: the old run's ranges and mentions still hold. */
function sameRun(a: TextRun, b: TextRun): boolean {
  return (
    a.text === b.text &&
    a.nodes.length === b.nodes.length &&
    a.nodes.every((node, i) => node === b.nodes[i] && a.starts[i] === b.starts[i])
  );
}

function key(mention: Mention): string {
  return `${mention.start}:${mention.end}:${mention.entity}`;
}

function sameMentions(old: PageMention[] | undefined, next: Mention[]): boolean {
  if (!old || old.length !== next.length) return false;
  return old.every((m, i) => key(m) === key(next[i] as Mention));
}

/** True when an ancestor of `node` (a few levels up) was also added: its walk covers `node`. */
function hasAddedAncestor(node: Node, added: Set<Node>): boolean {
  let n = node.parentNode;
  for (let depth = 0; n && depth < 64; depth++, n = n.parentNode) if (added.has(n)) return true;
  return false;
}

/**
 * Where to start the first pass so the visible part is painted first: the block at the top of
 * the viewport when the page is opened scrolled down (a fragment, a restored position); null
 * (the top of the page) otherwise. A fixed or sticky header is stepped over: its place in the
 * document is not where the reader is.
 */
function viewportStart(doc: Document): Element | null {
  const win = doc.defaultView;
  // Reading the scroll position forces a layout: ask only when the page can have opened
  // scrolled (a fragment, a reload or a step back or forward restoring its position).
  if (!win || !doc.body || !mayOpenScrolled(doc, win) || win.scrollY < win.innerHeight / 2) {
    return null;
  }
  for (const fraction of [0.01, 0.1, 0.3, 0.5]) {
    const element = elementNear(doc, win.innerWidth / 2, win.innerHeight * fraction);
    if (!element || !doc.body.contains(element) || isInsideSkipped(element)) continue;
    if (isPinned(element, doc.body, win)) continue;
    const block = containerOf(element);
    if (block.nodeType === 1 && block !== doc.body) return block as Element;
  }
  return null;
}

/** False for a page loaded by a plain navigation without a fragment: it opens at the top. */
function mayOpenScrolled(doc: Document, win: Window): boolean {
  if (doc.location?.hash) return true;
  const entry = win.performance?.getEntriesByType?.('navigation')[0] as
    | PerformanceNavigationTiming
    | undefined;
  return entry?.type !== 'navigate';
}

/**
 * The element whose text is nearest to a point: the caret position finds text even from a
 * margin between paragraphs, where `elementFromPoint` answers `body`.
 */
function elementNear(doc: Document, x: number, y: number): Element | null {
  const caret = doc.caretPositionFromPoint?.(x, y);
  const node = caret?.offsetNode ?? doc.elementFromPoint(x, y);
  if (!node) return null;
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/** True when `element` or an ancestor below `body` is fixed or sticky (a few style reads, once). */
function isPinned(element: Element, body: Element, win: Window): boolean {
  for (let e: Element | null = element; e && e !== body; e = e.parentElement) {
    const position = win.getComputedStyle(e).position;
    if (position === 'fixed' || position === 'sticky') return true;
  }
  return false;
}
