import type { Category } from '../knowledge/types';

/**
 * A mention found in plain text. Offsets are UTF-16 code-unit offsets into the text that was
 * searched, `end` exclusive, so `text.slice(start, end) === surface`.
 */
export type Mention = {
  start: number;
  end: number;
  entity: string;
  category: Category;
  surface: string;
  /** How it was found: an alias (exact after normalisation), or the fuzzy tier. */
  via: 'alias' | 'fuzzy';
  /** For an ambiguous short form: the other entities it could mean (the card offers them). */
  alternatives?: string[];
};
