import type { Page, Worker } from '@playwright/test';
import type { PageSummary } from '../../lib/messages';
import { pageSummary, tabSummary } from './fixtures';

/** Asks the content script of the tab showing `url` for its summary (null: not answering yet). */
export async function summaryOf(serviceWorker: Worker, url: string): Promise<PageSummary | null> {
  return tabSummary(serviceWorker, url, { waitForDone: false, timeoutMs: 0 })
    .catch(() => null)
    .then((found) => found?.summary ?? null);
}

/** Waits until the content script on `page` reports its scan done; returns the summary. */
export function waitForScan(
  serviceWorker: Worker,
  page: Page,
  timeoutMs = 20_000,
): Promise<PageSummary> {
  return pageSummary(serviceWorker, page.url(), { timeoutMs });
}

/** The text of every range in each of our highlights, as the page sees them. */
export async function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights as unknown as Map<string, Set<AbstractRange>>) {
      if (!name.startsWith('summit-lens')) continue;
      out[name] = [...highlight].map((range) => {
        const r = document.createRange();
        r.setStart(range.startContainer, range.startOffset);
        r.setEnd(range.endContainer, range.endOffset);
        return r.toString();
      });
    }
    return out;
  });
}

/** Removes every `<script>` element (and inline handlers stay inert without them) for repeatability. */
export function stripScripts(html: string): string {
  const handler = /(<[a-z][^>]*?)\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;
  let out = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<script\b[^>]*\/>/gi, '');
  // One handler per pass; tags with several need a few passes.
  for (let i = 0; i < 4; i++) out = out.replace(handler, '$1');
  // A `srcdoc` frame's scripts run as the page's own (aktualne-cz has one).
  return out.replace(/(<iframe\b[^>]*?)\s+srcdoc\s*=\s*("[^"]*"|'[^']*')/gi, '$1');
}

/**
 * Highlighted ranges that start or end inside a word (a letter right before or after them):
 * "Kim" in "Kimberly", "Putin" in "Putinism". Korean and Chinese text is exempt: particles
 * follow names inside a word there.
 */
export async function midWordHighlights(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const letter = /[\p{L}\p{N}]/u;
    const exempt = /[\p{Script=Hangul}\p{Script=Han}]/u;
    const out: string[] = [];
    for (const [name, highlight] of CSS.highlights as unknown as Map<string, Set<AbstractRange>>) {
      if (!name.startsWith('summit-lens')) continue;
      for (const range of highlight) {
        const before = (range.startContainer as Text).data?.[range.startOffset - 1] ?? '';
        const after = (range.endContainer as Text).data?.[range.endOffset] ?? '';
        const first = (range.startContainer as Text).data?.[range.startOffset] ?? '';
        if (
          (letter.test(before) && !exempt.test(first)) ||
          (letter.test(after) && !exempt.test(after))
        ) {
          out.push(
            `${before}[${(range.startContainer as Text).data.slice(range.startOffset, range.startOffset + 30)}]${after}`,
          );
        }
      }
    }
    return out;
  });
}

/** Writes our settings item as the popup would (sanitised on read), or removes it. */
export async function setSettings(sw: Worker, value: object | null): Promise<void> {
  await sw.evaluate(async (v) => {
    type Storage = {
      storage: { local: { set(o: object): Promise<void>; remove(k: string): Promise<void> } };
    };
    const chrome = (globalThis as unknown as { chrome: Storage }).chrome;
    if (v === null) await chrome.storage.local.remove('summit-lens-settings');
    else await chrome.storage.local.set({ 'summit-lens-settings': v });
  }, value);
}
