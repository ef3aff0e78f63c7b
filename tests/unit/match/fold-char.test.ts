import { describe, expect, it } from 'vitest';
import {
  charKind,
  foldChar,
  foldString,
  IDEOGRAPH,
  IGNORABLE,
  isCapitalOrUncased,
  NON_ASCII_WORD_CHAR,
  SEPARATOR,
  WORD,
  WORD_CHARS,
  WORDS,
} from '../../../lib/match/fold-char';

describe('fold-char', () => {
  it('NON_ASCII_WORD_CHAR matches exactly the non-separators beyond ASCII', () => {
    const wrong: string[] = [];
    for (let c = 0x80; c <= 0xffff; c++) {
      const expected = charKind(c) !== SEPARATOR;
      if (NON_ASCII_WORD_CHAR.test(String.fromCharCode(c)) !== expected) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('WORD_CHARS holds exactly the code units charKind calls WORD', () => {
    const word = new RegExp(`^[${WORD_CHARS}]$`);
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (word.test(String.fromCharCode(c)) !== (charKind(c) === WORD)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('WORDS reads words exactly as charKind classes every code unit', () => {
    const kindOf = (c: number) => {
      const ch = String.fromCharCode(c);
      WORDS.lastIndex = 0;
      const alone = WORDS.exec(ch) !== null;
      WORDS.lastIndex = 0;
      // Inside a word, a word character or an ignorable continues it; anything else ends it.
      const inside = WORDS.exec(`a${ch}a`)?.[0].length === 3;
      if (alone) return inside ? WORD : IDEOGRAPH;
      return inside ? IGNORABLE : SEPARATOR;
    };
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (kindOf(c) !== charKind(c)) wrong.push(c.toString(16));
    expect(wrong).toEqual([]);
    WORDS.lastIndex = 0;
    // An ignorable at the end of a word is not part of it.
    expect(WORDS.exec('Pu\u00adtin\u00ad ')?.[0]).toBe('Pu\u00adtin');
  });

  it('folds case, accents and ё', () => {
    expect(foldString('ÉLYSÉE Ёлка Şoygu ＰＵＴＩＮ')).toBe('elysee елка soygu putin');
    expect(foldChar('İ'.charCodeAt(0))).toBe('i'.charCodeAt(0));
  });

  it('treats letters of scripts without case as capitals for proper nouns', () => {
    expect(isCapitalOrUncased('김'.charCodeAt(0))).toBe(true);
    expect(isCapitalOrUncased('普'.charCodeAt(0))).toBe(true);
    expect(isCapitalOrUncased('п'.charCodeAt(0))).toBe(false);
    expect(isCapitalOrUncased('П'.charCodeAt(0))).toBe(true);
  });
});
