import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MentionStore } from '../dom/types';
import type { Settings } from '../settings';

/**
 * Mounts the hover card for the mentions in `store`: hover/focus handling, the shadow-root host,
 * and keyboard navigation between mentions. Everything it starts ends with `ctx`.
 *
 * Placeholder until the card lands: it mounts nothing.
 */
export function mountCard(
  _ctx: ContentScriptContext,
  _store: MentionStore,
  _getSettings: () => Settings,
): { reveal(entity: string): void; navigate(direction: 1 | -1): void } {
  return { reveal() {}, navigate() {} };
}
