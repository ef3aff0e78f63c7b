// Security and privacy, end to end (issue 6): the extension makes no network requests, and
// nothing a page posts or dispatches reaches it.
import type { Page, Request, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { htmlPage, ourConsoleProblems } from './hostile-helpers';
import { waitForScan } from './scan-helpers';

/** The AP-sourced report on Vladivostok (names Shoigu, Putin, Kim Jong Un). */
const REPORT = '/reports/000_22bd6abafa7c9c8e.html';

type Chrome = {
  tabs: {
    query(info: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

/** The id of the tab whose content script reports `url` (tab URLs are hidden without `tabs`). */
async function tabIdShowing(serviceWorker: Worker, url: string): Promise<number> {
  const id = await serviceWorker.evaluate(async (wanted) => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      try {
        const answer = (await chrome.tabs.sendMessage(tab.id, {
          type: 'summit-lens:get-summary',
        })) as { url?: string } | undefined;
        if (answer?.url === wanted) return tab.id;
      } catch {
        // No content script in that tab.
      }
    }
    return null;
  }, url);
  if (id === null) throw new Error(`no tab answers for ${url}`);
  return id;
}

/** Rests a reader's pointer on the first appearance of `word` in the page's text. */
async function hover(page: Page, word: string) {
  const { x, y } = await page.evaluate((w) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.nodeValue ?? '').indexOf(w);
      if (at < 0) continue;
      node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + w.length);
      const rect = range.getClientRects()[0] as DOMRect;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`"${w}" not found`);
  }, word);
  await page.mouse.move(5, y);
  await page.mouse.move(x, y, { steps: 4 });
}

/** URLs of every resource a page or worker fetched, as its own Resource Timing saw them. */
const resourceUrls = () => performance.getEntriesByType('resource').map((e) => e.name);

test('no request leaves 127.0.0.1, and the extension requests nothing but its own files', async ({
  context,
  extension,
  extensionId,
  server,
  page,
  pageErrors,
}) => {
  const recorded: { url: string; from: string }[] = [];
  const origin = (request: Request) => {
    if (request.serviceWorker()) return `service worker ${request.serviceWorker()?.url()}`;
    try {
      return request.frame().url();
    } catch {
      return 'unknown';
    }
  };
  const record = (request: Request) => recorded.push({ url: request.url(), from: origin(request) });
  context.on('request', record);
  try {
    // The recorder sees what a page asks of another host, and the harness blocks it.
    const blockedBefore = extension.blockedRequests.length;
    await page.goto(server.route('/privacy/canary.html', htmlPage('<p>canary</p>')));
    await page.evaluate(() => fetch('http://example.invalid/canary').catch(() => undefined));
    expect(recorded.map((r) => r.url)).toContain('http://example.invalid/canary');
    expect(extension.blockedRequests.slice(blockedBefore)).toEqual([
      'http://example.invalid/canary',
    ]);
    recorded.length = 0;
    const blockedFrom = extension.blockedRequests.length;

    // The extension at work: scan a report, hover a name, open the popup, reveal from it.
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(`${server.origin}${REPORT}`);
    await waitForScan(extension.serviceWorker, page);
    await hover(page, 'Shoigu');
    await expect(page.getByRole('dialog', { name: 'Sergei Shoigu' })).toBeVisible();
    const tabId = await tabIdShowing(extension.serviceWorker, page.url());
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    const putin = popup.getByRole('button', { name: /^Vladimir Putin / });
    await expect(putin).toBeVisible();
    await page.bringToFront();
    await putin.click();
    await expect(page.getByRole('dialog', { name: 'Vladimir Putin' })).toBeVisible();
    await popup.goto(
      `chrome-extension://${extensionId}/popup.html?view=compare&entity=sergei-shoigu`,
    );
    await expect(popup.getByText('Sergei Shoigu').first()).toBeVisible();

    const own = `chrome-extension://${extensionId}/`;
    // Chrome serves the web-accessible files to pages under a per-session id (use_dynamic_url):
    // only those two files, the card's UI and the fuzzy tier, may come from there.
    const dynamic = /^chrome-extension:\/\/[0-9a-f-]{36}\/(card-ui|fuzzy-tier)\.js$/;
    const extensionFile = (url: string) => url.startsWith(own) || dynamic.test(url);
    const allowed = (url: string) => url.startsWith(`${server.origin}/`) || extensionFile(url);
    // The recorder saw the work: the report itself and the extension's lazily loaded card.
    expect(recorded.map((r) => r.url)).toContain(`${server.origin}${REPORT}`);
    expect(recorded.filter((r) => !allowed(r.url))).toEqual([]);
    // What the extension asked for (popup, worker, content script's imports): its own files only.
    const fromExtension = recorded.filter(
      (r) => r.from.includes(own) || r.url.startsWith('chrome-extension:'),
    );
    expect(fromExtension.filter((r) => !extensionFile(r.url))).toEqual([]);
    expect(recorded.map((r) => r.url).filter((url) => dynamic.test(url)).length).toBeGreaterThan(0);
    // The worker's and popup's own Resource Timing agree, whatever the recorder may miss.
    const workerUrls = await extension.serviceWorker.evaluate(resourceUrls);
    expect(workerUrls.filter((url) => !url.startsWith(own))).toEqual([]);
    const popupUrls = await popup.evaluate(resourceUrls);
    expect(popupUrls.filter((url) => !extensionFile(url))).toEqual([]);
    const pageUrls = await page.evaluate(resourceUrls);
    expect(pageUrls.filter((url) => !allowed(url))).toEqual([]);
    expect(extension.blockedRequests.slice(blockedFrom)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await popup.close();
  } finally {
    context.off('request', record);
  }
});

test('messages and events from the page are ignored: no card, no scroll, no error', async ({
  page,
  server,
  extension,
  extensionId,
  pageErrors,
}) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  const problems = ourConsoleProblems(page);
  const filler = '<p>Nothing to see in this paragraph.</p>'.repeat(150);
  await page.goto(
    server.route(
      '/privacy/messages.html',
      htmlPage(`<p>Vladimir Putin on top.</p>${filler}<p id="far">Kim Jong Un far below.</p>`),
    ),
  );
  await waitForScan(extension.serviceWorker, page);
  const attempts = await page.evaluate(async (id) => {
    const reveal = { type: 'summit-lens:reveal', entity: 'kim-jong-un' };
    const messages: unknown[] = [
      reveal,
      { type: 'summit-lens:navigate', direction: 1 },
      { type: 'summit-lens:get-summary' },
      { type: 'summit-lens:open-compare', entity: 'kim-jong-un' },
      JSON.stringify(reveal),
      null,
      'summit-lens:reveal',
    ];
    for (const message of messages) window.postMessage(message, '*');
    const names = [
      'summit-lens:reveal',
      'summit-lens:navigate',
      'summit-lens-reveal',
      'summit-lens:get-summary',
    ];
    for (const target of [window, document, document.body]) {
      for (const name of names) {
        target.dispatchEvent(
          new CustomEvent(name, { detail: { ...reveal, direction: 1 }, bubbles: true }),
        );
      }
    }
    // The page has no extension API to reach us with (no externally_connectable).
    const runtime = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } })
      .chrome?.runtime;
    let sent = 'no runtime.sendMessage';
    if (typeof runtime?.sendMessage === 'function') {
      try {
        (runtime.sendMessage as (id: string, m: unknown) => void)(id, reveal);
        sent = 'sent';
      } catch (error) {
        sent = `refused: ${String(error)}`;
      }
    }
    await new Promise((r) => setTimeout(r, 1000));
    return { sent, scrollY: window.scrollY };
  }, extensionId);
  expect(attempts.sent).not.toBe('sent');
  expect(attempts.scrollY).toBe(0);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
  expect(problems).toEqual([]);
  // The same reveal from the extension itself does scroll and open the card (the test can fail).
  await page.bringToFront();
  const tabId = await tabIdShowing(extension.serviceWorker, page.url());
  await extension.serviceWorker.evaluate(
    ([tab, entity]) =>
      (globalThis as unknown as { chrome: Chrome }).chrome.tabs.sendMessage(tab as number, {
        type: 'summit-lens:reveal',
        entity,
      }),
    [tabId, 'kim-jong-un'] as const,
  );
  await expect(page.getByRole('dialog', { name: 'Kim Jong Un' })).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});

test("the page's message listeners and console hear nothing from us, while we scan and show a card", async ({
  page,
  server,
  extension,
}) => {
  const logged: string[] = [];
  page.on('console', (message) => logged.push(`${message.type()}: ${message.text()}`));
  // The listener is the page's first script, so it is in place before the content script runs.
  const listener = `<script>
    window.heard = [];
    window.addEventListener('message', (event) => window.heard.push(JSON.stringify(event.data)));
  </script>`;
  await page.goto(
    server.route(
      '/privacy/listener.html',
      htmlPage(`${listener}<p>Vladimir Putin met Kim Jong Un.</p>`),
    ),
  );
  await waitForScan(extension.serviceWorker, page);
  await hover(page, 'Putin');
  await expect(page.getByRole('dialog', { name: 'Vladimir Putin' })).toBeVisible();
  // A message posted now arrives after any we would have posted: the listener does work.
  await page.evaluate(() => window.postMessage('the page itself', '*'));
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard))
    .toEqual([JSON.stringify('the page itself')]);
  // The page's console is the page's developers' (a missing Highlight API is the one thing we
  // log, once).
  expect(logged.filter((line) => /summit-lens/i.test(line))).toEqual([]);
});
