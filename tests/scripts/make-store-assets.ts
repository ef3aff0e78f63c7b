/**
 * Makes the Chrome Web Store images from the built extension, in Debian's Chromium:
 * - assets/store/screenshot-card.png (1280×800): a report with its mentions painted and the hover
 *   card open on one of them;
 * - assets/store/screenshot-compare.png (1280×800): the popup's Compare view, captured at the
 *   popup's own size and laid at the top right of a captured report, where the toolbar popup opens;
 * - assets/store/promo-440x280.png (440×280): the small promo tile, drawn from our own icon, name
 *   and summary (assets/icon.svg, assets/store/description.md) and nothing else.
 * Builds nothing: it loads the extension from `SL_OUT_DIR` (default `.output`), like the browser
 * tests, and fails with a message if an image does not come out at the store's exact size.
 *
 * Run: npm run build && npm run store-assets
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension, tabSummary } from '../e2e/fixtures';

const REPORT_DIR = path.resolve('tests/fixtures/reports');
/** The Reuters-assisted report from Vladivostok: its headline and first lines name Kim. */
const CARD_REPORT = '000_22bd6abafa7c9c8e.html';
/** The Reuters report on Kim's way home, behind the popup in the Compare screenshot. */
const COMPARE_REPORT = '003_6306cdd2bad9c58f.html';
/**
 * The mention the card is opened on: `text` within the first occurrence of `context` in the
 * report, and the card's heading for it.
 */
const MENTION = { context: 'leader Kim Jong Un', text: 'Kim Jong Un', entity: 'Kim Jong Un' };
/** The entity shown in the Compare view: quoted by three reports, silent in two. */
const COMPARE = { id: 'sergei-shoigu', name: 'Sergei Shoigu' };
const STORE = path.resolve('assets/store');
const SCREENSHOT = { width: 1280, height: 800 };
const TILE = { width: 440, height: 280 };
/** The popup's own size (popup.css: 400 px wide, 580 px high). */
const POPUP = { width: 400, height: 580 };

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(png: Buffer): { width: number; height: number } {
  if (png.toString('latin1', 1, 4) !== 'PNG' || png.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('the screenshot is not a PNG');
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * Writes `png` to assets/store/`name` if it is exactly `want` pixels; otherwise throws and
 * leaves the file as it was, so a wrong size never reaches the store folder.
 */
function save(name: string, png: Buffer, want: { width: number; height: number }) {
  const got = pngSize(png);
  if (got.width !== want.width || got.height !== want.height) {
    throw new Error(
      `${name} came out ${got.width}×${got.height} px; the store needs exactly ${want.width}×${want.height}. ` +
        'Is the device scale factor 1 and the viewport set before the screenshot?',
    );
  }
  fs.writeFileSync(path.join(STORE, name), png);
  console.log(`wrote assets/store/${name} (${got.width}×${got.height})`);
}

/** Sets the viewport and the light theme, and checks that one CSS pixel is one image pixel. */
async function prepare(page: Page, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  const ratio = await page.evaluate(() => window.devicePixelRatio);
  if (ratio !== 1) throw new Error(`device scale factor is ${ratio}; store images need 1`);
}

/** The text of the `## heading` section of description.md (up to the next `## `), lines joined. */
function section(markdown: string, heading: string): string {
  const found = markdown
    .split(/^## /m)
    .find((part) => part.startsWith(heading))
    ?.split('\n')
    .slice(1)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!found) throw new Error(`assets/store/description.md has no "## ${heading}" section`);
  return found;
}

/** Escapes text for an HTML text node. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The promo tile's page: the icon, the product name and the store summary, all our own. */
function tileHtml(): string {
  const listing = fs.readFileSync(path.join(STORE, 'description.md'), 'utf8');
  const name = section(listing, 'Name');
  const summary = section(listing, 'Summary');
  const icon = fs.readFileSync(path.resolve('assets/icon.svg'), 'utf8');
  // Colours are the icon's own (night blue, mountain blue, lens yellow); the text is the listing's.
  return `<!doctype html><meta charset="utf-8"><style>
    html, body { margin: 0; width: ${TILE.width}px; height: ${TILE.height}px; overflow: hidden; }
    body { box-sizing: border-box; padding: 32px 36px; color: #fff;
      background: linear-gradient(160deg, #0b1d30, #14324f 70%);
      font-family: "DejaVu Sans", "Liberation Sans", sans-serif;
      display: flex; flex-direction: column; justify-content: center; gap: 20px; }
    header { display: flex; align-items: center; gap: 18px; }
    svg { width: 80px; height: 80px; flex: none; border-radius: 18px;
      box-shadow: 0 0 0 1px rgb(127 179 224 / 45%); }
    h1 { margin: 0; font-size: 34px; white-space: nowrap; font-weight: 700; letter-spacing: -0.5px; }
    p { margin: 0; font-size: 17px; line-height: 1.4; color: #d7e7f6;
      border-left: 4px solid #ffd23f; padding-left: 12px; }
  </style><header>${icon}<h1>${escapeHtml(name)}</h1></header><p>${escapeHtml(summary)}</p>`;
}

/**
 * The viewport centre of the first line box of `text` where `context` first occurs, scrolled to
 * about a quarter down the viewport if it is in the lower half (the card opens below it).
 */
async function placeMention(page: Page, context: string, text: string) {
  return page.evaluate(
    ([wanted, word]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const found = (node.nodeValue ?? '').indexOf(wanted);
        if (found < 0) continue;
        const at = found + wanted.indexOf(word);
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        const top = range.getClientRects()[0]?.top ?? 0;
        if (top > window.innerHeight / 2) {
          window.scrollBy({ top: top - window.innerHeight / 4, behavior: 'instant' });
        }
        const rect = range.getClientRects()[0] as DOMRect;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error(`"${wanted}" is not in the report`);
    },
    [context, text] as const,
  );
}

/** Serves the report pages on 127.0.0.1 (the extension runs on http pages, not file: ones). */
async function serveReports(): Promise<{ origin: string; close(): void }> {
  const server = http.createServer((req, res) => {
    const name = path.basename(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = path.join(REPORT_DIR, name);
    if (!name.endsWith('.html') || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close() {
      server.close();
      server.closeAllConnections();
    },
  };
}

/** Opens a report and waits until the scanner has painted more than ten mentions. */
async function openReport(page: Page, url: string) {
  await prepare(page, SCREENSHOT);
  await page.goto(url);
  await page.waitForFunction(
    () => {
      let ranges = 0;
      // biome-ignore lint/suspicious/noExplicitAny: CSS.highlights is not in every lib.dom yet.
      for (const [name, h] of (CSS as any).highlights as Map<string, Set<Range>>) {
        if (name.startsWith('summit-lens')) ranges += h.size;
      }
      return ranges > 10;
    },
    undefined,
    { timeout: 20_000 },
  );
}

/** A PNG buffer as a data: URL for the compositing page. */
function dataUrl(png: Buffer): string {
  return `data:image/png;base64,${png.toString('base64')}`;
}

const server = await serveReports();
const { context, serviceWorker, extensionId } = await launchWithExtension({ headless: true });
try {
  // 1. A report with its highlights painted and the card open on a mention.
  const page = await context.newPage();
  await openReport(page, `${server.origin}/${CARD_REPORT}`);
  const { x, y } = await placeMention(page, MENTION.context, MENTION.text);
  // Arrive from the margin, as a reader's pointer does; the card opens after its intent delay.
  await page.mouse.move(5, y);
  await page.mouse.move(x, y, { steps: 4 });
  await page.getByRole('dialog', { name: MENTION.entity }).waitFor({ timeout: 10_000 });
  await page.waitForTimeout(400); // the card's entrance transition
  save('screenshot-card.png', await page.screenshot(), SCREENSHOT);

  // 2. The popup's Compare view over the report it was opened on, where the toolbar popup
  // appears: both are real captures, laid one over the other (a headless browser has no
  // toolbar to open the popup from).
  const background = await context.newPage();
  const reportUrl = `${server.origin}/${COMPARE_REPORT}`;
  await openReport(background, reportUrl);
  const reportPng = await background.screenshot();
  const { tabId } = await tabSummary(serviceWorker, reportUrl);
  const popup = await context.newPage();
  await prepare(popup, POPUP);
  await popup.goto(
    `chrome-extension://${extensionId}/popup.html?tab=${tabId}&entity=${COMPARE.id}&view=compare`,
  );
  await popup.locator('#compare-heading', { hasText: COMPARE.name }).waitFor();
  await popup.locator('article.report').nth(4).waitFor();
  const popupPng = await popup.screenshot();
  const composite = await context.newPage();
  await prepare(composite, SCREENSHOT);
  await composite.setContent(
    `<style>html,body{margin:0;overflow:hidden}img{position:absolute;display:block}
    .popup{top:8px;right:16px;border-radius:8px;box-shadow:0 4px 24px rgb(0 0 0 / 35%)}</style>
    <img src="${dataUrl(reportPng)}" alt=""><img class="popup" src="${dataUrl(popupPng)}" alt="">`,
  );
  save('screenshot-compare.png', await composite.screenshot(), SCREENSHOT);

  // 3. The small promo tile, from our own materials only.
  const tile = await context.newPage();
  await prepare(tile, TILE);
  await tile.setContent(tileHtml());
  save('promo-440x280.png', await tile.screenshot(), TILE);
} finally {
  await context.close();
  server.close();
}
