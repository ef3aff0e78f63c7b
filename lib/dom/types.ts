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
