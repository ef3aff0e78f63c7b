import type { Ambiguity, Category } from '../knowledge/types';
import { indexFirstWords } from './index-first-words';
import type { AliasToken, CompiledAlias, EntityInfo, MatchIndex, TokenCase } from './types';

/** `EntityInfo` as `[id, name, category, flags]`; flags: 1 = needsContext, 2 = core. */
type PackedEntity = [string, string, Category, number];

/**
 * An alias's tokens as one string: tokens split by spaces, each token's fields by `|`: its
 * case (`a`cronym, `p`roper, `n` any) with `k` for korean; its `gapExtra`; its first form,
 * empty when it is `raw.toLowerCase()`; then its other forms, each as how many characters it
 * drops from the end of the first (one digit) and what it adds: `p||0а|0у` is a proper word
 * with forms `козлов`, `козлова`, `козлову`. Most tokens pack to `p`: the index costs the
 * content script less than the knowledge base's JSON did.
 */
type PackedTokens = string;

/**
 * `CompiledAlias` as `[pieces, owner, tokens]`. `pieces`: the alias with `~` either side of
 * each gap between words (`Kim~ ~Jong~-~un`), so that start-up splits it with one native call
 * instead of running `aliasWords` (the alias is `pieces` without the `~`, its words every
 * other piece). `owner`: entity index, or -1 - ambiguity index. An alias that does not begin
 * and end with a word ("U.N."), or whose words are not substrings of it (a soft hyphen inside
 * a word), is kept whole and lists its words: `['U.N.', owner, tokens, 'U~N']`.
 */
type PackedAlias = [string, number, PackedTokens] | [string, number, PackedTokens, string];

const MARK = '~';
const CASE_CODE: Record<TokenCase, string> = { acronym: 'a', proper: 'p', any: 'n' };
const CASE_OF_CODE: Record<string, TokenCase> = { a: 'acronym', p: 'proper', n: 'any' };

function packToken(t: AliasToken, alias: string): string {
  const first = t.forms[0] ?? '';
  const fields = [CASE_CODE[t.case] + (t.korean ? 'k' : ''), t.gapExtra];
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
  if (fields.some((f) => f.includes('|') || f.includes(' '))) {
    throw new Error(`cannot pack "${alias}": a form or gap contains a space or |`);
  }
  return fields.join('|');
}

function packAlias(a: CompiledAlias, owner: number): PackedAlias {
  if (a.alias.includes(MARK)) throw new Error(`cannot pack "${a.alias}": it contains ${MARK}`);
  const tokens = a.tokens.map((t) => packToken(t, a.alias)).join(' ');
  const pieces: string[] = [];
  let cursor = 0;
  for (const { raw } of a.tokens) {
    const at = a.alias.indexOf(raw, cursor);
    // The first word must open the alias, the last close it: otherwise list the words.
    if (at < 0 || (cursor === 0 && at > 0)) break;
    if (cursor > 0) pieces.push(a.alias.slice(cursor, at));
    pieces.push(raw);
    cursor = at + raw.length;
  }
  if (cursor !== a.alias.length || pieces.length !== a.tokens.length * 2 - 1) {
    return [a.alias, owner, tokens, a.tokens.map((t) => t.raw).join(MARK)];
  }
  return [pieces.join(MARK), owner, tokens];
}

function unpackAlias(packed: PackedAlias, ids: readonly string[]): CompiledAlias {
  const owner = packed[1];
  let alias = packed[0];
  let words: string[];
  let step = 2;
  if (packed.length === 4) {
    words = packed[3].split(MARK);
    step = 1;
  } else {
    words = alias.split(MARK);
    alias = words.join('');
  }
  const codes = packed[2].split(' ');
  const tokens: AliasToken[] = [];
  for (let i = 0; i < codes.length; i++) {
    const raw = words[i * step] as string;
    const code = codes[i] as string;
    // Most tokens are a bare case letter ("p"): no split, no loop.
    if (code.length === 1) {
      tokens.push({
        forms: [raw.toLowerCase()],
        case: CASE_OF_CODE[code] as TokenCase,
        raw,
        korean: false,
        gapExtra: '',
      });
      continue;
    }
    const fields = code.split('|');
    const flags = fields[0] as string;
    const folded = fields[2] || raw.toLowerCase();
    const forms = [folded];
    for (let f = 3; f < fields.length; f++) {
      const field = fields[f] as string;
      forms.push(folded.slice(0, folded.length - (field.charCodeAt(0) - 48)) + field.slice(1));
    }
    // Same property order as `buildIndex`'s tokens, so both share one object shape.
    tokens.push({
      forms,
      case: CASE_OF_CODE[flags.charAt(0)] as TokenCase,
      raw,
      korean: flags.length > 1,
      gapExtra: fields[1] ?? '',
    });
  }
  const second = tokens[1]?.forms[0];
  return {
    alias,
    tokens,
    entity: owner >= 0 ? (ids[owner] as string) : null,
    ambiguity: owner >= 0 ? -1 : -1 - owner,
    trailingDot: alias.trimEnd().endsWith('.'),
    next: second === undefined ? -1 : second.charCodeAt(0),
  };
}

/**
 * A `MatchIndex` as plain JSON: what the build puts in the content script instead of the
 * knowledge base, so that start-up parses one string and makes objects instead of compiling
 * aliases (see `precompiledIndexPlugin`). Derived fields (`next`, `trailingDot`,
 * `firstByWord`) are rebuilt by `unpackIndex` with the code `buildIndex` uses.
 */
export type PackedIndex = {
  entities: PackedEntity[];
  /** Without their `note` (for maintainers): the content script never shows it. */
  ambiguities: Omit<Ambiguity, 'note'>[];
  aliases: PackedAlias[];
  warnings: string[];
};

/** Packs `index` for `unpackIndex`; `unpackIndex(packIndex(i))` equals `i` but for ambiguity notes. */
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
    ambiguities: index.ambiguities.map(({ note: _, ...rule }) => rule),
    aliases: index.aliases.map((a): PackedAlias => {
      const owner = a.entity === null ? -1 - a.ambiguity : position.get(a.entity);
      if (owner === undefined) throw new Error(`alias "${a.alias}" names unknown ${a.entity}`);
      return packAlias(a, owner);
    }),
    warnings: [...index.warnings],
  };
}

/** Rebuilds the `MatchIndex` that `packIndex` packed: one pass, no alias compilation. */
export function unpackIndex(packed: PackedIndex): MatchIndex {
  const entities = new Map<string, EntityInfo>();
  const ids: string[] = [];
  for (let i = 0; i < packed.entities.length; i++) {
    // Indexed, not destructured: array destructuring runs the iterator protocol, slow in the
    // interpreter where start-up runs.
    const entity = packed.entities[i] as PackedEntity;
    const id = entity[0];
    const name = entity[1];
    const category = entity[2];
    const flags = entity[3];
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
  for (let i = 0; i < packed.aliases.length; i++) {
    aliases.push(unpackAlias(packed.aliases[i] as PackedAlias, ids));
  }
  return {
    firstByWord: indexFirstWords(aliases),
    aliases,
    entities,
    ambiguities: packed.ambiguities.map((rule) => ({ ...rule, note: '' })),
    warnings: packed.warnings,
  };
}
