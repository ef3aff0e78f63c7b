import type { Word } from '../../../lib/match/create-fuzzy-tier';
import { charKind, isUpperCase, WORD } from '../../../lib/match/fold-char';

/**
 * `capitalisedRuns` as it was first written, one character at a time in JavaScript: the
 * reference its native search is checked against.
 */
export function capitalisedRunsByChar(text: string): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    if (charKind(c0) !== WORD) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && charKind(text.charCodeAt(i)) === WORD) i++;
    const end = i;
    const previous = run[run.length - 1];
    const gap = text.charCodeAt(start - 1);
    const adjacent = previous !== undefined && previous.end === start - 1;
    const hyphenated = adjacent && (gap === 45 || gap === 0x2011);
    const spaced = adjacent && (gap === 32 || gap === 0xa0);
    const capital = isUpperCase(c0) && end - start >= 2;
    if (hyphenated || (capital && (spaced || run.length === 0))) run.push({ start, end });
    else {
      if (run.length >= 2) runs.push(run);
      run = capital ? [{ start, end }] : [];
    }
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}
