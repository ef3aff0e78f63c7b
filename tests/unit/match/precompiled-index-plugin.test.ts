import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ambiguities, entities } from '../../../lib/knowledge/core';
import { buildIndex } from '../../../lib/match/build-index';
import { unpackIndex } from '../../../lib/match/pack-index';
import { precompiledIndexPlugin } from '../../../lib/match/precompiled-index-plugin';

const ROOT = path.resolve('.');
const ENTRY = path.join(ROOT, 'entrypoints/content/index.ts');
const plugin = precompiledIndexPlugin(ROOT, 'entrypoints/content/index.ts');

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const resolveId = (source: string, importer?: string) =>
  (plugin.resolveId as Hook).call({}, source, importer, {});
const watched: string[] = [];
const load = (id: string) =>
  (plugin.load as Hook).call({ addWatchFile: (file: string) => watched.push(file) }, id) as
    | string
    | null;

describe('precompiledIndexPlugin', () => {
  it("swaps the knowledge base and buildIndex only in the content script's entry", () => {
    const core = resolveId('../../lib/knowledge/core', ENTRY);
    const build = resolveId('../../lib/match/build-index', ENTRY);
    expect(core).toEqual(expect.stringContaining('precompiled-core'));
    expect(build).toEqual(expect.stringContaining('precompiled-build-index'));
    expect(resolveId('../../lib/dom/page-lens', ENTRY)).toBeNull();
    const other = path.join(ROOT, 'lib/knowledge/index.ts');
    expect(resolveId('./core', other)).toBeNull();
    expect(resolveId('../../lib/knowledge/core', path.join(ROOT, 'entrypoints/card-ui.ts'))).toBe(
      null,
    );
  });

  it('puts no knowledge-base text beyond names and aliases in the content script', () => {
    const withNote = ambiguities.find((a) => a.note.length > 40);
    expect(withNote).toBeDefined();
    const build = resolveId('../../lib/match/build-index', ENTRY) as string;
    const core = load(resolveId('../../lib/knowledge/core', ENTRY) as string) ?? '';
    const code = `${core}\n${load(build) ?? ''}`;
    const withRole = entities.find((e) => e.role.length > 40);
    expect(withRole).toBeDefined();
    expect(code).not.toContain(withRole?.role);
    expect(code).not.toContain(withNote?.note);
    expect(code).toContain(JSON.stringify(entities[0]?.name).slice(1, -1));
  });

  it('embeds exactly the index buildIndex makes from the knowledge base', () => {
    const code = load(resolveId('../../lib/match/build-index', ENTRY) as string) ?? '';
    const literal = /const PACKED = (".*");$/m.exec(code)?.[1];
    expect(literal).toBeDefined();
    const packed = JSON.parse(JSON.parse(literal as string));
    // Watched, so that a dev build recompiles the index after a knowledge-base edit.
    expect(watched.map((f) => path.relative(ROOT, f))).toEqual(
      expect.arrayContaining([
        'assets/knowledge/entities.json',
        'assets/knowledge/ambiguities.json',
      ]),
    );
    const reference = buildIndex(entities, ambiguities);
    expect(unpackIndex(packed)).toEqual({
      ...reference,
      ambiguities: reference.ambiguities.map((a) => ({ ...a, note: '' })),
    });
  });
});
