import type { Page } from '@playwright/test';

/**
 * Installed before any page script (and before our content script): records every DOM mutation
 * outside our own `summit-lens-*` host, every CSP violation, and a serialisation of the DOM at
 * `DOMContentLoaded`, so a test can prove annotation changed nothing on the page.
 */
export async function guardPage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const ours = (node: Node | null): boolean => {
      for (let n = node; n; n = n.parentNode) {
        if (n.nodeType === 1 && (n as Element).localName.startsWith('summit-lens')) return true;
      }
      return false;
    };
    const serialize = () => {
      const clone = document.documentElement.cloneNode(true) as Element;
      for (const el of [...clone.querySelectorAll('*')]) {
        if (el.localName.startsWith('summit-lens')) el.remove();
      }
      return clone.outerHTML;
    };
    const state = {
      mutations: [] as string[],
      violations: [] as string[],
      before: '',
      serialize,
    };
    (window as unknown as { __summitLensGuard: typeof state }).__summitLensGuard = state;
    // Recording starts once the parser is done (its own insertions are not changes).
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        if (ours(r.target)) continue;
        const nodes = [...r.addedNodes, ...r.removedNodes];
        if (
          r.type === 'childList' &&
          nodes.every((n) => ours(n) || (n as Element).localName?.startsWith('summit-lens'))
        )
          continue;
        const names = nodes.map((n) => n.nodeName).join(',');
        state.mutations.push(
          `${r.type} on ${r.target.nodeName} ${r.attributeName ?? ''}${names ? ` [${names}]` : ''}`,
        );
      }
    });
    document.addEventListener('securitypolicyviolation', (e) =>
      state.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
    document.addEventListener('DOMContentLoaded', () => {
      state.before = serialize();
      observer.observe(document, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
      });
    });
  });
}

/** What the guard saw: mutations outside our host, CSP violations, and whether the DOM changed. */
export async function guardReport(
  page: Page,
): Promise<{ mutations: string[]; violations: string[]; unchanged: boolean }> {
  return page.evaluate(() => {
    const state = (
      window as unknown as {
        __summitLensGuard: {
          mutations: string[];
          violations: string[];
          before: string;
          serialize(): string;
        };
      }
    ).__summitLensGuard;
    return {
      mutations: state.mutations.slice(0, 20),
      violations: state.violations,
      unchanged: state.before !== '' && state.before === state.serialize(),
    };
  });
}
