import type { Ambiguity, Category } from '../knowledge/types';

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

/**
 * A possible mention found in one block of text, before the page-level rules run (ambiguous
 * short forms, context-only topics). Offsets are UTF-16 offsets into that block's text.
 */
export type Candidate = {
  start: number;
  end: number;
  surface: string;
  /** The entity an unambiguous alias names; `null` for an ambiguous short form. */
  entity: string | null;
  /** For an ambiguous short form, its index in `MatchIndex.ambiguities`; otherwise -1. */
  ambiguity: number;
  /** Set on candidates of the fuzzy tier (see `createFuzzyTier`); absent for aliases. */
  via?: 'fuzzy';
  /**
   * Set on an ambiguous short form that begins a name we don't know ("Kim Kardashian",
   * "Kim Yong-hyun"): it names none of our entities, and a bare form after it no longer means
   * the one named before it.
   */
  otherName?: true;
};

/** A mention chosen by `resolveMentions`, with the index of the candidate it came from. */
export type ResolvedMention = Mention & { candidate: number };

/** How a word of an alias must be written on the page. */
export type TokenCase =
  /** All capitals in the alias ("UN", "TASS"): exactly so on the page ("un" is Spanish). */
  | 'acronym'
  /** Capitalised ("Putin"): a capital first letter, or all capitals in a headline. */
  | 'proper'
  /** Lower case ("sanctions"), or a script without case: any case. */
  | 'any';

/** One word of a compiled alias. */
export type AliasToken = {
  /** Accepted spellings, folded (lower case, no accents); case forms and plurals included. */
  forms: readonly string[];
  case: TokenCase;
  /** The word as the alias writes it (compared exactly for acronyms). */
  raw: string;
  /** A Korean word: particles and titles may follow inside the same word ("김정은의"). */
  korean: boolean;
  /**
   * Punctuation the alias itself puts before this word beyond spaces, hyphens and apostrophes
   * ("Adm. Kim", "Washington, D.C.", "Kim–Putin"); the page may use it there too.
   */
  gapExtra: string;
};

/** One alias, compiled. */
export type CompiledAlias = {
  alias: string;
  tokens: readonly AliasToken[];
  /** The entity it names, or `null` for an ambiguous short form. */
  entity: string | null;
  /** Index in `MatchIndex.ambiguities` for an ambiguous short form, else -1. */
  ambiguity: number;
  /** The alias ends with a full stop ("U.N."), which the mention then includes. */
  trailingDot: boolean;
  /**
   * The folded first character of the second word (-1 for one-word aliases): a quick look at
   * the page's next word rules most aliases out before `matchAlias` runs ("the Kremlin" after
   * every "the").
   */
  next: number;
};

/** What the page-level rules need to know about an entity. */
export type EntityInfo = {
  id: string;
  name: string;
  category: Category;
  needsContext: boolean;
  core: boolean;
};

/** The compiled knowledge base: build once with `buildIndex`, share across blocks and pages. */
export type MatchIndex = {
  /** Aliases by the folded spelling of their first word (all spellings: case forms, plurals). */
  firstByWord: ReadonlyMap<string, readonly CompiledAlias[]>;
  aliases: readonly CompiledAlias[];
  entities: ReadonlyMap<string, EntityInfo>;
  ambiguities: readonly Ambiguity[];
  /** Knowledge-base problems found while compiling (an alias claimed by two entities…). */
  warnings: readonly string[];
};
