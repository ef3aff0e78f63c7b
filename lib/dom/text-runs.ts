/**
 * Reading a page's text as "runs": the text of consecutive text nodes of one block, joined, with
 * each node's start offset kept so that a match in the joined string maps back to a `Range`.
 * "Kim <b>Jong Un</b>" is one run; text in two blocks (or either side of a `<br>`) never joins.
 *
 * Block boundaries come from tag names, never from `getComputedStyle` (one style query per node
 * would cost more than the whole scan).
 */

/** Consecutive text of one block. `text.slice(starts[i], starts[i] + nodes[i].data.length)`
 * is `nodes[i].data` at the time of reading. Runs of white space only are never reported. */
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

/** What an element is to the walk: one `Map` lookup per element gives all of it. */
const INLINE = 0;
const SKIP = 1;
const BLOCK = 2;
const BREAK = 3;
/** The low bits: one of the four kinds above. */
const KIND_MASK = 3;
/** Flag: may host a shadow root (see `SHADOW_HOSTS`). */
const HOST = 4;
/** Flag: an `iframe` or `frame`. */
const FRAME = 8;
/** Flag: a custom element (a hyphen in its name), where closed shadow roots live too. */
const CUSTOM = 16;

/**
 * The HTML elements that can host a shadow root besides custom elements (a hyphen in the
 * name): `attachShadow` and declarative shadow roots refuse any other. Asking every other
 * element for its `shadowRoot` is a call into the DOM per element for nothing.
 * https://dom.spec.whatwg.org/#valid-shadow-host-name
 */
const SHADOW_HOSTS = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);

const KIND = new Map<string, number>();
for (const name of BREAKS) KIND.set(name, BREAK);
for (const name of BLOCKS) KIND.set(name, BLOCK);
for (const name of SKIPPED) KIND.set(name, SKIP);
for (const name of SHADOW_HOSTS) KIND.set(name, (KIND.get(name) ?? INLINE) | HOST);
KIND.set('iframe', BLOCK | FRAME);
KIND.set('frame', BLOCK | FRAME);

/** The kind and flags of an element named `name` that `KIND` does not list. */
function kindOfOther(name: string): number {
  if (!name.includes('-')) return INLINE;
  // Our own UI is named summit-lens-*.
  return name.length > 11 && name.startsWith('summit-lens') ? SKIP : INLINE | CUSTOM;
}

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
  /**
   * Called for each open shadow root met on the way, and for each same-origin frame's document
   * unless `onFrame` is given.
   */
  onRoot?: (root: ShadowRoot | Document, host: Element) => void;
  /**
   * Called for each `iframe` and `frame` met on the way, instead of reading its document: the
   * first touch of a frame's document from our world builds that world in the frame (about
   * 3 ms), so a time-sliced caller enters frames one per step.
   */
  onFrame?: (frame: HTMLIFrameElement) => void;
  /**
   * Reaches closed shadow roots too (an extension's `dom.openOrClosedShadowRoot`). Asked only
   * for custom elements (a hyphen in the name), where closed roots live, to keep the walk cheap.
   */
  closedShadowRoot?: (element: Element) => ShadowRoot | null | undefined;
};

/**
 * Text with something besides white space. Most runs of a page are the indentation between its
 * blocks (77% of theguardian's, 85% of yahoo-news's): no name can be in them, so they are
 * dropped here, one native test per run, instead of costing every caller a run to handle.
 */
const NOT_BLANK = /\S/;

/** How often (in nodes) a walk offers its caller a chance to yield. */
export const NODES_PER_PAUSE = 256;

const OUTSIDE: Node = { nodeType: -1 } as unknown as Node;

/** Elements under `root` whose `contenteditable` makes them (and their subtree) editable. */
function editableIn(root: Node): Set<Element> {
  const query = (root as ParentNode).querySelectorAll;
  if (typeof query !== 'function') return new Set();
  const found = new Set<Element>();
  for (const element of (root as ParentNode).querySelectorAll('[contenteditable]')) {
    if (element.getAttribute('contenteditable') !== 'false') found.add(element);
  }
  return found;
}

/**
 * A resumable walk over the text under `root`: `read` handles a bounded number of nodes and
 * hands back the runs it finished, so a time-sliced caller can stop between calls.
 *
 * It walks by hand (`firstChild`/`nextSibling`/`parentNode`) rather than with a `TreeWalker`, so
 * it sees where each element ends and keeps the current block on a stack: no per-node lookups,
 * no callback per node. Skipped subtrees are never entered.
 *
 * The first pass runs in V8's interpreter (our code is not optimised yet), where every property
 * load and call costs: `read` keeps its state in locals (written back to fields when it
 * returns), builds a run's text by concatenation (no array of parts), asks one `Map` for an
 * element's kind and flags, and calls into the DOM only for what it needs.
 */
export class RunReader {
  private readonly root: Node;
  private readonly options: WalkOptions;
  private readonly editable: Set<Element> | null;
  /** The next node to visit; null when the walk is over. */
  private node: Node | null;
  /** The blocks enclosing `node`, outermost first; the last one owns the text being read. */
  private blocks: Node[];
  private phase: 'from' | 'start';
  /** The run being read: its nodes (null when none), their starts, its text, its block. */
  private nodes: Text[] | null = null;
  private starts: number[] = [];
  private text = '';
  private container: Node = OUTSIDE;

  constructor(root: Node, options: WalkOptions = {}) {
    this.root = root;
    this.options = options;
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    // Nothing to read under a root that is itself editable or skipped (an editor iframe's
    // <body contenteditable>): querySelectorAll only sees descendants.
    const off = !doc || doc.designMode === 'on' || isInsideSkipped(root);
    const editable = off ? null : editableIn(root);
    this.editable = editable !== null && editable.size > 0 ? editable : null;
    const rootBlock =
      root.nodeType === 1 && isBlockElement(root as Element)
        ? root
        : options.ownOnly
          ? OUTSIDE
          : containerOf(root);
    const from = options.from && options.from !== root ? options.from : null;
    this.phase = from ? 'from' : 'start';
    if (off) {
      this.node = null;
      this.blocks = [rootBlock];
    } else if (from) {
      // Starting mid-tree: the blocks around `from`, outermost first, as if walked down to it.
      const chain: Node[] = [];
      for (let n = from.parentNode; n && n !== root; n = n.parentNode) {
        if (n.nodeType === 1 && isBlockElement(n as Element)) chain.push(n);
      }
      this.blocks = [rootBlock, ...chain.reverse()];
      this.node = from;
    } else {
      this.blocks = [rootBlock];
      this.node = root.firstChild;
    }
  }

  /** Handles up to `budget` nodes, pushing finished runs to `out`; true once the walk is over. */
  read(budget: number, out: TextRun[]): boolean {
    const root = this.root;
    const blocks = this.blocks;
    const editable = this.editable;
    const options = this.options;
    // In the second phase the walk ends where the first began.
    const stop = this.phase === 'start' ? (options.from ?? null) : null;
    const containerOnly = options.containerOnly === true;
    const onRoot = options.onRoot;
    const onFrame = options.onFrame;
    const closedShadowRoot = options.closedShadowRoot;
    let top = blocks[blocks.length - 1] as Node;
    // The run being read, in locals for the loop.
    let nodes = this.nodes;
    let starts = this.starts;
    let text = this.text;
    let container = this.container;
    let node = this.node;
    let count = 0;
    while (node !== null && count < budget) {
      count++;
      if (node === stop) {
        node = null;
        break;
      }
      const type = node.nodeType;
      let descend = false;
      if (type === 3) {
        const data = (node as Text).data;
        if (nodes !== null && top !== container) {
          emit(out, container, nodes, starts, text);
          nodes = null;
        }
        if (nodes === null) {
          nodes = [node as Text];
          starts = [0];
          text = data;
          container = top;
        } else {
          nodes.push(node as Text);
          starts.push(text.length);
          text += data;
        }
      } else if (type === 1) {
        const name = (node as Element).localName;
        let kind = KIND.get(name);
        if (kind === undefined) kind = kindOfOther(name);
        // Editable regions are known up front.
        if (editable?.has(node as Element)) kind = SKIP;
        const what = kind & KIND_MASK;
        if (what === INLINE) descend = true;
        else {
          // A block, a line break or a skipped element ends the run before it.
          if (nodes !== null) {
            emit(out, container, nodes, starts, text);
            nodes = null;
          }
          if (what === BREAK) descend = true;
          else if (what === BLOCK && !containerOnly) {
            blocks.push(node);
            top = node;
            descend = true;
          }
        }
        if (descend && kind > KIND_MASK && onRoot) {
          if ((kind & (HOST | CUSTOM)) !== 0) {
            const element = node as Element;
            const shadow =
              element.shadowRoot ??
              (closedShadowRoot && (kind & CUSTOM) !== 0 ? closedShadowRoot(element) : null);
            if (shadow) onRoot(shadow, element);
          }
          if ((kind & FRAME) !== 0) {
            if (onFrame) onFrame(node as HTMLIFrameElement);
            else {
              const frameDoc = readFrameDocument(node as HTMLIFrameElement);
              if (frameDoc) onRoot(frameDoc, node as Element);
            }
          }
        }
      }
      // Next in document order: down, else along, else up (closing blocks on the way).
      if (descend) {
        const child = node.firstChild;
        if (child !== null) {
          node = child;
          continue;
        }
        if (top === node) {
          // An empty block: it still ends the run before it (done above) and closes here.
          blocks.pop();
          top = blocks[blocks.length - 1] as Node;
        }
      }
      let current: Node = node;
      node = null;
      while (current !== root) {
        const sibling: Node | null = current.nextSibling;
        if (sibling !== null) {
          node = sibling;
          break;
        }
        const parent: Node | null = current.parentNode;
        if (parent === null || parent === root) break;
        current = parent;
        if (current === top && blocks.length > 1) {
          if (nodes !== null) {
            emit(out, container, nodes, starts, text);
            nodes = null;
          }
          blocks.pop();
          top = blocks[blocks.length - 1] as Node;
        }
      }
      if (node === null && this.phase === 'from') {
        // Walked from the viewport to the end: now from the top, up to where we started. Pause
        // here, so the caller can paint the visible part before the rest.
        if (nodes !== null) emit(out, container, nodes, starts, text);
        this.nodes = null;
        this.phase = 'start';
        blocks.length = 1;
        this.node = root.firstChild;
        return this.node === null;
      }
    }
    this.node = node;
    if (node === null) {
      if (nodes !== null) emit(out, container, nodes, starts, text);
      this.nodes = null;
      return true;
    }
    this.nodes = nodes;
    this.starts = starts;
    this.text = text;
    this.container = container;
    return false;
  }
}

/** Pushes a finished run to `out`, unless it is outside the walked subtree or blank. */
function emit(out: TextRun[], container: Node, nodes: Text[], starts: number[], text: string) {
  if (container !== OUTSIDE && NOT_BLANK.test(text)) out.push({ container, nodes, starts, text });
}

/**
 * Walks the text under `root` and yields each finished run; yields `undefined` every few hundred
 * nodes so a time-sliced caller can pause. Skipped subtrees (see `isSkippedElement`) are not
 * entered. Open shadow roots and same-origin frames are reported through `onRoot`, not entered.
 */
export function* walkRuns(root: Node, options: WalkOptions = {}): Generator<TextRun | undefined> {
  const reader = new RunReader(root, options);
  const out: TextRun[] = [];
  for (;;) {
    const done = reader.read(NODES_PER_PAUSE, out);
    for (const run of out) yield run;
    out.length = 0;
    if (done) return;
    yield undefined;
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
