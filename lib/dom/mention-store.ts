import { runToEnd } from '../match/run-to-end';
import type { MentionPiece, MentionStore, PageMention } from './types';

/** The store plus the scanner's write side. */
export type WritableMentionStore = MentionStore & {
  /** Replaces every mention (document order) and the text-node pieces that index them. */
  replace(mentions: readonly PageMention[], pieces: readonly MentionPiece[]): void;
  /**
   * `replace` in steps for a time-sliced caller: the new index is built between yields and
   * takes over at the end, so readers never see half of it.
   */
  replacing(
    mentions: readonly PageMention[],
    pieces: readonly MentionPiece[],
  ): Generator<undefined>;
  setScanning(scanning: boolean): void;
};

/**
 * The page's mentions in document order, with a per-text-node index so that hit-testing a
 * pointer position (`at`) is a map read and a binary search, not a scan of every mention.
 */
/** Pieces indexed between two chances to yield. */
const PIECES_PER_STEP = 4096;

export function createMentionStore(): WritableMentionStore {
  let mentions: readonly PageMention[] = [];
  let byNode = new Map<Node, MentionPiece[]>();
  let scanning = false;
  const listeners = new Set<() => void>();

  const notify = () => {
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch (error) {
        console.error('[summit-lens] mention listener failed', error);
      }
    }
  };

  return {
    all: () => mentions,
    at(node, offset) {
      let target = node;
      let at = offset;
      if (target.nodeType !== 3) {
        // A caret between elements: look at the text node just after (or before) it.
        const child = target.childNodes[offset] ?? target.childNodes[offset - 1];
        if (child?.nodeType !== 3) return undefined;
        at = child === target.childNodes[offset] ? 0 : (child as Text).data.length;
        target = child;
      }
      const pieces = byNode.get(target);
      if (!pieces) return undefined;
      // Pieces of one node are sorted and disjoint: find the last one starting at or before `at`.
      let low = 0;
      let high = pieces.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((pieces[mid] as MentionPiece).start <= at) low = mid;
        else high = mid - 1;
      }
      const piece = pieces[low];
      return piece && piece.start <= at && at <= piece.end ? piece.mention : undefined;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get scanning() {
      return scanning;
    },
    replace(next, pieces) {
      runToEnd(this.replacing(next, pieces));
    },
    *replacing(next, pieces) {
      const index = new Map<Node, MentionPiece[]>();
      for (let i = 0; i < pieces.length; i++) {
        const piece = pieces[i] as MentionPiece;
        const list = index.get(piece.node);
        if (list) list.push(piece);
        else index.set(piece.node, [piece]);
        if (i % PIECES_PER_STEP === PIECES_PER_STEP - 1) yield undefined;
      }
      for (const list of index.values()) {
        if (list.length > 1) list.sort((a, b) => a.start - b.start);
      }
      mentions = next;
      byNode = index;
      notify();
    },
    setScanning(value) {
      if (scanning === value) return;
      scanning = value;
      notify();
    },
  };
}
