/**
 * Case forms of a Russian word, so "Путин" also finds "Путина", "Путину", "Путиным", and
 * "Владивосток" finds "Владивостоке". The knowledge base lists nominatives; generating the forms
 * here keeps it short. The endings cover nouns and the adjectives of place names ("Северная
 * Корея" → "Северной Кореи"); indeclinable words (Шойгу, Сочи) get none. Over-generation is
 * harmless: a form is only ever looked up as a whole word next to the rest of the name.
 */

/** Endings replacing the nominative ending, keyed by that ending (longest first). */
const PARADIGMS: readonly [string, readonly string[]][] = [
  ['ий', ['ия', 'ию', 'ием', 'ии', 'ие', 'его', 'ему', 'им', 'ем', 'ого', 'ому', 'ом']],
  ['ый', ['ого', 'ому', 'ым', 'ом']],
  ['ой', ['ого', 'ому', 'ым', 'ом']],
  ['ая', ['ой', 'ую', 'ою']],
  ['яя', ['ей', 'юю', 'ею']],
  ['ое', ['ого', 'ому', 'ым', 'ом']],
  ['ия', ['ии', 'ию', 'ией', 'иею']],
  ['а', ['ы', 'и', 'е', 'у', 'ой', 'ою']],
  ['я', ['и', 'е', 'ю', 'ей', 'ею']],
  ['ь', ['я', 'ю', 'ем', 'е', 'и', 'ью']],
  ['й', ['я', 'ю', 'ем', 'е']],
];

/** Endings added to a word ending in a consonant (Путин, Песков, Владивосток, Ын). */
const CONSONANT_ENDINGS = ['а', 'у', 'ом', 'ым', 'е'];

const VOWELS = 'аеёиоуыэюя';

/**
 * The other case forms of a folded (lower-case, ё→е) Russian word; empty for words of fewer
 * than two letters and indeclinables.
 */
export function russianForms(word: string): string[] {
  if (word.length < 2) return [];
  for (const [ending, forms] of PARADIGMS) {
    if (word.endsWith(ending)) {
      const stem = word.slice(0, word.length - ending.length);
      return forms.map((f) => stem + f);
    }
  }
  const last = word.charAt(word.length - 1);
  if (VOWELS.includes(last)) return [];
  return CONSONANT_ENDINGS.map((f) => word + f);
}
