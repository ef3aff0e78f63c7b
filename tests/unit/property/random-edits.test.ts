import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { annotateDocument } from '../../../lib/dom/annotate-document';
import { endScans, matcher, scan } from '../dom/dom-test-helpers';
import { buildPage, keys, phrase, randomPage, rangeOffsets, textOffsets } from './random-page';

/** One change a page makes to itself after the first scan. `pick` chooses the target node. */
type Edit =
  | { kind: 'setText'; pick: number; text: string }
  | { kind: 'splitText'; pick: number; at: number }
  | { kind: 'insertText'; pick: number; text: string; before: boolean }
  | { kind: 'insertBlock'; pick: number; tag: string; text: string }
  | { kind: 'wrapInline'; pick: number; tag: string }
  | { kind: 'remove'; pick: number }
  | { kind: 'lineBreak'; pick: number; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('setText' as const), pick: fc.nat(), text: phrase }),
  fc.record({ kind: fc.constant('splitText' as const), pick: fc.nat(), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insertText' as const),
    pick: fc.nat(),
    text: phrase,
    before: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('insertBlock' as const),
    pick: fc.nat(),
    tag: fc.constantFrom('p', 'div', 'b', 'span'),
    text: phrase,
  }),
  fc.record({
    kind: fc.constant('wrapInline' as const),
    pick: fc.nat(),
    tag: fc.constantFrom('b', 'i', 'a', 'p'),
  }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('lineBreak' as const), pick: fc.nat(), at: fc.nat() }),
);

/** Edits in batches; the scanner is allowed to catch up between batches. */
const batches = fc.array(fc.array(edit, { minLength: 1, maxLength: 4 }), {
  minLength: 1,
  maxLength: 3,
});

function textNodes(): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(document.body, 0x4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Text);
  return out;
}

function elements(): Element[] {
  return [document.body, ...document.body.querySelectorAll('*')];
}

function apply(change: Edit) {
  if (change.kind === 'setText' || change.kind === 'splitText' || change.kind === 'lineBreak') {
    const nodes = textNodes();
    const node = nodes[change.pick % Math.max(1, nodes.length)];
    if (!node) return;
    if (change.kind === 'setText') node.data = change.text;
    else {
      const rest = node.splitText(change.at % (node.data.length + 1));
      // A <br> splits a block's text in two runs ("Vladimir<br>Putin" is two lines).
      if (change.kind === 'lineBreak') rest.before(document.createElement('br'));
    }
    return;
  }
  const all = elements();
  const target = all[change.pick % all.length] as Element;
  switch (change.kind) {
    case 'insertText':
      if (change.before) target.prepend(change.text);
      else target.append(change.text);
      break;
    case 'insertBlock': {
      const block = document.createElement(change.tag);
      block.textContent = change.text;
      target.append(block);
      break;
    }
    case 'wrapInline': {
      // Wraps the target's children in a new element, as editors and frameworks do.
      if (target === document.body) break;
      const wrapper = document.createElement(change.tag);
      wrapper.append(...target.childNodes);
      target.append(wrapper);
      break;
    }
    case 'remove':
      if (target !== document.body) target.remove();
      break;
  }
}

afterEach(endScans);

describe('random edits after the first scan', () => {
  it('leave the same mentions as a fresh scan of the final page', async () => {
    await fc.assert(
      // A low `hugeMutation` takes the other path: one rescan of the whole page when idle.
      fc.asyncProperty(
        randomPage,
        batches,
        fc.constantFrom(2000, 3),
        async (parts, edits, huge) => {
          buildPage(parts);
          const current = await scan({ hugeMutation: huge });
          for (const batch of edits) {
            for (const change of batch) apply(change);
            await current.settle();
          }
          const offsets = textOffsets(document.body);
          const live = current.store.all().map((m) => {
            expect(m.range.toString()).toBe(m.surface);
            return { ...rangeOffsets(m.range, offsets), entity: m.entity };
          });
          expect(keys(live)).toEqual(keys(annotateDocument(document, matcher)));
          endScans();
        },
      ),
      { numRuns: 30 },
    );
  }, 30_000);
});
