import type { Mention } from '../match/types';

/** A mention on the live page: the text match plus the `Range` that paints it. */
export type PageMention = Mention & {
  /** Stable for the life of the mention; new scans give new ids. */
  id: number;
  /** Spans the mention's text, possibly across several text nodes of one block. */
  range: Range;
};

/**
 * The content script's index of every mention on the page, in document order. The scanner
 * writes it; the painter, the hover card and the popup summary read it.
 */
export interface MentionStore {
  /** Every current mention, in document order. */
  all(): readonly PageMention[];
  /** The mention whose range contains the point (`node`, `offset`), if any. */
  at(node: Node, offset: number): PageMention | undefined;
  /** Calls `listener` after each batch of changes; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** True while the scanner still has work queued. */
  readonly scanning: boolean;
}

/** The part of a mention inside one text node: `[start, end]` offsets into `node.data`. */
export type MentionPiece = { node: Node; start: number; end: number; mention: PageMention };

/**
 * What the page scanner needs from the matcher, per page: candidates per block of text, then a
 * page-level resolution over every block's candidates in document order (so a bare "Kim" can
 * follow the Kim last named in full, wherever on the page that was).
 */
export type PageMatcher<C extends { start: number; end: number }> = {
  /** Candidate matches in one block's text; offsets into `text`. */
  find(text: string): C[];
  /**
   * Mentions per block, given every block's candidates in document order; in steps (it
   * yields between them), for a time-sliced caller. `resolveAll` runs it to the end.
   */
  resolve(blocks: readonly (readonly C[])[]): Generator<undefined, Mention[][]>;
  /** The longest text a candidate can span, to overlap the windows of giant text blocks. */
  maxMatchLength: number;
};
