import { hashFolded } from './fold-char';
import type { CompiledAlias, MatchIndex } from './types';

/**
 * The first words of an index's aliases by hash, as an open-addressing table: `hashes[slot]`
 * holds hash + 1 (0 = empty), `aliases[slot]` the aliases. The general scan path hashes each
 * page word as it reads it and probes this `Int32Array`, far cheaper per word than a `Map`.
 */
export type FirstWordTable = {
  hashes: Int32Array;
  aliases: readonly (readonly CompiledAlias[])[];
};

const tables = new WeakMap<MatchIndex, FirstWordTable>();

/**
 * The table for `index`, built on first use: pages whose words are all plain ASCII never need
 * it (see `findCandidates`), so the content script does not build it at start-up.
 */
export function firstWordTable(index: MatchIndex): FirstWordTable {
  const cached = tables.get(index);
  if (cached !== undefined) return cached;
  const byHash = new Map<number, CompiledAlias[]>();
  for (const [form, list] of index.firstByWord) {
    const h = hashFolded(form);
    const merged = byHash.get(h);
    if (merged === undefined) byHash.set(h, [...list]);
    else for (const alias of list) if (!merged.includes(alias)) merged.push(alias);
  }
  // A quarter full, so most page words miss on their first probe.
  let size = 64;
  while (size < byHash.size * 4) size *= 2;
  const hashes = new Int32Array(size);
  const aliases: CompiledAlias[][] = new Array(size);
  for (const [h, list] of byHash) {
    let slot = h & (size - 1);
    while (hashes[slot] !== 0) slot = (slot + 1) & (size - 1);
    hashes[slot] = h + 1;
    aliases[slot] = list;
  }
  const table = { hashes, aliases };
  tables.set(index, table);
  return table;
}

/** The aliases whose first word hashes to `h` (from `hashFolded`), if any. */
export function aliasesWithHash(
  table: FirstWordTable,
  h: number,
): readonly CompiledAlias[] | undefined {
  const hashes = table.hashes;
  const mask = hashes.length - 1;
  let slot = h & mask;
  for (;;) {
    const stored = hashes[slot];
    if (stored === 0) return undefined;
    if (stored === h + 1) return table.aliases[slot];
    slot = (slot + 1) & mask;
  }
}
