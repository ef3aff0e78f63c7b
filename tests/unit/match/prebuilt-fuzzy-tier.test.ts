import path from 'node:path';
import Fuse from 'fuse.js/basic';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ambiguities, entities } from '../../../lib/knowledge/core';
import { buildIndex } from '../../../lib/match/build-index';
import {
  createFuzzyTier,
  type PrebuiltFuzzyTier,
  prebuildFuzzyTier,
} from '../../../lib/match/create-fuzzy-tier';
import { findMentions } from '../../../lib/match/find-mentions';
import { prebuiltFuzzyTierPlugin } from '../../../lib/match/prebuilt-fuzzy-tier-plugin';

const index = buildIndex(entities, ambiguities);
const TEXT =
  'Vladimir Poutine met Andrej Rudenko, Jake Sulivan and Adrienne Watsen, but Kim Kardashian ' +
  'and Vladimir Nabokov did not come.';

/** What the tier finds in TEXT, as "surface=entity". */
function hits(prebuilt: PrebuiltFuzzyTier | null): string[] {
  const tier = createFuzzyTier(index, prebuilt);
  return tier.find(TEXT, findMentions(TEXT, index), true).map((m) => `${m.surface}=${m.entity}`);
}

afterEach(() => vi.restoreAllMocks());

describe('prebuilt fuzzy tier', () => {
  it('finds the same near-misses from indexes built ahead of time as from its own', () => {
    const prebuilt = JSON.parse(JSON.stringify(prebuildFuzzyTier(index))) as PrebuiltFuzzyTier;
    const own = hits(null);
    expect(own).toEqual([
      'Vladimir Poutine=vladimir-putin',
      'Andrej Rudenko=andrei-rudenko',
      'Jake Sulivan=jake-sullivan',
      'Adrienne Watsen=adrienne-watson',
    ]);
    const create = vi.spyOn(Fuse, 'createIndex');
    expect(hits(prebuilt)).toEqual(own);
    // Read, not built: no page pays for a fuse.js index.
    expect(create).not.toHaveBeenCalled();
  });

  it('builds a group itself when the prebuilt index lists other names (an edited KB)', () => {
    const prebuilt = prebuildFuzzyTier(index);
    const group = Object.keys(prebuilt).find((key) =>
      prebuilt[key]?.keys.includes('vladimir putin'),
    );
    expect(group).toBeDefined();
    const stale = {
      ...prebuilt,
      [group as string]: { ...prebuilt[group as string], keys: ['x y'] },
    };
    const create = vi.spyOn(Fuse, 'createIndex');
    expect(hits(stale as PrebuiltFuzzyTier)).toContain('Vladimir Poutine=vladimir-putin');
    expect(create).toHaveBeenCalled();
  });

  it('is compiled into the build from the knowledge base', () => {
    const root = path.resolve('.');
    const plugin = prebuiltFuzzyTierPlugin(root);
    const watched: string[] = [];
    const load = (id: string) =>
      (plugin.load as (this: unknown, id: string) => string | null).call(
        { addWatchFile: (file: string) => watched.push(file) },
        id,
      );
    expect(load(path.join(root, 'lib/match/create-fuzzy-tier.ts'))).toBeNull();
    const code = load(path.join(root, 'lib/match/prebuilt-fuzzy-tier.ts')) ?? '';
    const literal = /JSON\.parse\((".*")\);$/.exec(code)?.[1];
    expect(JSON.parse(JSON.parse(literal as string))).toEqual(
      JSON.parse(JSON.stringify(prebuildFuzzyTier(index))),
    );
    expect(watched.map((f) => path.relative(root, f)).sort()).toEqual([
      'assets/knowledge/ambiguities.json',
      'assets/knowledge/entities.json',
    ]);
  });
});
