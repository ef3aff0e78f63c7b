import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EAGER_COMPILE_HINT, eagerCompilePlugin } from '../../../lib/build/eager-compile-plugin';

const ROOT = path.resolve('.');
const plugin = eagerCompilePlugin(ROOT, 'entrypoints/content/index.ts');

type Chunk = { type: 'chunk'; isEntry: boolean; facadeModuleId: string | null; code: string };
const chunk = (facadeModuleId: string | null, isEntry = true): Chunk => ({
  type: 'chunk',
  isEntry,
  facadeModuleId,
  code: '(function(){console.log(1)})();',
});
const generate = (bundle: Record<string, Chunk>) =>
  (plugin.generateBundle as (this: unknown, ...args: unknown[]) => void).call(
    {},
    {},
    bundle,
    false,
  );

describe('eagerCompilePlugin', () => {
  it("puts V8's compile hint on the first line of the content script only", () => {
    const content = chunk(
      `\0virtual:wxt-content-script-isolated-world-entrypoint?${path.join(ROOT, 'entrypoints/content/index.ts')}`,
    );
    const fuzzy = chunk(
      `\0virtual:wxt-unlisted-script-entrypoint?${path.join(ROOT, 'entrypoints/fuzzy-tier.ts')}`,
    );
    const shared = chunk(null, false);
    generate({ 'content-scripts/content.js': content, 'fuzzy-tier.js': fuzzy, 'chunk.js': shared });
    expect(content.code.split('\n')[0]).toBe(EAGER_COMPILE_HINT);
    expect(content.code).toBe(`${EAGER_COMPILE_HINT}\n(function(){console.log(1)})();`);
    expect(fuzzy.code).not.toContain(EAGER_COMPILE_HINT);
    expect(shared.code).not.toContain(EAGER_COMPILE_HINT);
  });

  it('adds it once however often the bundle is generated (watch mode)', () => {
    const content = chunk(path.join(ROOT, 'entrypoints/content/index.ts'));
    generate({ 'content.js': content });
    generate({ 'content.js': content });
    expect(content.code.split(EAGER_COMPILE_HINT)).toHaveLength(2);
  });
});
