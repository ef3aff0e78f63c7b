import type { CompiledAlias } from './types';

/** `MatchIndex.firstByWord` for `aliases`, in their order (`buildIndex` and `unpackIndex` share it). */
export function indexFirstWords(
  aliases: readonly CompiledAlias[],
): Map<string, readonly CompiledAlias[]> {
  const firstByWord = new Map<string, CompiledAlias[]>();
  for (const alias of aliases) {
    const head = alias.tokens[0];
    if (head === undefined) continue;
    const forms = head.forms;
    for (let i = 0; i < forms.length; i++) {
      const form = forms[i] as string;
      // A form listed twice files the alias once (no Set per alias: this runs at start-up).
      if (forms.indexOf(form) !== i) continue;
      const list = firstByWord.get(form);
      if (list === undefined) firstByWord.set(form, [alias]);
      else list.push(alias);
    }
  }
  return firstByWord;
}
