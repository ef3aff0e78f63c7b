type DomApi = { dom?: { openOrClosedShadowRoot?: (element: Element) => ShadowRoot | null } };

/**
 * The extension API that opens closed shadow roots to content scripts (`dom.openOrClosedShadowRoot`,
 * Chrome 88+, Firefox 63+), or undefined where it is missing (tests, other contexts).
 */
export function closedShadowRootApi(): ((element: Element) => ShadowRoot | null) | undefined {
  const scope = globalThis as unknown as { chrome?: DomApi; browser?: DomApi };
  const dom = scope.chrome?.dom ?? scope.browser?.dom;
  const open = dom?.openOrClosedShadowRoot;
  if (typeof open !== 'function') return undefined;
  return (element) => {
    try {
      return open.call(dom, element);
    } catch {
      return null;
    }
  };
}
