import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CATEGORIES } from '../../../lib/knowledge/types';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  type Settings,
  sanitizeSettings,
} from '../../../lib/settings';

/** A stored value and the settings it must load as. */
type Case = { stored: unknown; expected: Settings };

const KNOWN_KEYS = new Set(['enabled', 'categories', 'pausedSites', 'hoverDelayMs']);

/** Anything JSON-ish that is not `accept`ed: wrong types, nulls, arrays, objects. */
function junk(accept: (value: unknown) => boolean): fc.Arbitrary<unknown> {
  return fc
    .oneof(
      fc.constant(null),
      fc.boolean(),
      fc.string({ maxLength: 8 }),
      fc.integer(),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
      fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 4 }), fc.constant(null)), {
        maxLength: 3,
      }),
      fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 3 }),
    )
    .filter((value) => !accept(value));
}

/** A field that is good (kept), bad (falls back) or missing (falls back). */
function field<T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<unknown>, fallback: T) {
  return fc.oneof(
    good.map((value) => ({ stored: value as unknown, expected: value, present: true })),
    bad.map((value) => ({ stored: value, expected: fallback, present: true })),
    fc.constant({ stored: undefined as unknown, expected: fallback, present: false }),
  );
}

const isBoolean = (v: unknown) => typeof v === 'boolean';
const hostname = fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,40}$/);

/** A paused-sites list: good hostnames kept (first copy, in order), every other item dropped. */
const pausedSites = fc.oneof(
  fc
    .array(
      fc.oneof(
        hostname.map((h) => ({ item: h as unknown, keep: true })),
        fc
          .oneof(fc.constant(''), fc.integer(), fc.constant(null), fc.constant('x'.repeat(300)))
          .map((item) => ({ item: item as unknown, keep: false })),
      ),
      { maxLength: 6 },
    )
    .map((items) => ({
      stored: items.map((i) => i.item) as unknown,
      expected: [...new Set(items.filter((i) => i.keep).map((i) => i.item as string))],
      present: true,
    })),
  junk(Array.isArray).map((value) => ({ stored: value, expected: [] as string[], present: true })),
  fc.constant({ stored: undefined as unknown, expected: [] as string[], present: false }),
);

/** The hover delay: kept in range, clamped outside it, the default when not a finite number. */
const hoverDelayMs = fc.oneof(
  fc
    .integer({ min: 0, max: 5000 })
    .map((v) => ({ stored: v as unknown, expected: v, present: true })),
  fc.integer({ min: 5001 }).map((v) => ({ stored: v as unknown, expected: 5000, present: true })),
  fc.integer({ max: -1 }).map((v) => ({ stored: v as unknown, expected: 0, present: true })),
  junk((v) => typeof v === 'number' && Number.isFinite(v)).map((v) => ({
    stored: v,
    expected: DEFAULT_SETTINGS.hoverDelayMs,
    present: true,
  })),
  fc.constant({
    stored: undefined as unknown,
    expected: DEFAULT_SETTINGS.hoverDelayMs,
    present: false,
  }),
);

const categories = fc.oneof(
  fc
    .tuple(
      ...CATEGORIES.map((c) =>
        field(fc.boolean(), junk(isBoolean), DEFAULT_SETTINGS.categories[c]),
      ),
    )
    .map((fields) => ({
      stored: Object.fromEntries(
        fields.flatMap((f, i) => (f.present ? [[CATEGORIES[i] as string, f.stored]] : [])),
      ) as unknown,
      expected: Object.fromEntries(fields.map((f, i) => [CATEGORIES[i] as string, f.expected])),
      present: true,
    })),
  junk((v) => typeof v === 'object' && v !== null && !Array.isArray(v)).map((v) => ({
    stored: v,
    expected: { ...DEFAULT_SETTINGS.categories } as Record<string, boolean>,
    present: true,
  })),
);

const unknownKeys = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 10 }).filter((k) => !KNOWN_KEYS.has(k) && k !== '__proto__'),
  fc.jsonValue({ maxDepth: 2 }),
  { maxKeys: 4 },
);

/** An object with each field good, bad or missing, and unknown keys beside them. */
const storedObject: fc.Arbitrary<Case> = fc
  .record({
    enabled: field(fc.boolean(), junk(isBoolean), DEFAULT_SETTINGS.enabled),
    categories,
    pausedSites,
    hoverDelayMs,
    extra: unknownKeys,
  })
  .map(({ extra, ...fields }) => {
    const stored: Record<string, unknown> = { ...extra };
    const expected: Record<string, unknown> = {};
    for (const [key, f] of Object.entries(fields)) {
      if (f.present) stored[key] = f.stored;
      expected[key] = f.expected;
    }
    return { stored, expected: expected as Settings };
  });

/** A value that is not an object of settings at all. */
const notAnObject: fc.Arbitrary<Case> = fc
  .oneof(
    fc.constant(null),
    fc.boolean(),
    fc.string(),
    fc.double(),
    fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 4 }),
  )
  .map((stored) => ({ stored, expected: DEFAULT_SETTINGS }));

const anyCase = fc.oneof(
  { weight: 4, arbitrary: storedObject },
  { weight: 1, arbitrary: notAnObject },
);

/** What WXT keeps beside a versioned value (`{ v }`), corrupt, or from another version. */
const meta = fc.oneof(
  fc.constant(undefined),
  fc.record({ v: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.string(), fc.constant(null)) }),
  fc.jsonValue({ maxDepth: 1 }),
);

describe('settings from random and corrupt stored values', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sanitizeSettings keeps every good field and falls back field by field', () => {
    fc.assert(
      fc.property(anyCase, ({ stored, expected }) => {
        expect(sanitizeSettings(stored)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('loadSettings always loads what was stored, whatever its version meta says', async () => {
    await fc.assert(
      fc.asyncProperty(anyCase, meta, async ({ stored, expected }, storedMeta) => {
        fakeBrowser.reset();
        const items: Record<string, unknown> = { 'summit-lens-settings': stored };
        if (storedMeta !== undefined) items['summit-lens-settings$'] = storedMeta;
        await fakeBrowser.storage.local.set(items);
        // Storage keeps JSON: NaN and ±Infinity come back as null, which is just as bad.
        expect(await loadSettings()).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
