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
 * host's position, before the host's light content.
 */
export function compareDocumentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const position = a.compareDocumentPosition(b);
  if (!(position & 1) /* DISCONNECTED */) return position & 4 /* FOLLOWING */ ? -1 : 1;
  const outerA = hostChain(a).reverse();
  const outerB = hostChain(b).reverse();
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
