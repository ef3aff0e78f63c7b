import Fuse, { type FuseIndex } from 'fuse.js/basic';
import { charKind, foldChar, foldString, isUpperCase, WORD, WORD_CHARS } from './fold-char';
import { prebuiltFuzzyTier } from './prebuilt-fuzzy-tier';
import type { Candidate, MatchIndex, Mention } from './types';

/**
 * The fuzzy tier: finds near-misses of multi-word names that the alias list lacks ("Sergey
 * Shoygu", "Vladimir Poutine"). It runs after the exact tier, only on phrases of two to four
 * capitalised words that the exact tier left alone, and only on phrases whose initials are some
 * name's initials; each distinct phrase is searched once per page. fuse.js proposes names; a
 * word-by-word edit-distance check decides, strictly, so precision holds ("Kim Kardashian",
 * "Vladimir Nabokov" stay unmatched). Kept in its own module so the content script can load it
 * (and fuse.js) lazily.
 */
export type FuzzyTier = {
  /**
   * Extra mentions (`via: 'fuzzy'`) in `text` that overlap none of `found` (the mentions the
   * exact tier found in the same text). `context`: whether the page names a core entity, as
   * `needsContext` entities are kept only then.
   */
  find(text: string, found: readonly Pick<Mention, 'start' | 'end'>[], context: boolean): Mention[];
  /**
   * For the page scanner: one block's exact `candidates` (from `findCandidates`) with the fuzzy
   * tier's added, in text order, marked `via: 'fuzzy'`. `resolveMentions` then applies the
   * page-level rules to both alike, so a scanner only changes what its `find` returns.
   */
  withFuzzy(text: string, candidates: readonly Candidate[]): Candidate[];
  /**
   * Whether `text` has a phrase near enough a name to be a near-miss, whatever the exact tier
   * found in it: false means `withFuzzy` adds nothing to any candidates of `text`. Cheaper than
   * `withFuzzy`, as it needs no exact candidates (a check of many texts needs no exact tier).
   */
  mayFind(text: string): boolean;
};

type Name = { key: string; words: string[]; entity: string };

/** A serialised fuse.js index (`FuseIndex.toJSON()`, read back with `Fuse.parseIndex`). */
type FuseIndexJson = ReturnType<FuseIndex<Name>['toJSON']>;

/**
 * The fuse.js indexes of the tier, built ahead of time: one per group of names sharing their
 * initials, keyed by the initials, with the group's name keys it was built from.
 */
export type PrebuiltFuzzyTier = Record<string, { keys: string[]; index: FuseIndexJson }>;

/** Fuse's own score cut-off: loose, since `closeEnough` decides. */
const FUSE_THRESHOLD = 0.4;

/**
 * Edits allowed between two words: none in short words; in words up to six letters one
 * substitution (Shoygu/Shoigu, Sergey/Sergei) but no change of length (State/States); two edits
 * from seven letters (Poutine/Putin, Sulivan/Sullivan).
 */
function allowedEdits(a: string, b: string): number {
  const length = Math.max(a.length, b.length);
  if (length <= 3) return 0;
  if (length <= 6) return a.length === b.length ? 1 : 0;
  return 2;
}

/** Levenshtein distance, giving up (returning `limit + 1`) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = new Array<number>(b.length + 1);
  let curr = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(
        (prev[j] as number) + 1,
        (curr[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev, curr] = [curr, prev];
  }
  return prev[b.length] as number;
}

/**
 * Word by word, the phrase is a spelling variant of the name: same number of words, each within
 * its allowed edits and not a longer or shorter form of the name's word, and not identical
 * throughout (that would be the exact tier's job).
 */
function closeEnough(words: readonly string[], name: Name): boolean {
  if (words.length !== name.words.length) return false;
  let edits = 0;
  for (let i = 0; i < words.length; i++) {
    const a = words[i] as string;
    const b = name.words[i] as string;
    // A name with something added or cut at its end is another name (Putin/Putinov), not a typo.
    if (a !== b && (a.startsWith(b) || b.startsWith(a))) return false;
    const limit = allowedEdits(a, b);
    const d = editDistance(a, b, limit);
    if (d > limit) return false;
    edits += d;
  }
  return edits > 0;
}

/** Folded words of a name or phrase, split at spaces, hyphens and apostrophes. */
function foldedWords(s: string): string[] {
  const out: string[] = [];
  let word = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (charKind(c) === WORD) word += s.charAt(i);
    else if (word) {
      out.push(foldString(word));
      word = '';
    }
  }
  if (word) out.push(foldString(word));
  return out;
}

function initials(words: readonly string[]): string {
  let s = '';
  for (const w of words) s += w.charAt(0);
  return s;
}

/** A word of the page: [start, end), and where the next one may start. */
export type Word = { start: number; end: number };

const NO_MATCHES: readonly Word[] = [];

/** The names the tier can find: multi-word, capitalised aliases of an entity, each once. */
function fuzzyNames(index: MatchIndex): Name[] {
  const names: Name[] = [];
  const seen = new Set<string>();
  for (const alias of index.aliases) {
    if (alias.entity === null || alias.tokens.length < 2) continue;
    const first = alias.tokens[0];
    const last = alias.tokens[alias.tokens.length - 1];
    if (first?.case !== 'proper' || last?.case === 'any') continue;
    if (!/^[A-Za-z\u00c0-\u024f]/.test(alias.alias)) continue;
    const words = foldedWords(alias.alias);
    const key = words.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    names.push({ key, words, entity: alias.entity });
  }
  return names;
}

/** The tier's names grouped by their initials: the cheap gate before fuse.js. */
function namesByInitials(index: MatchIndex): Map<string, Name[]> {
  const byInitials = new Map<string, Name[]>();
  for (const name of fuzzyNames(index)) {
    const key = initials(name.words);
    const list = byInitials.get(key);
    if (list === undefined) byInitials.set(key, [name]);
    else list.push(name);
  }
  return byInitials;
}

const FUSE_KEYS = ['key'];

/**
 * The fuse.js index of every initials group, serialised: the build puts it in the tier's file
 * (see `prebuiltFuzzyTierPlugin`), so that a page never builds one.
 */
export function prebuildFuzzyTier(index: MatchIndex): PrebuiltFuzzyTier {
  const out: PrebuiltFuzzyTier = {};
  for (const [key, group] of namesByInitials(index)) {
    out[key] = {
      keys: group.map((n) => n.key),
      index: Fuse.createIndex(FUSE_KEYS, group).toJSON(),
    };
  }
  return out;
}

/**
 * Builds the fuzzy tier for an index. Its fuse.js indexes come `prebuilt` (by default what the
 * build compiled in); a group the prebuilt indexes don't match name for name (tests, a dev build
 * of an edited knowledge base) gets its index built on first use.
 */
export function createFuzzyTier(
  index: MatchIndex,
  prebuilt: PrebuiltFuzzyTier | null = prebuiltFuzzyTier,
): FuzzyTier {
  const byInitials = namesByInitials(index);
  // Words of a capitalised run hold no ignorables: folding keeps their lengths.
  const plausible = (list: readonly Name[], run: readonly Word[], at: number, size: number) =>
    list.some(
      (name) =>
        name.words.length === size &&
        name.words.every((w, k) => {
          const word = run[at + k] as Word;
          return Math.abs(w.length - (word.end - word.start)) <= 2;
        }),
    );
  // One small fuse.js index per initials group, read (or built) on the group's first use and
  // kept: a search then scores a handful of names instead of all of them.
  const fuses = new Map<string, Fuse<Name>>();
  const fuseFor = (initialsKey: string, group: readonly Name[]): Fuse<Name> => {
    let fuse = fuses.get(initialsKey);
    if (fuse === undefined) {
      const ready = prebuilt?.[initialsKey];
      const same =
        ready !== undefined &&
        ready.keys.length === group.length &&
        ready.keys.every((key, i) => key === group[i]?.key);
      fuse = new Fuse(
        group,
        { keys: FUSE_KEYS, includeScore: true, threshold: FUSE_THRESHOLD, ignoreLocation: true },
        same ? Fuse.parseIndex<Name>(ready.index) : Fuse.createIndex(FUSE_KEYS, group),
      );
      fuses.set(initialsKey, fuse);
    }
    return fuse;
  };
  // Page-level cache: a phrase is searched once however often the page repeats it.
  const cache = new Map<string, Name | null>();

  function lookup(initialsKey: string, group: readonly Name[], words: string[]): Name | null {
    const key = words.join(' ');
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    let hit: Name | null = null;
    // fuse.js ranks the names, but only one close enough can be the hit: a phrase near none of
    // them ("United Nations" for the initials of "Ulyana Nikitina") is not searched.
    if (group.some((name) => closeEnough(words, name))) {
      for (const result of fuseFor(initialsKey, group).search(key, { limit: 3 })) {
        if (closeEnough(words, result.item)) {
          hit = result.item;
          break;
        }
      }
    }
    cache.set(key, hit);
    return hit;
  }

  /**
   * Near-miss names in `text`, in text order. A window overlapping `found` is skipped, unless
   * `widen` and everything it overlaps is a shorter match of the same name inside it: "Dmitriy
   * Peskov" where the exact tier found only "Peskov" widens to the full name.
   */
  function hits(
    text: string,
    found: readonly { start: number; end: number; entity?: string | null }[],
    widen: boolean,
  ): { start: number; end: number; entity: string }[] {
    const out: { start: number; end: number; entity: string }[] = [];
    for (const run of capitalisedRuns(text)) {
      const folded: (string | undefined)[] = [];
      const wordAt = (k: number): string => {
        const w = run[k] as Word;
        folded[k] ??= foldString(text.slice(w.start, w.end));
        return folded[k] as string;
      };
      let i = 0;
      while (i < run.length) {
        let matched = 0;
        // Longest window first, so "Vladimir Poutine" beats a two-word slice of a longer run.
        for (let size = Math.min(4, run.length - i); size >= 2 && matched === 0; size--) {
          const start = (run[i] as Word).start;
          const end = (run[i + size - 1] as Word).end;
          // Initials first: no string is built for the vast majority of windows.
          let key = '';
          for (let k = i; k < i + size; k++) {
            key += String.fromCharCode(foldChar(text.charCodeAt((run[k] as Word).start)));
          }
          const names = byInitials.get(key);
          if (names === undefined) continue;
          const inside =
            found.length === 0 ? found : found.filter((m) => m.start < end && m.end > start);
          if (inside.length > 0 && !widen) continue;
          if (!plausible(names, run, i, size)) continue;
          const words: string[] = [];
          for (let k = i; k < i + size; k++) words.push(wordAt(k));
          const name = lookup(key, names, words);
          if (name === null || !index.entities.has(name.entity)) continue;
          const entity = name.entity;
          // Widening must add words: a window the exact tier matched whole is its business
          // (an exact "Sergei Shoigu" is also one edit away from the alias "Sergey Shoigu").
          const blocks = (m: (typeof inside)[number]) =>
            m.entity !== entity ||
            m.start < start ||
            m.end > end ||
            (m.start === start && m.end === end);
          if (inside.some(blocks)) continue;
          out.push({ start, end, entity });
          matched = size;
        }
        i += matched > 0 ? matched : 1;
      }
    }
    return out;
  }

  return {
    find(text, found, context) {
      const out: Mention[] = [];
      for (const hit of hits(text, found, false)) {
        const info = index.entities.get(hit.entity);
        if (info === undefined || (info.needsContext && !context)) continue;
        out.push({
          ...hit,
          category: info.category,
          surface: text.slice(hit.start, hit.end),
          via: 'fuzzy',
        });
      }
      return out;
    },
    mayFind(text) {
      // Without exact matches no window is passed over (see `hits`): any window near a name is
      // a hit, and one that isn't can't become one beside exact matches.
      return hits(text, NO_MATCHES, true).length > 0;
    },
    withFuzzy(text, candidates) {
      const extra = hits(text, candidates, true);
      if (extra.length === 0) return candidates as Candidate[];
      const merged: Candidate[] = [];
      let j = 0;
      for (const hit of extra) {
        while (j < candidates.length && (candidates[j] as Candidate).start < hit.start) {
          merged.push(candidates[j++] as Candidate);
        }
        // The exact matches the fuzzy one widens ("Peskov" in "Dmitriy Peskov") give way.
        while (j < candidates.length && (candidates[j] as Candidate).end <= hit.end) j++;
        merged.push({
          ...hit,
          surface: text.slice(hit.start, hit.end),
          ambiguity: -1,
          via: 'fuzzy',
        });
      }
      while (j < candidates.length) merged.push(candidates[j++] as Candidate);
      return merged;
    },
  };
}

/** The code units `isUpperCase` calls capitals, as the inside of a character class. */
function capitalChars(): string {
  let out = '';
  // Every capital of `isUpperCase` lies in these blocks.
  const blocks = [
    0x41, 0x5a, 0xc0, 0x24f, 0x386, 0x3ab, 0x400, 0x4ff, 0x1e00, 0x1eff, 0xff21, 0xff3a,
  ];
  for (let b = 0; b < blocks.length; b += 2) {
    for (let c = blocks[b] as number; c <= (blocks[b + 1] as number); c++) {
      if (isUpperCase(c)) out += `\\u${c.toString(16).padStart(4, '0')}`;
    }
  }
  return out;
}

/**
 * A run of capitalised words as `capitalisedRuns` defines it: whole words, the first and each
 * one after a space capitalised (a capital and another word character), any word after a
 * hyphen. The first character is tested before the look-behind: most characters are no capital.
 */
let runPattern: RegExp | undefined;
function capitalisedRun(): RegExp {
  if (runPattern === undefined) {
    const capital = `[${capitalChars()}]`;
    const word = `[${WORD_CHARS}]`;
    runPattern = new RegExp(
      `${capital}(?<!${word}.)${word}+(?:[ \\u00a0]${capital}${word}+|[\\-\\u2011]${word}+)+`,
      'g',
    );
  }
  return runPattern;
}

/** A word (sticky: callers set `lastIndex`). */
const WORD_AT = new RegExp(`[${WORD_CHARS}]*`, 'y');

/**
 * Runs of capitalised words ("Russian Defence Minister Sergey Shoygu") separated by one space.
 * Hyphenated parts are words of their own and may be lower case after the hyphen ("Jong-un").
 * A capitalised word has at least two letters.
 *
 * The regular expression engine finds the runs and their words: most text holds none, and the
 * tier's check reads every text the page was matched in (a loop over every character in
 * JavaScript cost 17-24 ms on wikipedia-new-zealand). A property test checks it against that
 * loop.
 */
export function capitalisedRuns(text: string): Word[][] {
  const runs: Word[][] = [];
  const pattern = capitalisedRun();
  const word = WORD_AT;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const stop = m.index + m[0].length;
    const run: Word[] = [];
    // Words of the run are one character apart.
    for (let start = m.index; start < stop; ) {
      word.lastIndex = start;
      word.test(text);
      const end = word.lastIndex;
      run.push({ start, end });
      start = end + 1;
    }
    runs.push(run);
  }
  return runs;
}
