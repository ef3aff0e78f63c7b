import path from 'node:path';
import type { Plugin } from 'vite';
import { prebuildFuzzyTier } from './create-fuzzy-tier';
import { indexFromDisk } from './index-from-disk';

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
      const index = indexFromDisk(knowledge, (file) => this.addWatchFile(file));
      const prebuilt = prebuildFuzzyTier(index);
      // A string for JSON.parse: V8 parses JSON faster than the same object literal.
      return `export const prebuiltFuzzyTier = JSON.parse(${JSON.stringify(JSON.stringify(prebuilt))});`;
    },
  };
}
