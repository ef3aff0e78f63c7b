import { browser } from 'wxt/browser';
import type { Message, PageSummary } from '../messages';

/** The popup's line to the page it summarises. Tests pass their own. */
export type PageLink = {
  /** The page's summary, or undefined where no content script answers. */
  getSummary(): Promise<PageSummary | undefined>;
  /** Asks the page to scroll to the entity's next mention and open its card. */
  reveal(entity: string): Promise<boolean>;
  /** The tab's URL when the browser tells us (no `tabs` permission: often it doesn't). */
  url?: string;
};

/**
 * Connects to the tab the popup is about: `tabId` when given; else, when the popup page was opened
 * as a tab of its own (the card's "Compare sources"), the tab that opened it; else the active tab
 * of the current window (the toolbar popup). Undefined when there is no such tab.
 */
export async function connectToTab(tabId?: number): Promise<PageLink | undefined> {
  let tab: { id?: number; url?: string } | undefined;
  try {
    if (tabId !== undefined) {
      tab = await browser.tabs.get(tabId);
    } else {
      // `getCurrent` is undefined in the toolbar popup and our own tab when opened as a page:
      // then the active tab is this page itself, and the article is the opener.
      const self = await browser.tabs.getCurrent();
      if (self) {
        if (self.openerTabId === undefined) return undefined;
        tab = await browser.tabs.get(self.openerTabId);
      } else {
        tab = (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      }
    }
  } catch {
    return undefined;
  }
  const id = tab?.id;
  if (id === undefined) return undefined;
  const send = (message: Message) => browser.tabs.sendMessage(id, message);
  return {
    ...(tab?.url ? { url: tab.url } : {}),
    async getSummary() {
      try {
        const answer = await send({ type: 'summit-lens:get-summary' });
        return isPageSummary(answer) ? answer : undefined;
      } catch {
        // "Could not establish connection": a browser page, the store, or a tab opened before
        // the extension was installed. The popup says so; nothing to recover here.
        return undefined;
      }
    },
    async reveal(entity) {
      try {
        await send({ type: 'summit-lens:reveal', entity });
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** True for an answer shaped like a `PageSummary`; anything else counts as no answer. */
export function isPageSummary(value: unknown): value is PageSummary {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<PageSummary>;
  return (
    (v.status === 'scanning' || v.status === 'done') &&
    Array.isArray(v.entities) &&
    typeof v.url === 'string'
  );
}

/** The hostname of `url`, or undefined for a missing or unparsable URL. */
export function hostnameOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}
