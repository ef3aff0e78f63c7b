// The fuzzy tier loads after the first pass (its own file, fuse.js): near-misses the alias list
// lacks get painted as the right entities, and on the saved news pages it adds nothing.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  highlightedTexts,
  setSettings,
  stripScripts,
  summaryOf,
  waitForScan,
} from './scan-helpers';

const READY = 'summit-lens:fuzzy-ready';
const RESCAN = 'summit-lens:fuzzy-rescan';

const html = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

/** Waits for the fuzzy tier to be loaded and its check of the page done. */
async function waitForFuzzy(page: Page) {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READY, {
    timeout: 20_000,
  });
}

/** The person highlights' texts, sorted: a highlight's order of ranges is not the page's. */
const personTexts = async (page: Page) =>
  ((await highlightedTexts(page))['summit-lens-person'] ?? []).sort();

const marked = (page: Page, mark: string) =>
  page.evaluate((name) => performance.getEntriesByName(name).length > 0, mark);

test('misspelt names are painted as the right entities once the fuzzy tier loads', async ({
  page,
  server,
  extension,
  pageErrors,
}) => {
  await page.goto(
    server.route(
      '/fuzzy.html',
      html(
        '<h1>Putin hosts Kim</h1>' +
          '<p>Defence Minister Sergey Shoygu showed the guests a fighter jet plant.</p>' +
          '<p>North Korean leader Kim Jong-Eun met Vladimir Putin at Vostochny.</p>' +
          '<p>Kremlin spokesman Dmitriy Peskov said the talks were useful.</p>' +
          '<p>Kim Kardashian and Vladimir Nabokov had nothing to do with it.</p>',
      ),
    ),
  );
  await waitForScan(extension.serviceWorker, page);
  await waitForFuzzy(page);
  expect(await marked(page, RESCAN)).toBe(true);
  await expect
    .poll(() => personTexts(page))
    .toEqual(
      expect.arrayContaining(['Sergey Shoygu', 'Dmitriy Peskov', 'Vladimir Putin', 'Putin']),
    );
  const summary = await waitForScan(extension.serviceWorker, page);
  const people = summary.entities.filter((e) => e.category === 'person').map((e) => e.entity);
  expect(people).toEqual(
    expect.arrayContaining(['sergei-shoigu', 'kim-jong-un', 'dmitry-peskov', 'vladimir-putin']),
  );
  const texts = (await highlightedTexts(page))['summit-lens-person'] ?? [];
  // "Kim Jong-Eun": its exact prefix "Kim Jong" names Kim Jong Un.
  expect(texts.some((t) => t.startsWith('Kim Jong'))).toBe(true);
  expect(texts.join('|')).not.toMatch(/Kardashian|Nabokov/);
  expect(pageErrors).toEqual([]);
});

test('content added after the tier loaded is matched with it directly', async ({
  page,
  server,
  extension,
}) => {
  await page.goto(
    server.route('/later.html', html('<p id="feed">Vladimir Putin arrived in Vladivostok.</p>')),
  );
  await waitForScan(extension.serviceWorker, page);
  await waitForFuzzy(page);
  // Nothing fuzzy on the page as loaded: no rescan, the exact highlights stand.
  expect(await marked(page, RESCAN)).toBe(false);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Sergey Shoygu came too.';
    document.body.append(p);
  });
  await expect.poll(() => personTexts(page)).toEqual(['Sergey Shoygu', 'Vladimir Putin']);
  const summary = await summaryOf(extension.serviceWorker, page.url());
  expect(summary?.entities.map((e) => e.entity)).toContain('sergei-shoigu');
});

test('a site paused when the page loaded gets the fuzzy tier once resumed', async ({
  page,
  server,
  extension,
}) => {
  const sw = extension.serviceWorker;
  await setSettings(sw, { enabled: true, pausedSites: ['127.0.0.1'] });
  try {
    await page.goto(server.route('/paused.html', html('<p>Sergey Shoygu met Vladimir Putin.</p>')));
    await waitForScan(sw, page);
    expect(await highlightedTexts(page)).toEqual({});
    await setSettings(sw, null);
    await waitForFuzzy(page);
    await expect.poll(() => personTexts(page)).toEqual(['Sergey Shoygu', 'Vladimir Putin']);
  } finally {
    await setSettings(sw, null);
  }
});

const PAGES_DIR = path.resolve('tests/fixtures/pages');
const pages = fs.readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html'));

for (const file of pages) {
  test(`page ${file}: the fuzzy tier adds nothing`, async ({ page, server, extension }) => {
    const url = server.route(
      `/fuzzy-pages/${file}`,
      stripScripts(fs.readFileSync(path.join(PAGES_DIR, file), 'utf8')),
    );
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const before = await waitForScan(extension.serviceWorker, page);
    await waitForFuzzy(page);
    // The tier's check found no near-miss anywhere on the page, so nothing was rescanned.
    expect(await marked(page, RESCAN)).toBe(false);
    const after = await waitForScan(extension.serviceWorker, page);
    expect(after.entities).toEqual(before.entities);
  });
}

// The page's CSP governs the page's loads, not the content script's import of our own file.
test("under Content-Security-Policy default-src 'none' the fuzzy tier still loads", async ({
  page,
  server,
  extension,
  pageErrors,
}) => {
  const url = server.route(
    '/fuzzy-csp.html',
    html('<p>Vladimir Putin and Sergey Shoygu visited Vostochny.</p>'),
    'text/html; charset=utf-8',
    { 'content-security-policy': "default-src 'none'" },
  );
  const logs: string[] = [];
  page.on('console', (m) => logs.push(m.text()));
  await page.goto(url);
  await waitForScan(extension.serviceWorker, page);
  await waitForFuzzy(page);
  await expect.poll(() => personTexts(page)).toEqual(['Sergey Shoygu', 'Vladimir Putin']);
  expect(logs.filter((l) => l.includes('fuzzy tier not loaded'))).toEqual([]);
  expect(pageErrors).toEqual([]);
});
