import type { Ambiguity, Category } from '../knowledge/types';
import { aliasWords } from './build-index';
import { indexFirstWords } from './index-first-words';
import type { AliasToken, CompiledAlias, EntityInfo, MatchIndex, TokenCase } from './types';

/** `EntityInfo` as `[id, name, category, flags]`; flags: 1 = needsContext, 2 = core. */
type PackedEntity = [string, string, Category, number];

/**
 * An alias's tokens as one string: tokens split by spaces, each token's fields by `|`: its
 * case (`a`cronym, `p`roper, `n` any) with `k` for korean; its first form, empty when it is
 * `raw.toLowerCase()`; then its other forms, each as how many characters it drops from the
 * end of the first (one digit) and what it adds: `p||0а|0у` is a proper word with forms
 * `козлов`, `козлова`, `козлову`. Words and gaps come from `aliasWords(alias)`, as in
 * `buildIndex`. Most tokens pack to `p`: the index costs the content script less than the
 * knowledge base's JSON did.
 */
type PackedTokens = string;

/** `CompiledAlias` as `[alias, owner, tokens]`; owner: entity index, or -1 - ambiguity index. */
type PackedAlias = [string, number, PackedTokens];

const CASE_CODE: Record<TokenCase, string> = { acronym: 'a', proper: 'p', any: 'n' };
const CASE_OF_CODE: Record<string, TokenCase> = { a: 'acronym', p: 'proper', n: 'any' };

function packToken(t: AliasToken, alias: string): string {
  const first = t.forms[0] ?? '';
  const fields = [CASE_CODE[t.case] + (t.korean ? 'k' : '')];
  fields.push(first === t.raw.toLowerCase() ? '' : first);
  for (const form of t.forms.slice(1)) {
    let common = 0;
    while (common < first.length && form.charCodeAt(common) === first.charCodeAt(common)) {
      common++;
    }
    const drop = first.length - common;
    if (drop > 9) throw new Error(`cannot pack "${alias}": form ${form} is too far from ${first}`);
    fields.push(`${drop}${form.slice(common)}`);
  }
  while (fields.length > 1 && fields[fields.length - 1] === '') fields.pop();
  const packed = fields.join('|');
  if (/[ ]/.test(packed) || fields.some((f) => f.includes('|'))) {
    throw new Error(`cannot pack "${alias}": a form contains a space or |`);
  }
  return packed;
}

function unpackTokens(alias: string, packed: PackedTokens): AliasToken[] {
  const words = aliasWords(alias);
  const codes = packed.split(' ');
  const tokens: AliasToken[] = [];
  for (let i = 0; i < words.length; i++) {
    const { word: raw, gapExtra } = words[i] as { word: string; gapExtra: string };
    const fields = (codes[i] as string).split('|');
    const flags = fields[0] as string;
    const first = fields[1] || raw.toLowerCase();
    const forms = [first];
    for (let f = 2; f < fields.length; f++) {
      const field = fields[f] as string;
      forms.push(first.slice(0, first.length - (field.charCodeAt(0) - 48)) + field.slice(1));
    }
    // Same property order as `buildIndex`'s tokens, so both share one object shape.
    tokens.push({
      forms,
      case: CASE_OF_CODE[flags.charAt(0)] as TokenCase,
      raw,
      korean: flags.length > 1,
      gapExtra: i === 0 ? '' : gapExtra,
    });
  }
  return tokens;
}

/**
 * A `MatchIndex` as plain JSON: what the build puts in the content script instead of the
 * knowledge base, so that start-up parses one string and makes objects instead of compiling
 * aliases (see `precompiledIndexPlugin`). Derived fields (`next`, `trailingDot`,
 * `firstByWord`) are rebuilt by `unpackIndex` with the code `buildIndex` uses.
 */
export type PackedIndex = {
  entities: PackedEntity[];
  ambiguities: Ambiguity[];
  aliases: PackedAlias[];
  warnings: string[];
};

/** Packs `index` for `unpackIndex`; `unpackIndex(packIndex(i))` equals `i`. */
export function packIndex(index: MatchIndex): PackedIndex {
  const ids = [...index.entities.keys()];
  const position = new Map(ids.map((id, i) => [id, i]));
  return {
    entities: [...index.entities.values()].map((e) => [
      e.id,
      e.name,
      e.category,
      (e.needsContext ? 1 : 0) | (e.core ? 2 : 0),
    ]),
    ambiguities: [...index.ambiguities],
    aliases: index.aliases.map((a): PackedAlias => {
      const owner = a.entity === null ? -1 - a.ambiguity : position.get(a.entity);
      if (owner === undefined) throw new Error(`alias "${a.alias}" names unknown ${a.entity}`);
      return [a.alias, owner, a.tokens.map((t) => packToken(t, a.alias)).join(' ')];
    }),
    warnings: [...index.warnings],
  };
}

/** Rebuilds the `MatchIndex` that `packIndex` packed: one pass, no alias compilation. */
export function unpackIndex(packed: PackedIndex): MatchIndex {
  const entities = new Map<string, EntityInfo>();
  const ids: string[] = [];
  for (const [id, name, category, flags] of packed.entities) {
    ids.push(id);
    entities.set(id, {
      id,
      name,
      category,
      needsContext: (flags & 1) !== 0,
      core: (flags & 2) !== 0,
    });
  }
  const aliases: CompiledAlias[] = [];
  for (const packedAlias of packed.aliases) {
    const alias = packedAlias[0];
    const owner = packedAlias[1];
    const tokens = unpackTokens(alias, packedAlias[2]);
    const second = tokens[1]?.forms[0];
    aliases.push({
      alias,
      tokens,
      entity: owner >= 0 ? (ids[owner] as string) : null,
      ambiguity: owner >= 0 ? -1 : -1 - owner,
      trailingDot: alias.trimEnd().endsWith('.'),
      next: second === undefined ? -1 : second.charCodeAt(0),
    });
  }
  return {
    firstByWord: indexFirstWords(aliases),
    aliases,
    entities,
    ambiguities: packed.ambiguities,
    warnings: packed.warnings,
  };
}
