import type { Ambiguity, Category } from '../knowledge/types';
import { indexFirstWords } from './index-first-words';
import type { AliasToken, CompiledAlias, EntityInfo, MatchIndex, TokenCase } from './types';

/** `EntityInfo` as `[id, name, category, flags]`; flags: 1 = needsContext, 2 = core. */
type PackedEntity = [string, string, Category, number];

/**
 * A token as one string: its case (`a`cronym, `p`roper, `n` any) with `k` for korean; then, split
 * by `|`, its `gapExtra`; its first form, empty when it is the lower case of its word (see
 * `PackedIndex.pieces`); then its other forms, each as how many characters it drops from the
 * end of the first (one digit) and what it adds: `p||0а|0у` is a proper word with forms
 * `козлов`, `козлова`, `козлову`. Most tokens pack to `p`: the index costs the content script
 * less than the knowledge base's JSON did.
 */
type PackedToken = string;

const MARK = '~';
/** Ends an alias's pieces in `PackedIndex.pieces`: a piece of its own. */
const END = '\n';
const CASE_CODE: Record<TokenCase, string> = { acronym: 'a', proper: 'p', any: 'n' };
const CASE_OF_CODE: Record<string, TokenCase> = { a: 'acronym', p: 'proper', n: 'any' };

function packToken(t: AliasToken, alias: string, lower: string): PackedToken {
  const first = t.forms[0] ?? '';
  const fields = [CASE_CODE[t.case] + (t.korean ? 'k' : ''), t.gapExtra];
  fields.push(first === lower ? '' : first);
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

/**
 * `a`'s pieces: its words with the gaps between them (`Kim`, ` `, `Jong`), so the alias is their
 * concatenation; or, for an alias that does not begin and end with a word ("U.N."), or whose
 * words are not substrings of it (a soft hyphen inside a word), its words alone (`whole`).
 */
function piecesOf(a: CompiledAlias): { pieces: string[]; whole: boolean } {
  for (const c of [MARK, END]) {
    if (a.alias.includes(c)) throw new Error(`cannot pack "${a.alias}": it contains ${c}`);
  }
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
    return { pieces: a.tokens.map((t) => t.raw), whole: true };
  }
  return { pieces, whole: false };
}

/**
 * A `MatchIndex` as plain JSON: what the build puts in the content script instead of the
 * knowledge base, so that start-up parses one string and makes objects instead of compiling
 * aliases (see `precompiledIndexPlugin`). Derived fields (`next`, `trailingDot`,
 * `firstByWord`) are rebuilt by `unpackIndex` with the code `buildIndex` uses.
 *
 * The aliases are stored by column, each column one string, so that start-up splits and
 * lower-cases them with a few native calls for the whole index instead of a few per alias: the
 * content script's first scan waits for the index, in V8's interpreter, where every call costs.
 */
export type PackedIndex = {
  entities: PackedEntity[];
  /** Without their `note` (for maintainers): the content script never shows it. */
  ambiguities: Omit<Ambiguity, 'note'>[];
  /**
   * Every alias's pieces (see `piecesOf`), `~` between pieces, each alias closed by a `\n`
   * piece: `Kim~ ~Jong~\n~Harris~\n`. A word's first form is, unless its token says
   * otherwise, its piece in this whole string lower-cased (one `toLowerCase` for the index).
   */
  pieces: string;
  /** Every alias's tokens (see `PackedToken`), in order, split by spaces. */
  tokens: string;
  /** Per alias: the entity's index, or -1 - the ambiguity's index. */
  owners: number[];
  /** The aliases whose pieces are their words alone, by position: `[index, alias]`. */
  wholes: [number, string][];
  warnings: string[];
};

/** Packs `index` for `unpackIndex`; `unpackIndex(packIndex(i))` equals `i` but for ambiguity notes. */
export function packIndex(index: MatchIndex): PackedIndex {
  const ids = [...index.entities.keys()];
  const position = new Map(ids.map((id, i) => [id, i]));
  const all = index.aliases.map(piecesOf);
  const pieces = all.map(({ pieces }) => [...pieces, END, ''].join(MARK)).join('');
  // The lower-case pieces exactly as `unpackIndex` will see them.
  const lower = pieces.toLowerCase().split(MARK);
  let at = 0;
  const tokens: string[] = [];
  index.aliases.forEach((a, i) => {
    const { pieces, whole } = all[i] as { pieces: string[]; whole: boolean };
    const step = whole ? 1 : 2;
    a.tokens.forEach((t, k) => {
      tokens.push(packToken(t, a.alias, lower[at + k * step] as string));
    });
    at += pieces.length + 1;
  });
  return {
    entities: [...index.entities.values()].map((e) => [
      e.id,
      e.name,
      e.category,
      (e.needsContext ? 1 : 0) | (e.core ? 2 : 0),
    ]),
    ambiguities: index.ambiguities.map(({ note: _, ...rule }) => rule),
    pieces,
    tokens: tokens.join(' '),
    owners: index.aliases.map((a) => {
      const owner = a.entity === null ? -1 - a.ambiguity : position.get(a.entity);
      if (owner === undefined) throw new Error(`alias "${a.alias}" names unknown ${a.entity}`);
      return owner;
    }),
    wholes: index.aliases.flatMap((a, i) =>
      (all[i] as { whole: boolean }).whole ? [[i, a.alias] as [number, string]] : [],
    ),
    warnings: [...index.warnings],
  };
}

/** The token packed as `code` (longer than its case letter) for the word `raw`, first form `lower`. */
function unpackToken(code: string, raw: string, lower: string): AliasToken {
  const fields = code.split('|');
  const flags = fields[0] as string;
  const folded = fields[2] || lower;
  const forms = [folded];
  for (let f = 3; f < fields.length; f++) {
    const field = fields[f] as string;
    forms.push(folded.slice(0, folded.length - (field.charCodeAt(0) - 48)) + field.slice(1));
  }
  // Same property order as `buildIndex`'s tokens, so both share one object shape.
  return {
    forms,
    case: CASE_OF_CODE[flags.charAt(0)] as TokenCase,
    raw,
    korean: flags.length > 1,
    gapExtra: fields[1] ?? '',
  };
}

/** `alias.trimEnd().endsWith('.')`, without the two calls for the usual alias that ends in a word. */
function endsWithDot(alias: string): boolean {
  const last = alias.charCodeAt(alias.length - 1);
  if (last === 46) return true;
  if ((last >= 48 && last <= 57) || (last >= 65 && last <= 90) || (last >= 97 && last <= 122)) {
    return false;
  }
  return alias.trimEnd().endsWith('.');
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
  // The whole index in a handful of native calls: every piece, lower-cased, every token.
  const pieces = packed.pieces.split(MARK);
  const lower = packed.pieces.toLowerCase().split(MARK);
  const codes = packed.tokens.split(' ');
  const owners = packed.owners;
  const wholes = packed.wholes;
  let nextWhole = wholes.length > 0 ? (wholes[0] as [number, string])[0] : -1;
  let w = 0;
  let p = 0;
  let c = 0;
  const aliases: CompiledAlias[] = [];
  for (let i = 0; i < owners.length; i++) {
    const whole = i === nextWhole;
    const tokens: AliasToken[] = [];
    let alias = '';
    // A word at every piece of a whole alias, at every other piece (gaps between) otherwise.
    for (let k = 0; pieces[p] !== END; p++, k++) {
      const piece = pieces[p] as string;
      if (!whole) {
        alias += piece;
        if ((k & 1) === 1) continue;
      }
      const code = codes[c++] as string;
      const form = lower[p] as string;
      // Most tokens are a bare case letter ("p"): no split, no loop.
      tokens.push(
        code.length === 1
          ? {
              forms: [form],
              case: CASE_OF_CODE[code] as TokenCase,
              raw: piece,
              korean: false,
              gapExtra: '',
            }
          : unpackToken(code, piece, form),
      );
    }
    p++;
    if (whole) {
      alias = (wholes[w] as [number, string])[1];
      w++;
      nextWhole = w < wholes.length ? (wholes[w] as [number, string])[0] : -1;
    }
    const owner = owners[i] as number;
    const second = tokens.length > 1 ? (tokens[1] as AliasToken).forms[0] : undefined;
    aliases.push({
      alias,
      tokens,
      entity: owner >= 0 ? (ids[owner] as string) : null,
      ambiguity: owner >= 0 ? -1 : -1 - owner,
      trailingDot: endsWithDot(alias),
      next: second === undefined ? -1 : second.charCodeAt(0),
    });
  }
  return {
    firstByWord: indexFirstWords(aliases),
    aliases,
    entities,
    ambiguities: packed.ambiguities.map((rule) => ({ ...rule, note: '' })),
    warnings: packed.warnings,
  };
}
