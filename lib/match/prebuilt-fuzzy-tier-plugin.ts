import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { Ambiguity, Entity } from '../knowledge/types';
import { buildIndex } from './build-index';
import { prebuildFuzzyTier } from './create-fuzzy-tier';

/**
 * Compiles the fuzzy tier's fuse.js indexes at build time: `lib/match/prebuilt-fuzzy-tier`
 * becomes the indexes `prebuildFuzzyTier` makes from the knowledge base, so the tier's file
 * (`fuzzy-tier.js`) ships them ready and a page only reads them (`Fuse.parseIndex`).
 */
export function prebuiltFuzzyTierPlugin(root: string): Plugin {
  const target = path.resolve(root, 'lib/match/prebuilt-fuzzy-tier.ts');
  const knowledge = path.resolve(root, 'assets/knowledge');
  return {
    name: 'summit-lens:prebuilt-fuzzy-tier',
    enforce: 'pre',
    load(id) {
      if (path.resolve(id.split('?')[0] as string) !== target) return null;
      // Read from disk on every load (and watched), so `wxt` dev rebuilds after a KB edit.
      const read = <T>(file: string): T => {
        this.addWatchFile(file);
        return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
      };
      const entities = read<Entity[]>(path.join(knowledge, 'entities.json'));
      const ambiguities = read<Ambiguity[]>(path.join(knowledge, 'ambiguities.json'));
      const prebuilt = prebuildFuzzyTier(buildIndex(entities, ambiguities));
      // A string for JSON.parse: V8 parses JSON faster than the same object literal.
      return `export const prebuiltFuzzyTier = JSON.parse(${JSON.stringify(JSON.stringify(prebuilt))});`;
    },
  };
}
