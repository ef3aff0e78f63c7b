import type { Category } from './knowledge/types';

/**
 * Messages between the popup, the background and the content script. Every message type carries
 * our prefix; receivers ignore anything else (messages from pages never reach these listeners,
 * since only extension contexts can call `runtime.sendMessage`/`tabs.sendMessage`).
 */

/** What the content script found on its page. */
export type PageSummary = {
  /** `scanning` while the first pass is still running; `done` once it has covered the page. */
  status: 'scanning' | 'done';
  /** False where the CSS Custom Highlight API is missing: mentions are listed, not painted. */
  painted: boolean;
  /** Mention counts per entity, in document order of first appearance. */
  entities: { entity: string; category: Category; count: number }[];
  url: string;
  /** The scanner's own cost on the main thread, for the popup's status and the benchmark. */
  stats: { scanMs: number; longestSliceMs: number; slices: number; textChars: number };
};

export type Message =
  /** popup → content: what does this page mention? Answer: `PageSummary`. */
  | { type: 'summit-lens:get-summary' }
  /** popup → content: scroll to the next mention of `entity` and open its card. */
  | { type: 'summit-lens:reveal'; entity: string }
  /** content → background: open the comparison view focused on `entity`. */
  | { type: 'summit-lens:open-compare'; entity: string }
  /** background → content: move to the next (1) or previous (-1) mention and open its card. */
  | { type: 'summit-lens:navigate'; direction: 1 | -1 }
  /** content → background: the card's data for `entity` (answer: `CardData`, see lib/card). */
  | { type: 'summit-lens:get-card'; entity: string };

export const MESSAGE_PREFIX = 'summit-lens:';

/** True for a well-formed message of ours; everything else is ignored. */
export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    (value as { type: string }).type.startsWith(MESSAGE_PREFIX)
  );
}
