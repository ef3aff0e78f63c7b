import { type BrowserContext, chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/fixtures';

/**
 * The same Chromium without the extension, for the baselines (floor, mark.js, heap, long tasks
 * of the bare page). Flags match `launchWithExtension` so both runs load pages alike; every
 * non-loopback request is refused the same way.
 */
export async function launchPlain(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext();
  await context.route(/^(https?|wss?):\/\//, (route) => {
    const { hostname } = new URL(route.request().url());
    if (hostname === '127.0.0.1' || hostname === 'localhost') return route.continue();
    return route.abort('blockedbyclient');
  });
  return { context, close: () => browser.close() };
}
