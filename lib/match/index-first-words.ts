import type { CompiledAlias } from './types';

/** `MatchIndex.firstByWord` for `aliases`, in their order (`buildIndex` and `unpackIndex` share it). */
export function indexFirstWords(
  aliases: readonly CompiledAlias[],
): Map<string, readonly CompiledAlias[]> {
  const firstByWord = new Map<string, CompiledAlias[]>();
  for (const alias of aliases) {
    const head = alias.tokens[0];
    if (head === undefined) continue;
    for (const form of new Set(head.forms)) {
      const list = firstByWord.get(form);
      if (list === undefined) firstByWord.set(form, [alias]);
      else list.push(alias);
    }
  }
  return firstByWord;
}
