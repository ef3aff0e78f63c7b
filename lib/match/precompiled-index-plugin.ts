import path from 'node:path';
import type { Plugin } from 'vite';
import { indexFromDisk } from './index-from-disk';
import { packIndex } from './pack-index';

const CORE = '\0summit-lens:precompiled-core';
const BUILD_INDEX = '\0summit-lens:precompiled-build-index';

/**
 * Runs `buildIndex(entities, ambiguities)` at build time for the content script. Cold in a
 * page's isolated world the alias compilation costs 10–17 ms of the first scan, and the
 * knowledge base's text (roles, notes) a few KB of the 30 KB gzip start-up budget.
 *
 * In the modules that `contentEntry` imports, `lib/knowledge/core` becomes two empty marker
 * arrays and `lib/match/build-index` a `buildIndex` that, called with exactly those markers,
 * returns the index compiled here, unpacked from one JSON string (`unpackIndex`). Any other
 * call throws, and importing anything else from them fails the build, so the swap cannot
 * silently change what the content script matches. Other importers (tests, the annotate CLI,
 * the card and popup bundles) get the real modules.
 */
export function precompiledIndexPlugin(root: string, contentEntry: string): Plugin {
  const entry = path.resolve(root, contentEntry);
  const core = path.resolve(root, 'lib/knowledge/core');
  const buildIndexModule = path.resolve(root, 'lib/match/build-index');
  const unpack = path.resolve(root, 'lib/match/pack-index.ts');
  const knowledge = path.resolve(root, 'assets/knowledge');
  const withoutExtension = (file: string) => file.replace(/\.[cm]?[jt]s$/, '');
  return {
    name: 'summit-lens:precompiled-index',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === CORE) return CORE;
      if (importer === undefined || withoutExtension(importer) !== withoutExtension(entry)) {
        return null;
      }
      if (!source.startsWith('.')) return null;
      const target = withoutExtension(path.resolve(path.dirname(importer), source));
      if (target === core) return CORE;
      if (target === buildIndexModule) return BUILD_INDEX;
      return null;
    },
    load(id) {
      if (id === CORE) {
        return [
          '// Markers: the content script gets the compiled index, not the knowledge base.',
          'export const entities = Object.freeze([]);',
          'export const ambiguities = Object.freeze([]);',
        ].join('\n');
      }
      if (id === BUILD_INDEX) {
        const index = indexFromDisk(knowledge, (file) => this.addWatchFile(file));
        const packed = JSON.stringify(packIndex(index));
        return [
          `import { unpackIndex } from ${JSON.stringify(unpack)};`,
          `import { ambiguities, entities } from ${JSON.stringify(CORE)};`,
          // A string for JSON.parse: V8 parses JSON faster than the same object literal.
          `const PACKED = ${JSON.stringify(packed)};`,
          'export function buildIndex(e, a) {',
          '  if (e !== entities || a !== ambiguities) {',
          "    throw new Error('summit-lens: the content script has only the precompiled index');",
          '  }',
          '  return unpackIndex(JSON.parse(PACKED));',
          '}',
        ].join('\n');
      }
      return null;
    },
  };
}
