import { browser } from 'wxt/browser';
import type { KnowledgeBase } from '../knowledge/types';
import { isMessage } from '../messages';
import { buildCardData, type CardData } from './card-data';

/** Keyboard commands (manifest `commands`) and the direction each moves in. */
export const NAVIGATE_COMMANDS: Readonly<Record<string, 1 | -1>> = {
  'next-mention': 1,
  'previous-mention': -1,
};

/** The extension page that compares the five reports, focused on `entity`. */
export function compareUrl(entity: string): string {
  const params = new URLSearchParams({ entity, view: 'compare' });
  return `${browser.runtime.getURL('/popup.html')}?${params}`;
}

/** Card data by entity id, each built once on first request and then served from memory. */
export function createCardLookup(kb: KnowledgeBase): (entity: string) => CardData | undefined {
  const cache = new Map<string, CardData | undefined>();
  return (entity) => {
    if (!cache.has(entity)) cache.set(entity, buildCardData(kb, entity));
    return cache.get(entity);
  };
}

/**
 * Answers the card's messages in the background: `get-card` with the entity's card data (`null`
 * for an unknown entity) and `open-compare` by opening the comparison view in a new tab next to
 * the sender's. Anything else gets `undefined`, leaving it to other listeners.
 */
export function handleCardMessage(
  message: unknown,
  sender: { tab?: { id?: number; index?: number; windowId?: number } },
  lookup: (entity: string) => CardData | undefined,
): Promise<unknown> | undefined {
  if (!isMessage(message)) return undefined;
  switch (message.type) {
    case 'summit-lens:get-card':
      return Promise.resolve(
        typeof message.entity === 'string' ? (lookup(message.entity) ?? null) : null,
      );
    case 'summit-lens:open-compare':
      if (typeof message.entity !== 'string') return undefined;
      return browser.tabs
        .create({
          url: compareUrl(message.entity),
          ...(sender.tab?.index !== undefined ? { index: sender.tab.index + 1 } : {}),
          ...(sender.tab?.windowId !== undefined ? { windowId: sender.tab.windowId } : {}),
          ...(sender.tab?.id !== undefined ? { openerTabId: sender.tab.id } : {}),
        })
        .then(() => true);
    default:
      return undefined;
  }
}

/**
 * Turns a navigation command into a `summit-lens:navigate` message to the content script of
 * `tab` (the active tab when the browser does not say). Pages without our content script
 * (browser pages, the web store) have no one to answer: that is not an error.
 */
export async function sendNavigate(command: string, tab?: { id?: number }): Promise<boolean> {
  const direction = NAVIGATE_COMMANDS[command];
  if (!direction) return false;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return false;
  try {
    await browser.tabs.sendMessage(tabId, { type: 'summit-lens:navigate', direction });
    return true;
  } catch {
    return false;
  }
}
