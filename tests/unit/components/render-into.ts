import { render, type VNode } from 'preact';
import { afterEach } from 'vitest';

const mounted: HTMLElement[] = [];

/** Renders `vnode` into a fresh div in the document; unmounted after each test. */
export function renderInto(vnode: VNode): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(vnode, root);
  mounted.push(root);
  return root;
}

/** The text a reader sees, whitespace collapsed. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

afterEach(() => {
  for (const root of mounted.splice(0)) {
    render(null, root);
    root.remove();
  }
});
