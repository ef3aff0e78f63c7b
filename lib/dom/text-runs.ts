/**
 * Reading a page's text as "runs": the text of consecutive text nodes of one block, joined, with
 * each node's start offset kept so that a match in the joined string maps back to a `Range`.
 * "Kim <b>Jong Un</b>" is one run; text in two blocks (or either side of a `<br>`) never joins.
 *
 * Block boundaries come from tag names, never from `getComputedStyle` (one style query per node
 * would cost more than the whole scan).
 */

/** Consecutive text of one block. `text.slice(starts[i], starts[i] + nodes[i].data.length)`
 * is `nodes[i].data` at the time of reading. */
export type TextRun = {
  /** The nearest block ancestor, or the root (`Document`/`ShadowRoot`) when there is none. */
  container: Node;
  nodes: Text[];
  starts: number[];
  text: string;
};

/** Elements whose text is never shown as page prose, or is the reader's own typing. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'datalist',
  'object',
  'embed',
  'head',
  'title',
  // SVG: <title>/<desc>/<metadata> are not rendered (SVG <text> is, and is read).
  'desc',
  'metadata',
  'math',
]);

/** Tags laid out as blocks (or table cells) by default: text either side never joins. */
const BLOCKS = new Set([
  'html',
  'body',
  'address',
  'article',
  'aside',
  'blockquote',
  'button',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'frameset',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'iframe',
  'frame',
  'video',
  'audio',
  'canvas',
  'picture',
  'svg',
  'text', // SVG <text>: its own line of text
  'foreignObject',
]);

/** Inline elements that still separate words visually. */
const BREAKS = new Set(['br', 'img']);

/** Our own UI host: every element we put on a page is named `summit-lens-*`. */
export function isOwnElement(element: Element): boolean {
  return element.localName.startsWith('summit-lens');
}

/** True for an element whose subtree is never read (script, form fields, our UI…). */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED.has(element.localName) || isOwnElement(element)) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** True for a tag that starts a new block. */
export function isBlockElement(element: Element): boolean {
  return BLOCKS.has(element.localName);
}

/** The parent across shadow and frame boundaries, for ancestor checks. */
function composedParent(node: Node): Node | null {
  if (node.parentNode) return node.parentNode;
  // A ShadowRoot has no parentNode: step to its host; a frame's document to its frame.
  if (node.nodeType === 11) return (node as ShadowRoot).host ?? null;
  if (node.nodeType === 9) {
    try {
      return (node as Document).defaultView?.frameElement ?? null;
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * True when `node` lies inside something we never read (script, textarea, an editable region,
 * our own host), across shadow roots and frames. Walks the ancestors: used for incremental
 * rescans, not per node of a full scan.
 */
export function isInsideSkipped(node: Node): boolean {
  for (let n: Node | null = node; n; n = composedParent(n)) {
    if (n.nodeType === 1 && isSkippedElement(n as Element)) return true;
    if (n.nodeType === 9 && (n as Document).designMode === 'on') return true;
  }
  return false;
}

/** The block that `node`'s text belongs to: the nearest block ancestor, else its root. */
export function containerOf(node: Node): Node {
  let n: Node = node.nodeType === 1 ? node : (node.parentNode ?? node);
  for (;;) {
    if (n.nodeType === 1 && isBlockElement(n as Element)) return n;
    const parent = n.parentNode;
    if (!parent) return n;
    n = parent;
  }
}

/** Where a walk starts in a document: its body (what `body.textContent` covers). */
export function walkRootOf(root: Document | ShadowRoot | Element): Node {
  if (root.nodeType === 9) {
    const doc = root as Document;
    return doc.body ?? doc.documentElement ?? doc;
  }
  return root;
}

export type WalkOptions = {
  /**
   * Only report runs whose block lies inside the walked subtree. For a subtree added to an
   * existing block, the text that joins the surrounding block is that block's rescan's job.
   */
  ownOnly?: boolean;
  /** Read one block's own text only: stop at nested blocks (they are blocks of their own). */
  containerOnly?: boolean;
  /** Start here and walk to the end, then from the start up to here (visible part first). */
  from?: Element | null;
  /** Called for each open shadow root and same-origin frame document met on the way. */
  onRoot?: (root: ShadowRoot | Document, host: Element) => void;
};

/** How often (in nodes) a walk offers its caller a chance to yield. */
const NODES_PER_PAUSE = 128;

const OUTSIDE: Node = { nodeType: -1 } as unknown as Node;

/**
 * Walks the text under `root` and yields each finished run; yields `undefined` every few hundred
 * nodes so a time-sliced caller can pause. Skipped subtrees (see `isSkippedElement`) are not
 * entered. Open shadow roots and same-origin frames are reported through `onRoot`, not entered.
 */
export function* walkRuns(root: Node, options: WalkOptions = {}): Generator<TextRun | undefined> {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) return;
  if (doc.designMode === 'on') return;
  // Element → its block. Filled as the walk descends, so each lookup is one map read.
  const blockOf = new Map<Node, Node>();
  const rootBlock =
    root.nodeType === 1 && isBlockElement(root as Element)
      ? root
      : options.ownOnly
        ? OUTSIDE
        : containerOf(root);
  blockOf.set(root, rootBlock);

  let container: Node = OUTSIDE;
  let nodes: Text[] = [];
  let starts: number[] = [];
  let parts: string[] = [];
  let length = 0;

  const finish = (): TextRun | undefined => {
    if (nodes.length === 0) return undefined;
    const run: TextRun | undefined =
      container === OUTSIDE ? undefined : { container, nodes, starts, text: parts.join('') };
    nodes = [];
    starts = [];
    parts = [];
    length = 0;
    container = OUTSIDE;
    return run;
  };

  const blockOfParent = (node: Node): Node => {
    const parent = node.parentNode;
    if (!parent) return OUTSIDE;
    const known = blockOf.get(parent);
    if (known) return known;
    // Only reached when a walk starts mid-tree (`from`): climb once, then it's memoised.
    const found = options.ownOnly ? OUTSIDE : containerOf(parent);
    blockOf.set(parent, found);
    return found;
  };

  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  // Moves past the current node's subtree; null at the end of the walk.
  const skipSubtree = (): Node | null => {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    while (walker.parentNode()) {
      const next = walker.nextSibling();
      if (next) return next;
    }
    return null;
  };

  const from = options.from && options.from !== root ? options.from : null;
  let phase: 'from' | 'start' = from ? 'from' : 'start';
  let node: Node | null;
  if (from) {
    walker.currentNode = from;
    node = from;
  } else {
    node = walker.nextNode();
  }
  let count = 0;
  for (;;) {
    if (node === null || (phase === 'start' && node === from && from !== null)) {
      const run = finish();
      if (run) yield run;
      if (phase === 'from') {
        phase = 'start';
        walker.currentNode = root;
        node = walker.nextNode();
        continue;
      }
      return;
    }
    if (++count % NODES_PER_PAUSE === 0) yield undefined;
    if (node.nodeType === 3) {
      const text = node as Text;
      const block = blockOfParent(text);
      if (block !== container) {
        const run = finish();
        if (run) yield run;
        container = block;
      }
      const data = text.data;
      nodes.push(text);
      starts.push(length);
      parts.push(data);
      length += data.length;
      node = walker.nextNode();
      continue;
    }
    const element = node as Element;
    if (isSkippedElement(element)) {
      const run = finish();
      if (run) yield run;
      node = skipSubtree();
      continue;
    }
    if (isBlockElement(element)) {
      const run = finish();
      if (run) yield run;
      blockOf.set(element, element);
      if (options.containerOnly && element !== root) {
        node = skipSubtree();
        continue;
      }
    } else {
      blockOf.set(element, blockOfParent(element));
      if (BREAKS.has(element.localName)) {
        const run = finish();
        if (run) yield run;
      }
    }
    if (options.onRoot) {
      const shadow = element.shadowRoot;
      if (shadow) options.onRoot(shadow, element);
      if (element.localName === 'iframe' || element.localName === 'frame') {
        const frameDoc = readFrameDocument(element as HTMLIFrameElement);
        if (frameDoc) options.onRoot(frameDoc, element);
      }
    }
    node = walker.nextNode();
  }
}

/** A frame's document when it is same-origin and reachable; null otherwise. */
export function readFrameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/** Every run under `root`, synchronously (for the batch CLI and tests). */
export function readRuns(root: Node, options: WalkOptions = {}): TextRun[] {
  const runs: TextRun[] = [];
  for (const run of walkRuns(root, options)) if (run) runs.push(run);
  return runs;
}

/** The index of the node in `run` holding UTF-16 offset `offset` (`end`: offsets close a node). */
export function nodeIndexAt(run: TextRun, offset: number, end = false): number {
  const { starts } = run;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = starts[mid] as number;
    if (end ? start < offset : start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** A live `Range` over `[start, end)` of `run`'s text. */
export function rangeOf(run: TextRun, start: number, end: number): Range {
  const first = nodeIndexAt(run, start);
  const last = nodeIndexAt(run, end, true);
  const startNode = run.nodes[first] as Text;
  const endNode = run.nodes[last] as Text;
  const range = (startNode.ownerDocument as Document).createRange();
  range.setStart(startNode, start - (run.starts[first] as number));
  range.setEnd(endNode, end - (run.starts[last] as number));
  return range;
}
