import fs from 'node:fs';
import path from 'node:path';
import { EAGER_COMPILE_HINT } from '../../lib/build/eager-compile-plugin';
import { EXTENSION_DIR, expect, test } from './fixtures';
import { highlightedTexts } from './scan-helpers';

test('the extension loads with a service worker and its manifest', async ({ extension }) => {
  expect(extension.extensionId).toMatch(/^[a-p]{32}$/);
  const manifest = await extension.serviceWorker.evaluate(() => {
    type Runtime = { runtime: { getManifest(): { name: string; manifest_version: number } } };
    return (globalThis as unknown as { chrome: Runtime }).chrome.runtime.getManifest();
  });
  expect(manifest.name).toBe('Summit Lens');
  expect(manifest.manifest_version).toBe(3);
});

test('the popup opens', async ({ page, extensionId, pageErrors }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByRole('heading', { name: 'Summit Lens' })).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('the content script runs on a page served from 127.0.0.1', async ({ page, server }) => {
  const url = server.route(
    '/smoke.html',
    '<!doctype html><title>t</title><p>Kim Jong Un met Vladimir Putin in Vladivostok.</p>',
  );
  await page.goto(url);
  // What the page itself sees: our highlights in its registry (we log nothing to its console).
  await expect
    .poll(async () => {
      const texts = await highlightedTexts(page);
      return { person: texts['summit-lens-person'], place: texts['summit-lens-place'] };
    })
    .toEqual({ person: ['Kim Jong Un', 'Vladimir Putin'], place: ['Vladivostok'] });
});

test("the built content script opens with V8's compile hint (compiled as it loads, not mid-scan)", () => {
  const code = fs.readFileSync(path.join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
  expect(code.slice(0, EAGER_COMPILE_HINT.length + 1)).toBe(`${EAGER_COMPILE_HINT}\n`);
});
