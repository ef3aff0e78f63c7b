/** `hostChain(node)` outermost first, from `chains` when it is there. */
function outerChain(node: Node, chains: Map<Node, Node[]> | undefined): Node[] {
  let chain = chains?.get(node);
  if (chain === undefined) {
    chain = hostChain(node).reverse();
    chains?.set(node, chain);
  }
  return chain;
}

/** The shadow hosts and frame elements above `node`, innermost first, `node` itself first. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  let current = node;
  for (;;) {
    const root = current.getRootNode();
    let next: Node | null = null;
    if (root.nodeType === 11) next = (root as ShadowRoot).host ?? null;
    else if (root.nodeType === 9) {
      try {
        next = (root as Document).defaultView?.frameElement ?? null;
      } catch {
        next = null;
      }
    }
    if (!next || next === current) return chain;
    chain.push(next);
    current = next;
  }
}

/**
 * Compares two nodes in reading order across shadow roots and same-origin frames (where
 * `compareDocumentPosition` alone reports "disconnected"): a shadow tree or frame sorts at its
 * host's position, before the host's light content. `chains` caches each node's hosts for a
 * caller comparing many nodes at once (a sort): the walk up costs a few DOM calls per node.
 */
export function compareDocumentOrder(a: Node, b: Node, chains?: Map<Node, Node[]>): number {
  if (a === b) return 0;
  const position = a.compareDocumentPosition(b);
  if (!(position & 1) /* DISCONNECTED */) return position & 4 /* FOLLOWING */ ? -1 : 1;
  const outerA = outerChain(a, chains);
  const outerB = outerChain(b, chains);
  for (let i = 0; ; i++) {
    const x = outerA[i];
    const y = outerB[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const p = x.compareDocumentPosition(y);
    if (p & 1) return 0;
    return p & 4 ? -1 : 1;
  }
}
