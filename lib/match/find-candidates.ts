import {
  ASCII_FOLD,
  ASCII_KIND,
  charKind,
  foldChar,
  foldString,
  IDEOGRAPH,
  IGNORABLE,
  isCapitalOrUncased,
  isLowerCase,
  isNameGap,
  isUpperCase,
  NON_ASCII_WORD_CHAR,
  WORD,
  wordsWith,
} from './fold-char';
import { KOREAN_SUFFIXES, MAX_KOREAN_SUFFIX } from './korean-suffixes';
import type { AliasToken, Candidate, CompiledAlias, MatchIndex } from './types';

/** At most this many characters between two words of one name ("U.N. \n Security"). */
const MAX_GAP = 4;

function kindAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 128 ? (ASCII_KIND[c] as number) : charKind(c);
}

/** End of the word starting at `start` (after its last word character). */
function wordEnd(text: string, start: number): number {
  const n = text.length;
  if (kindAt(text, start) === IDEOGRAPH) return start + 1;
  let end = start + 1;
  for (let i = start + 1; i < n; i++) {
    const kind = kindAt(text, i);
    if (kind === WORD) end = i + 1;
    else if (kind !== IGNORABLE) break;
  }
  return end;
}

/**
 * Compares the page word [start, end) with a folded form. Returns `end` when they are equal,
 * the offset where the form ended when the word is longer, or -1.
 */
function compareFolded(text: string, start: number, end: number, form: string): number {
  let j = 0;
  for (let p = start; p < end; p++) {
    if (j === form.length) return p;
    const c = text.charCodeAt(p);
    if (c >= 128 && charKind(c) === IGNORABLE) continue;
    const f = c < 128 ? (ASCII_FOLD[c] as number) : foldChar(c);
    if (f !== form.charCodeAt(j)) return -1;
    j++;
  }
  return j === form.length ? end : -1;
}

/**
 * Where the name part of the page word [start, end) ends if it is a spelling of `token`, or -1.
 * Korean words may carry a particle or title after the name; the name ends before it.
 */
function matchToken(
  text: string,
  start: number,
  end: number,
  token: AliasToken,
  last: boolean,
): number {
  if (token.case === 'acronym') {
    const raw = token.raw;
    const len = end - start;
    // "ICBMs": an acronym at the end of an alias may take a plural s.
    if (len === raw.length + 1 && last && text.charCodeAt(end - 1) === 115) {
      return text.startsWith(raw, start) ? end : -1;
    }
    return len === raw.length && text.startsWith(raw, start) ? end : -1;
  }
  if (token.case === 'proper' && !isCapitalOrUncased(text.charCodeAt(start))) return -1;
  const forms = token.forms;
  for (let f = 0; f < forms.length; f++) {
    const r = compareFolded(text, start, end, forms[f] as string);
    if (r === end) return end;
    if (r > 0 && token.korean && end - r <= MAX_KOREAN_SUFFIX) {
      if (KOREAN_SUFFIXES.has(text.slice(r, end))) return r;
    }
  }
  return -1;
}

/** Set by `matchAlias`: where the mention ends, and where the scan continues. */
let matchedEnd = 0;
let matchedNext = 0;

/**
 * Tries `alias` at the page word [start, end). On success sets `matchedEnd` (where the mention
 * ends) and `matchedNext` (past the whole last word, where the scan continues); no allocation.
 */
function matchAlias(text: string, start: number, end: number, alias: CompiledAlias): boolean {
  const tokens = alias.tokens;
  const count = tokens.length;
  let nameEnd = matchToken(text, start, end, tokens[0] as AliasToken, count === 1);
  if (nameEnd < 0 || (nameEnd !== end && count > 1)) return false;
  let wordStart = start;
  let wordStop = end;
  const n = text.length;
  for (let t = 1; t < count; t++) {
    const token = tokens[t] as AliasToken;
    const initial = wordStop - wordStart === 1;
    let p = wordStop;
    let dot = false;
    while (p < n && p - wordStop <= MAX_GAP) {
      const c = text.charCodeAt(p);
      // A full stop may end an initial ("U.N. Security", "N. Korea").
      if (c === 46 && initial) {
        dot = true;
        p++;
      } else if (isNameGap(c)) p++;
      else if (token.gapExtra.length > 0 && token.gapExtra.includes(text.charAt(p))) p++;
      else break;
    }
    if (p >= n || p - wordStop > MAX_GAP) return false;
    // An initial the alias writes with a full stop needs it on the page too: "PUTIN’S KOREA"
    // in a headline is not "S. Korea".
    if (initial && !dot && token.gapExtra.includes('.')) return false;
    const kind = kindAt(text, p);
    if (kind !== WORD && kind !== IDEOGRAPH) return false;
    // Two words with nothing between them only occur beside a Han or kana character.
    if (p === wordStop && kind !== IDEOGRAPH && kindAt(text, wordStop - 1) !== IDEOGRAPH) {
      return false;
    }
    wordStart = p;
    wordStop = wordEnd(text, p);
    const last = t === count - 1;
    nameEnd = matchToken(text, wordStart, wordStop, token, last);
    if (nameEnd < 0 || (nameEnd !== wordStop && !last)) return false;
  }
  if (alias.trailingDot && nameEnd === wordStop && text.charCodeAt(nameEnd) === 46) {
    matchedEnd = nameEnd + 1;
    matchedNext = nameEnd + 1;
  } else {
    matchedEnd = nameEnd;
    matchedNext = wordStop;
  }
  return true;
}

/**
 * Finds every alias of the index in one block of text: normalised (case, accents, punctuation
 * inside names, possessives, Korean particles, Russian case forms), whole words only, longest
 * match first, left to right. Ambiguous short forms and context-only topics stay unresolved
 * (see `resolveMentions`). Offsets are UTF-16 offsets into `text`.
 */
export function findCandidates(text: string, index: MatchIndex): Candidate[] {
  return NON_ASCII_WORD_CHAR.test(text) ? findInText(text, index) : findInAsciiText(text, index);
}

/**
 * What lies between two ASCII words, and an ASCII word (sticky: callers set `lastIndex`). They
 * read the text as written, not lower-cased: the Kelvin sign K lower-cases to an ASCII k, but is
 * no letter.
 */
const ASCII_GAP = /[^A-Za-z0-9]*/y;
const ASCII_WORD_END = /[A-Za-z0-9]*/y;

/**
 * `findCandidates` for a block whose words are plain ASCII (most blocks of English pages,
 * whatever their quotes, dashes and spaces). The block is lower-cased once, natively; two sticky
 * regular expressions step from word to word with `test`, which builds no match array, so the
 * only string made per word is its own slice, looked up in `firstByWord`. The page's first scan
 * runs before V8 has optimised our code: there this costs less than a character loop in
 * JavaScript, and allocates a fifth of what `exec` did (fewer garbage collections mid-scan; on
 * wikipedia-new-zealand the first pass's matching fell from 18.6 to 16.1 ms). Same words, same
 * folding, same `matchWord`: same candidates as `findInText` (a property test checks it).
 */
function findInAsciiText(text: string, index: MatchIndex): Candidate[] {
  const lower = text.toLowerCase();
  // Only letters change case, and a block with letters beyond ASCII does not come here; but a
  // symbol may (Ⓚ → ⓚ): it keeps its length, and this guards the offsets all the same.
  if (lower.length !== text.length) return findInText(text, index);
  const out: Candidate[] = [];
  const byWord = index.firstByWord;
  const gap = ASCII_GAP;
  const word = ASCII_WORD_END;
  const n = text.length;
  let at = 0;
  while (at < n) {
    gap.lastIndex = at;
    gap.test(text);
    const start = gap.lastIndex;
    if (start >= n) break;
    word.lastIndex = start;
    word.test(text);
    const end = word.lastIndex;
    at = end;
    const list = byWord.get(lower.slice(start, end));
    if (list === undefined) continue;
    const next = matchWord(text, start, end, list, false, null, out);
    if (next > 0) at = next;
  }
  return out;
}

/** A word of ASCII letters and digits only: `toLowerCase` folds it natively. */
const ASCII_WORD = /^[A-Za-z0-9]+$/;

/** Hangul syllables and jamo (see `isHangul`): a Korean word may end in a particle or title. */
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;

/**
 * `findCandidates` for any text: the regular expression engine finds the words (`WORDS`, less
 * the Han and kana characters that start no alias: see `wordsToTry`), and only words with
 * letters beyond ASCII are folded in JavaScript. Before V8 optimises our code (the page's first
 * scan), a loop over every character in JavaScript costs several times more than the native
 * search, most of all on text that is largely spaces and punctuation.
 */
function findInText(text: string, index: MatchIndex): Candidate[] {
  return findInWords(text, index, wordsToTry(index));
}

/**
 * `findInText` with `words` (global) as what is tried as a word: `WORDS` tries every word, as
 * a test does to check that `wordsToTry` leaves out only words that can't match.
 */
export function findInWords(text: string, index: MatchIndex, words: RegExp): Candidate[] {
  const out: Candidate[] = [];
  const byWord = index.firstByWord;
  words.lastIndex = 0;
  for (let m = words.exec(text); m !== null; m = words.exec(text)) {
    const word = m[0];
    const ascii = ASCII_WORD.test(word);
    const list = byWord.get(ascii ? word.toLowerCase() : foldString(word));
    const korean = !ascii && HANGUL.test(word);
    if (list === undefined && !korean) continue;
    const next = matchWord(text, m.index, m.index + word.length, list, korean, index, out);
    if (next > 0) words.lastIndex = next;
  }
  return out;
}

const wordsByIndex = new WeakMap<MatchIndex, RegExp>();

/**
 * `WORDS` for one index, without the Han and kana characters that start none of its aliases.
 * Each of those characters is a word of its own that can only miss the lookup; in Chinese and
 * Japanese text they are nearly every character (33,000 lookups on gmw-cn), and the regular
 * expression now steps over them natively. Korean is written in words and is unaffected.
 */
function wordsToTry(index: MatchIndex): RegExp {
  let words = wordsByIndex.get(index);
  if (words === undefined) {
    // A Han or kana word is one character. (A regular expression tested on every key cost
    // 2.8 ms cold, on every page with text beyond ASCII.)
    let firsts = '';
    for (const key of index.firstByWord.keys()) {
      if (key.length === 1 && charKind(key.charCodeAt(0)) === IDEOGRAPH) firsts += key;
    }
    words = wordsWith(firsts);
    wordsByIndex.set(index, words);
  }
  return words;
}

/**
 * Tries the aliases starting with the page word [start, end) (`list`; for a Korean word also
 * the word without a particle, looked up in `index`), longest match first; pushes the candidate onto `out` and
 * returns where the scan continues, or returns -1.
 */
function matchWord(
  text: string,
  start: number,
  end: number,
  list: readonly CompiledAlias[] | undefined,
  korean: boolean,
  index: MatchIndex | null,
  out: Candidate[],
): number {
  let best: CompiledAlias | null = null;
  let bestEnd = -1;
  let bestNext = -1;
  if (list !== undefined) {
    let peek = -2;
    for (const alias of list) {
      if (alias.next >= 0) {
        if (peek === -2) peek = nextWordStart(text, end);
        if (peek !== alias.next) continue;
      }
      if (matchAlias(text, start, end, alias) && matchedEnd > bestEnd) {
        best = alias;
        bestEnd = matchedEnd;
        bestNext = matchedNext;
      }
    }
  }
  if (best === null && korean) {
    // "김정은의": try the word without a trailing particle or title.
    for (let cut = end - 1; cut > start && end - cut <= MAX_KOREAN_SUFFIX; cut--) {
      const prefix = index?.firstByWord.get(foldString(text.slice(start, cut)));
      if (prefix === undefined) continue;
      for (const alias of prefix) {
        if (alias.tokens.length !== 1) continue;
        if (matchAlias(text, start, end, alias) && matchedEnd > bestEnd) {
          best = alias;
          bestEnd = matchedEnd;
          bestNext = matchedNext;
        }
      }
      if (best !== null) break;
    }
  }
  if (best === null) return -1;
  if (
    best.entity === null &&
    (startsOtherName(text, bestEnd) || (best.tokens.length > 1 && hyphenGoesOn(text, bestEnd)))
  ) {
    out.push({
      start,
      end: bestEnd,
      surface: text.slice(start, bestEnd),
      entity: null,
      ambiguity: best.ambiguity,
      otherName: true,
    });
    return bestNext;
  }
  out.push({
    start,
    end: bestEnd,
    surface: text.slice(start, bestEnd),
    entity: best.entity,
    ambiguity: best.ambiguity,
  });
  return bestNext;
}

/**
 * The folded first character of the word after `from`, looking past at most `MAX_GAP + 1`
 * non-word characters; -1 if there is none. A cheap filter: it rejects only what `matchAlias`
 * would reject.
 */
function nextWordStart(text: string, from: number): number {
  const stop = Math.min(text.length, from + MAX_GAP + 1);
  for (let p = from; p < stop; p++) {
    const c = text.charCodeAt(p);
    const kind = c < 128 ? (ASCII_KIND[c] as number) : charKind(c);
    if (kind === WORD || kind === IDEOGRAPH)
      return c < 128 ? (ASCII_FOLD[c] as number) : foldChar(c);
  }
  return -1;
}

/**
 * True when an ambiguous form ending at `from` is followed, after one space, by a
 * capitalised word: "Kim Kardashian", "Kim Yong-hyun" (South Korea's defence minister on the NBC
 * page) are other people, not a bare "Kim". Our own full names ("Kim Jong Un") never get here:
 * the longest match wins first. Title-case headlines ("Kim Heads Home") are left alone.
 */
function startsOtherName(text: string, from: number): boolean {
  const gap = text.charCodeAt(from);
  if (gap !== 32 && gap !== 0xa0) return false;
  if (!isUpperCase(text.charCodeAt(from + 1)) || !isLowerCase(text.charCodeAt(from + 2))) {
    return false;
  }
  return !isTitleCase(text);
}

/**
 * True when a name of several words ending at `from` goes on after a hyphen: "Kim Jong-nam"
 * and "Kim Jong-hyun" are other people, not a bare "Kim Jong". Our own hyphenated names
 * ("Kim Jong-un", "Kim Jong-eun") are longer matches and win before this is asked.
 */
function hyphenGoesOn(text: string, from: number): boolean {
  const hyphen = text.charCodeAt(from);
  if (hyphen !== 45 && hyphen !== 0x2010 && hyphen !== 0x2011) return false;
  return charKind(text.charCodeAt(from + 1)) === WORD;
}

const TITLE_WORDS = /[A-Za-z][a-z]+/g;
let titleText = '';
let titleResult = false;

/** True for a headline-like block: four words or more, three in four of them capitalised. */
function isTitleCase(text: string): boolean {
  if (text === titleText) return titleResult;
  let words = 0;
  let capitals = 0;
  TITLE_WORDS.lastIndex = 0;
  for (let m = TITLE_WORDS.exec(text); m !== null && words < 40; m = TITLE_WORDS.exec(text)) {
    words++;
    const c = m[0].charCodeAt(0);
    if (c >= 65 && c <= 90) capitals++;
  }
  titleText = text;
  titleResult = words >= 4 && capitals * 4 >= words * 3;
  return titleResult;
}
