import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { annotateDocument } from '../../../lib/dom/annotate-document';
import { endScans, matcher, scan } from '../dom/dom-test-helpers';
import { buildPage, isFormOf, keys, randomPage, rangeOffsets, textOffsets } from './random-page';

afterEach(endScans);

describe('scanning random pages with names split across elements', () => {
  it('finds every full name in prose, paints only forms of their entity, never in excluded regions', () => {
    fc.assert(
      fc.property(randomPage, (parts) => {
        const { expected, excluded } = buildPage(parts);
        const text = document.body.textContent ?? '';
        const mentions = annotateDocument(document, matcher);
        for (const m of mentions) {
          const surface = text.slice(m.start, m.end);
          expect(isFormOf(surface, m.entity), `${surface} as ${m.entity}`).toBe(true);
          for (const region of excluded) {
            expect(
              m.end <= region.start || m.start >= region.end,
              `${surface} in an excluded region`,
            ).toBe(true);
          }
        }
        const found = new Set(keys(mentions));
        for (const name of expected) {
          expect(found.has(keys([name])[0] as string), `${name.text} at ${name.start}`).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the incremental scanner paints the same mentions as a whole-document scan', async () => {
    await fc.assert(
      fc.asyncProperty(randomPage, async (parts) => {
        buildPage(parts);
        const current = await scan();
        const offsets = textOffsets(document.body);
        const painted = current.store.all().map((m) => {
          const text = m.range.toString();
          expect(text).toBe(m.surface);
          expect(isFormOf(text, m.entity), `${text} as ${m.entity}`).toBe(true);
          return { ...rangeOffsets(m.range, offsets), entity: m.entity };
        });
        expect(painted.map((m) => m.start)).toEqual(
          [...painted.map((m) => m.start)].sort((a, b) => a - b),
        );
        expect(keys(painted)).toEqual(keys(annotateDocument(document, matcher)));
        // Every mention is painted under its category, and nothing else is.
        const byName = new Map<string, number>();
        for (const m of current.store.all()) {
          const name = `summit-lens-${m.category}`;
          byName.set(name, (byName.get(name) ?? 0) + 1);
        }
        for (const [name, ranges] of current.registry) {
          expect(ranges.size, name).toBe(byName.get(name) ?? 0);
        }
        endScans();
      }),
      { numRuns: 40 },
    );
  });
});
