/**
 * Character classes and case/diacritic folding for the matcher, by char code, so the hot loop
 * never allocates a string per character or per word.
 */

/** Ends a token: spaces, punctuation, symbols, emoji halves. */
export const SEPARATOR = 0;
/** Part of a word (letters and digits of cased and uncased scripts). */
export const WORD = 1;
/**
 * Invisible inside a word and skipped when comparing: soft hyphen, zero-width joiners, combining
 * accents (text in NFD form). Pages put soft hyphens inside long names for hyphenation.
 */
export const IGNORABLE = 2;
/** Han and kana: written without spaces, so each character is a token of its own. */
export const IDEOGRAPH = 3;

/** `charKind` for ASCII, as a table for the scanner's hot loop. */
export const ASCII_KIND = new Uint8Array(128);
/** `foldChar` for ASCII, as a table for the scanner's hot loop. */
export const ASCII_FOLD = new Uint16Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const digit = c >= 48 && c <= 57;
  ASCII_KIND[c] = letter || digit ? WORD : SEPARATOR;
  ASCII_FOLD[c] = c >= 65 && c <= 90 ? c + 32 : c;
}

// Latin-1 Supplement to Latin Extended-B, and Latin Extended Additional (Vietnamese): fold by
// decomposing once at start-up ("Choïgou" → "choigou", "Ł" stays "ł").
const LATIN_LO = 0xc0;
const LATIN_HI = 0x24f;
const LATIN_EXT_LO = 0x1e00;
const LATIN_EXT_HI = 0x1eff;
const LATIN_FOLD = new Uint16Array(LATIN_HI - LATIN_LO + 1);
const LATIN_UPPER = new Uint8Array(LATIN_HI - LATIN_LO + 1);
const LATIN_EXT_FOLD = new Uint16Array(LATIN_EXT_HI - LATIN_EXT_LO + 1);
const LATIN_EXT_UPPER = new Uint8Array(LATIN_EXT_HI - LATIN_EXT_LO + 1);

function fillLatin(lo: number, fold: Uint16Array, upper: Uint8Array): void {
  for (let i = 0; i < fold.length; i++) {
    const ch = String.fromCharCode(lo + i);
    const lower = ch.toLowerCase();
    upper[i] = lower !== ch ? 1 : 0;
    const base = lower.normalize('NFD').charCodeAt(0);
    fold[i] = lower.length === 1 ? base : lower.charCodeAt(0);
  }
}
fillLatin(LATIN_LO, LATIN_FOLD, LATIN_UPPER);
fillLatin(LATIN_EXT_LO, LATIN_EXT_FOLD, LATIN_EXT_UPPER);

/** The class of a UTF-16 code unit: `SEPARATOR`, `WORD`, `IGNORABLE` or `IDEOGRAPH`. */
export function charKind(c: number): number {
  if (c < 128) return ASCII_KIND[c] as number;
  if (c < 0xc0) {
    if (c === 0xad) return IGNORABLE;
    return c === 0xaa || c === 0xb5 || c === 0xba ? WORD : SEPARATOR;
  }
  if (c <= LATIN_HI) return c === 0xd7 || c === 0xf7 ? SEPARATOR : WORD;
  if (c < 0x2000) {
    if (c >= 0x300 && c <= 0x36f) return IGNORABLE;
    // Spacing modifier letters include ʼ (U+02BC), used as an apostrophe.
    if (c >= 0x2b0 && c <= 0x2ff) return SEPARATOR;
    return WORD;
  }
  if (c <= 0x2e7f) {
    // General punctuation (dashes, quotes, spaces), symbols, arrows, box drawing.
    if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060) return IGNORABLE;
    return SEPARATOR;
  }
  if (c < 0x3040) return c >= 0x3000 ? SEPARATOR : WORD;
  if (c <= 0x30ff) return c === 0x30fb ? SEPARATOR : IDEOGRAPH;
  if (c >= 0x3400 && c <= 0x9fff) return c >= 0x4dc0 && c <= 0x4dff ? SEPARATOR : IDEOGRAPH;
  if (c >= 0xd800 && c <= 0xdfff) return SEPARATOR;
  if (c >= 0xfe00 && c <= 0xfe0f) return IGNORABLE;
  if (c === 0xfeff) return IGNORABLE;
  if (c >= 0xfe10 && c <= 0xfe6f) return SEPARATOR;
  if (c >= 0xff00 && c <= 0xff65) {
    // Full-width forms: letters and digits are words, the rest punctuation.
    if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a)) return WORD;
    if (c >= 0xff41 && c <= 0xff5a) return WORD;
    return SEPARATOR;
  }
  return WORD;
}

/**
 * A character beyond ASCII that `charKind` does not call a separator: a letter, an ignorable
 * or an ideograph. Text without one (English pages, curly quotes, dashes and NBSP included)
 * splits into words exactly as `[A-Za-z0-9]+` splits it. A unit test checks every code unit.
 */
export const NON_ASCII_WORD_CHAR =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: ranges of UTF-16 code units on purpose (combining accents are ignorable inside words); one code unit is tested at a time
  /[\u00aa\u00ad\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0300-\u1fff\u200b-\u200d\u2060\u2e80-\u2fff\u3040-\u30fa\u30fc-\u4dbf\u4e00-\ud7ff\ue000-\ufe0f\ufe70-\ufeff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff66-\uffff]/;

/**
 * The code units `charKind` calls `WORD`, as the inside of a regular expression's character
 * class. A unit test checks every code unit.
 */
export const WORD_CHARS =
  '0-9A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af\\u0370-\\u1fff\\u2e80-\\u2fff\\u3100-\\u33ff\\ua000-\\ud7ff\\ue000-\\ufdff\\ufe70-\\ufefe\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a\\uff66-\\uffff';

/** The Han and kana code units (`IDEOGRAPH`), as the inside of a character class. */
const IDEOGRAPH_CHARS = '\\u3040-\\u30fa\\u30fc-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff';

/** The code units `charKind` calls `IGNORABLE`, as the inside of a character class. */
const IGNORABLE_CHARS = '\\u00ad\\u0300-\\u036f\\u200b-\\u200d\\u2060\\ufe00-\\ufe0f\\ufeff';

/**
 * Words as `charKind` reads text, global (callers set `lastIndex`): one of `ideographs` (Han
 * and kana characters, each a word of its own), or word characters with ignorables (soft
 * hyphens, combining accents) inside but not at the end.
 */
export function wordsWith(ideographs: string): RegExp {
  return new RegExp(
    `[${ideographs}]|[${WORD_CHARS}](?:[${IGNORABLE_CHARS}]*[${WORD_CHARS}])*`,
    'g',
  );
}

/**
 * Every word as `charKind` reads text (see `wordsWith`). A unit test checks its classes
 * against `charKind` for every code unit.
 */
export const WORDS = wordsWith(IDEOGRAPH_CHARS);

/** The code unit compared in place of `c`: lower case, without accents, ё as е. */
export function foldChar(c: number): number {
  if (c < 128) return ASCII_FOLD[c] as number;
  if (c >= LATIN_LO && c <= LATIN_HI) return LATIN_FOLD[c - LATIN_LO] as number;
  if (c >= 0x400 && c <= 0x4ff) {
    if (c === 0x401 || c === 0x451) return 0x435; // Ё ё → е
    if (c >= 0x410 && c <= 0x42f) return c + 32;
    if (c < 0x410) return c + 80;
    if (c >= 0x460 && c % 2 === 0) return c + 1;
    return c;
  }
  if (c >= 0x391 && c <= 0x3a9) return c + 32;
  if (c >= LATIN_EXT_LO && c <= LATIN_EXT_HI) return LATIN_EXT_FOLD[c - LATIN_EXT_LO] as number;
  if (c >= 0xff21 && c <= 0xff3a) return c - 0xff21 + 97;
  if (c >= 0xff41 && c <= 0xff5a) return c - 0xff41 + 97;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10 + 48;
  return c;
}

/**
 * True when `c` is a capital letter, or a letter of a script without case (Hangul, Han), which
 * satisfies a proper noun's "starts with a capital" rule.
 */
export function isCapitalOrUncased(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= LATIN_LO && c <= LATIN_HI) return LATIN_UPPER[c - LATIN_LO] === 1;
  if (c >= 0x400 && c <= 0x4ff) {
    if (c < 0x430) return true;
    if (c >= 0x460) return c % 2 === 0;
    return false;
  }
  if (c >= 0x370 && c <= 0x3ff) return c >= 0x386 && c <= 0x3ab;
  if (c >= LATIN_EXT_LO && c <= LATIN_EXT_HI) return LATIN_EXT_UPPER[c - LATIN_EXT_LO] === 1;
  if (c >= 0xff41 && c <= 0xff5a) return false;
  return true;
}

/** True for a capital letter of a cased script (Latin, Cyrillic, Greek). */
export function isUpperCase(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  if (c >= LATIN_LO && c <= LATIN_HI) return LATIN_UPPER[c - LATIN_LO] === 1;
  if (c >= 0x400 && c <= 0x42f) return true;
  if (c >= 0x460 && c <= 0x4ff) return c % 2 === 0;
  if (c >= 0x386 && c <= 0x3ab) return true;
  if (c >= LATIN_EXT_LO && c <= LATIN_EXT_HI) return LATIN_EXT_UPPER[c - LATIN_EXT_LO] === 1;
  return c >= 0xff21 && c <= 0xff3a;
}

/** True for a lower-case letter of a cased script. */
export function isLowerCase(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  if (c >= LATIN_LO && c <= LATIN_HI) return LATIN_UPPER[c - LATIN_LO] === 0;
  if (c >= 0x430 && c <= 0x45f) return true;
  if (c >= 0x460 && c <= 0x4ff) return c % 2 === 1;
  if (c >= 0x3ac && c <= 0x3ff) return true;
  if (c >= LATIN_EXT_LO && c <= LATIN_EXT_HI) return LATIN_EXT_UPPER[c - LATIN_EXT_LO] === 0;
  return false;
}

/** True for a Hangul syllable or jamo. */
export function isHangul(c: number): boolean {
  return (
    (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)
  );
}

/** True for a Cyrillic letter. */
export function isCyrillic(c: number): boolean {
  return c >= 0x400 && c <= 0x52f;
}

/**
 * True for what may sit between two words of one name: white space of any kind (line breaks,
 * NBSP), hyphens, apostrophes ("People's", "People’s"). A full stop is checked separately: only
 * after an initial ("U.N.", "N. Korea").
 */
export function isNameGap(c: number): boolean {
  switch (c) {
    case 0x20:
    case 0x09:
    case 0x0a:
    case 0x0d:
    case 0x0c:
    case 0xa0: // NBSP
    case 0xad: // soft hyphen
    case 0x2d: // hyphen-minus
    case 0x27: // '
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2018: // ‘ (pages misuse it as an apostrophe: "Russia‘s")
    case 0x2019: // ’
    case 0x02bc: // ʼ
    case 0x202f: // narrow NBSP
    case 0x205f:
    case 0x3000:
    case 0x200b:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200a;
  }
}

/** Folds a whole string the same way as the scanner folds text (for building keys). */
export function foldString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (charKind(c) === IGNORABLE) continue;
    out += String.fromCharCode(foldChar(c));
  }
  return out;
}
