import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

const mounted: HTMLElement[] = [];

/** Renders `vnode` into a fresh element in the document (effects flushed); removed after each test. */
export function mount(vnode: VNode): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(vnode, root));
  mounted.push(root);
  return root;
}

/** Lets pending promises and timers of the rendered tree run, then flushes Preact's updates. */
export async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}

/** Runs a user action and flushes the resulting render. */
export async function user(action: () => void): Promise<void> {
  await act(async () => action());
}

/** The text a reader sees, whitespace collapsed. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Elements matching `selector` whose visible text contains `text`. */
export function byText<T extends Element = HTMLElement>(
  root: ParentNode,
  selector: string,
  text: string,
): T[] {
  return [...root.querySelectorAll<T>(selector)].filter((e) => textOf(e).includes(text));
}

afterEach(() => {
  for (const root of mounted.splice(0)) {
    render(null, root);
    root.remove();
  }
});
