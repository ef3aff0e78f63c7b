import type { Ambiguity, Entity } from '../knowledge/types';
import {
  charKind,
  foldString,
  IDEOGRAPH,
  IGNORABLE,
  isCyrillic,
  isHangul,
  isLowerCase,
  isNameGap,
  isUpperCase,
  WORD,
} from './fold-char';
import { indexFirstWords } from './index-first-words';
import { russianForms } from './russian-forms';
import type { AliasToken, CompiledAlias, EntityInfo, MatchIndex, TokenCase } from './types';

/**
 * Splits an alias into words the way the scanner splits page text (ignorables dropped), with
 * the punctuation before each word that is not an ordinary name gap.
 */
export function aliasWords(alias: string): { word: string; gapExtra: string }[] {
  // Most aliases are plain ASCII: split them with one native call. (The index is built when
  // the content script starts, in V8's interpreter, where native string work is far cheaper
  // than a loop over characters.) ASCII letters and digits are exactly `charKind`'s words.
  if (ASCII_ONLY.test(alias)) {
    const parts = alias.split(ASCII_SEPARATORS);
    const out: { word: string; gapExtra: string }[] = [];
    let gap = '';
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] as string;
      if (i % 2 === 1) gap += part.replace(ASCII_NAME_GAPS, '');
      else if (part) {
        out.push({ word: part, gapExtra: out.length === 0 ? '' : dedupe(gap) });
        gap = '';
      }
    }
    return out;
  }
  const words: { word: string; gapExtra: string }[] = [];
  let current = '';
  let gap = '';
  const flush = () => {
    if (!current) return;
    words.push({ word: current, gapExtra: words.length === 0 ? '' : gap });
    current = '';
    gap = '';
  };
  for (let i = 0; i < alias.length; i++) {
    const c = alias.charCodeAt(i);
    const kind = charKind(c);
    if (kind === WORD) {
      // Most aliases are runs of plain words: take each run in one slice.
      let j = i + 1;
      while (j < alias.length && charKind(alias.charCodeAt(j)) === WORD) j++;
      current += alias.slice(i, j);
      i = j - 1;
    } else if (kind === IGNORABLE) continue;
    else if (kind === IDEOGRAPH) {
      flush();
      current = alias.charAt(i);
      flush();
    } else {
      flush();
      if (!isNameGap(c) && !gap.includes(alias.charAt(i))) gap += alias.charAt(i);
    }
  }
  flush();
  return words;
}

/** No character beyond ASCII (an empty match of the negated class). */
const ASCII_ONLY = /^[^\u0080-\uffff]*$/;
const ASCII_SEPARATORS = /([^A-Za-z0-9]+)/;
/** The ASCII characters `isNameGap` accepts. */
const ASCII_NAME_GAPS = /[ \t\n\r\f'-]/g;

function dedupe(chars: string): string {
  let out = '';
  for (const ch of chars) if (!out.includes(ch)) out += ch;
  return out;
}

function tokenCase(word: string): TokenCase {
  if (ASCII_ONLY.test(word)) {
    if (!/[A-Z]/.test(word)) return 'any';
    if (!/[a-z]/.test(word) && /[A-Z][^A-Z]*[A-Z]/.test(word)) return 'acronym';
    return /^[A-Z]/.test(word) ? 'proper' : 'any';
  }
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isLowerCase(c)) lower++;
    else if (isUpperCase(c)) upper++;
  }
  if (upper === 0) return 'any';
  if (lower === 0 && upper >= 2) return 'acronym';
  return isUpperCase(word.charCodeAt(0)) ? 'proper' : 'any';
}

/** Plain English plurals of a lower-case topic word: shell → shells, missile → missiles. */
function englishPlurals(word: string): string[] {
  const last = word.charCodeAt(word.length - 1);
  if (last < 97 || last > 122 || last === 115) return [];
  if (last === 120 || last === 122 || word.endsWith('ch') || word.endsWith('sh')) {
    return [`${word}es`];
  }
  if (last === 121 && !'aeiou'.includes(word.charAt(word.length - 2))) {
    return [`${word.slice(0, -1)}ies`];
  }
  return [`${word}s`];
}

function compileAlias(alias: string, entity: string | null, ambiguity: number): CompiledAlias {
  const parts = aliasWords(alias);
  const words = parts.map((p) => p.word);
  const cases = words.map(tokenCase);
  const topic = cases.every((c) => c === 'any');
  const tokens: AliasToken[] = words.map((raw, i) => {
    // `toLowerCase` is `foldString` for ASCII words, natively.
    const folded = ASCII_ONLY.test(raw) ? raw.toLowerCase() : foldString(raw);
    const forms = [folded];
    const c0 = raw.charCodeAt(0);
    const last = i === words.length - 1;
    if (isCyrillic(c0)) forms.push(...russianForms(folded));
    if (topic && last) forms.push(...englishPlurals(folded));
    // "ICBMs": looked up by its folded form like any word; `matchToken` checks the capitals.
    if (last && cases[i] === 'acronym') forms.push(`${folded}s`);
    return {
      forms,
      case: cases[i] ?? 'any',
      raw,
      korean: last && isHangul(raw.charCodeAt(raw.length - 1)),
      gapExtra: i === 0 ? '' : (parts[i]?.gapExtra ?? ''),
    };
  });
  const second = tokens[1]?.forms[0];
  return {
    alias,
    tokens,
    entity,
    ambiguity,
    trailingDot: alias.trimEnd().endsWith('.'),
    next: second === undefined ? -1 : second.charCodeAt(0),
  };
}

function foldedKey(alias: CompiledAlias): string {
  return alias.tokens.map((t) => t.forms[0]).join(' ');
}

/**
 * Compiles the knowledge base's aliases into the index the scanner uses. The reference: tests,
 * the annotate CLI and the build run it; the content script gets its result precompiled
 * (`precompiledIndexPlugin`), since cold in a page's isolated world it costs 10–17 ms.
 */
export function buildIndex(
  entities: readonly Entity[],
  ambiguities: readonly Ambiguity[],
): MatchIndex {
  const warnings: string[] = [];
  const infos = new Map<string, EntityInfo>();
  for (const e of entities) {
    if (infos.has(e.id)) warnings.push(`entity ${e.id} is defined twice`);
    infos.set(e.id, {
      id: e.id,
      name: e.name,
      category: e.category,
      needsContext: e.needsContext === true,
      core: e.core === true,
    });
  }

  const aliases: CompiledAlias[] = [];
  // Folded alias → the entity that claimed it first (null for an ambiguous short form).
  const owners = new Map<string, string | null>();
  const ambiguousKeys = new Map<string, Ambiguity>();
  ambiguities.forEach((a, i) => {
    for (const id of a.candidates) {
      if (!infos.has(id)) warnings.push(`ambiguity "${a.alias}" names unknown entity ${id}`);
    }
    if (a.fallback !== undefined && !a.candidates.includes(a.fallback)) {
      warnings.push(`ambiguity "${a.alias}" falls back to ${a.fallback}, not a candidate`);
    }
    if (a.rule === 'default' && a.fallback === undefined) {
      warnings.push(`ambiguity "${a.alias}" has rule "default" but no fallback`);
    }
    const compiled = compileAlias(a.alias, null, i);
    if (compiled.tokens.length === 0) return;
    const key = foldedKey(compiled);
    if (owners.has(key)) {
      warnings.push(`ambiguity "${a.alias}" is declared twice`);
      return;
    }
    owners.set(key, null);
    ambiguousKeys.set(key, a);
    aliases.push(compiled);
  });

  const signatures = new Set<string>();
  for (const e of entities) {
    for (const alias of new Set([e.name, ...e.aliases])) {
      const compiled = compileAlias(alias, e.id, -1);
      if (compiled.tokens.length === 0) {
        warnings.push(`entity ${e.id} has an alias without letters: "${alias}"`);
        continue;
      }
      const key = foldedKey(compiled);
      const ambiguity = ambiguousKeys.get(key);
      if (ambiguity !== undefined) {
        if (!ambiguity.candidates.includes(e.id)) {
          warnings.push(`alias "${alias}" of ${e.id} is ambiguous but ${e.id} is no candidate`);
        }
        continue;
      }
      const owner = owners.get(key);
      if (owner !== undefined && owner !== e.id) {
        warnings.push(`alias "${alias}" of ${e.id} is also an alias of ${owner}`);
        continue;
      }
      if (owner === e.id) {
        // "Kim Jong-un" and "Kim Jong Un" differ in case rules; identical spellings add nothing.
        const signature = `${key}|${compiled.tokens.map((t) => t.case).join(',')}`;
        if (signatures.has(signature)) continue;
        signatures.add(signature);
      } else {
        owners.set(key, e.id);
        signatures.add(`${key}|${compiled.tokens.map((t) => t.case).join(',')}`);
      }
      aliases.push(compiled);
    }
  }

  return { firstByWord: indexFirstWords(aliases), aliases, entities: infos, ambiguities, warnings };
}
