import { describe, expect, it } from 'vitest';
import {
  charKind,
  foldChar,
  foldString,
  isCapitalOrUncased,
  NON_ASCII_WORD_CHAR,
  SEPARATOR,
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
