import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  type BrowserContext,
  test as base,
  chromium,
  type Page,
  type Worker,
} from '@playwright/test';
import type { PageSummary } from '../../lib/messages';

/** The built Chrome extension under test (absolute path: Chromium needs it). */
export const EXTENSION_DIR = path.resolve(
  process.env.SL_EXT_DIR ?? path.join(process.env.SL_OUT_DIR ?? '.output', 'chrome-mv3'),
);
export const CHROMIUM = process.env.SL_CHROMIUM ?? '/usr/bin/chromium';

/** Flags for Debian's Chromium here: no sandbox as root, and no background calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** A static file server on 127.0.0.1 for test pages; routes can add generated pages. */
export type TestServer = {
  origin: string;
  /** Serves `body` at `pathname` (e.g. `/split-name.html`). */
  route(
    pathname: string,
    body: string,
    contentType?: string,
    headers?: Record<string, string>,
  ): string;
  close(): Promise<void>;
};

const ROOT = path.resolve('tests/fixtures');

function startServer(): Promise<TestServer> {
  const routes = new Map<string, { body: string; type: string; headers: Record<string, string> }>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const routed = routes.get(url.pathname);
    if (routed) {
      res.writeHead(200, { 'content-type': routed.type, ...routed.headers });
      res.end(routed.body);
      return;
    }
    const file = path.join(ROOT, decodeURIComponent(url.pathname));
    if (!file.startsWith(ROOT) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    const type = file.endsWith('.html')
      ? 'text/html; charset=utf-8'
      : file.endsWith('.txt')
        ? 'text/plain; charset=utf-8'
        : 'application/octet-stream';
    res.writeHead(200, { 'content-type': type });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve({
        origin,
        route(pathname, body, type = 'text/html; charset=utf-8', headers = {}) {
          routes.set(pathname, { body, type, headers });
          return origin + pathname;
        },
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** Launches Chromium with the extension, every non-loopback request blocked and recorded. */
export async function launchWithExtension(options: { headless?: boolean } = {}): Promise<{
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  blockedRequests: string[];
}> {
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-lens-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...CHROMIUM_ARGS,
    ],
  });
  const blockedRequests: string[] = [];
  await context.route(/^(https?|wss?):\/\//, (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
    blockedRequests.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const serviceWorker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, serviceWorker, extensionId, blockedRequests };
}

type WorkerFixtures = {
  extension: Awaited<ReturnType<typeof launchWithExtension>>;
  server: TestServer;
};

type TestFixtures = {
  context: BrowserContext;
  extensionId: string;
  /** Uncaught errors of pages opened in the test; a test asserts it stays empty. */
  pageErrors: string[];
  page: Page;
};

/**
 * `test` with one Chromium + extension and one server per worker. Each test gets a fresh page;
 * pages opened by the test are closed after it.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  extension: [
    async ({}, use) => {
      const ext = await launchWithExtension();
      await use(ext);
      await ext.context.close();
    },
    { scope: 'worker' },
  ],
  server: [
    async ({}, use) => {
      const server = await startServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ extension }, use) => use(extension.context),
  extensionId: async ({ extension }, use) => use(extension.extensionId),
  pageErrors: async ({}, use) => use([]),
  page: async ({ extension, pageErrors }, use) => {
    const page = await extension.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await use(page);
    await page.close();
  },
});

export { expect } from '@playwright/test';

/** Names of our highlights in `CSS.highlights`, with their range counts, as the page sees them. */
export async function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    // biome-ignore lint/suspicious/noExplicitAny: CSS.highlights is not in every lib.dom yet.
    for (const [name, highlight] of (CSS as any).highlights as Map<string, Set<Range>>) {
      if (name.startsWith('summit-lens')) out[name] = highlight.size;
    }
    return out;
  });
}

/**
 * Finds the tab showing `url` and its content script's `PageSummary`, through the extension's
 * service worker (only extension contexts can message a content script). Without the `tabs`
 * permission tab URLs are hidden, so every tab is asked and the one whose summary names `url`
 * wins. Waits until the scan is `done` unless `waitForDone` is false; throws after `timeoutMs`.
 */
export async function tabSummary(
  serviceWorker: Worker,
  url: string,
  { waitForDone = true, timeoutMs = 20_000 } = {},
): Promise<{ tabId: number; summary: PageSummary }> {
  const deadline = Date.now() + timeoutMs;
  let last: { tabId: number; summary: PageSummary } | null = null;
  for (;;) {
    last = await serviceWorker.evaluate(async (target) => {
      // biome-ignore lint/suspicious/noExplicitAny: chrome.* is untyped in the Node test context.
      const chromeApi = (globalThis as any).chrome;
      for (const tab of await chromeApi.tabs.query({})) {
        if (tab.id === undefined) continue;
        try {
          const answer = await chromeApi.tabs.sendMessage(tab.id, {
            type: 'summit-lens:get-summary',
          });
          if (answer?.url === target) return { tabId: tab.id as number, summary: answer };
        } catch {
          // No content script in that tab (yet).
        }
      }
      return null;
    }, url);
    if (last && (!waitForDone || last.summary.status === 'done')) return last;
    if (Date.now() >= deadline) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`No finished summary from ${url}: last answer ${JSON.stringify(last?.summary)}`);
}

/** The finished `PageSummary` of the tab showing `url` (see `tabSummary`). */
export async function pageSummary(
  serviceWorker: Worker,
  url: string,
  options: { waitForDone?: boolean; timeoutMs?: number } = {},
): Promise<PageSummary> {
  return (await tabSummary(serviceWorker, url, options)).summary;
}
