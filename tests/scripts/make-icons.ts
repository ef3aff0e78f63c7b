/**
 * Renders assets/icon.svg to the PNG sizes Chrome's and Firefox's stores and toolbars use
 * (16, 32, 48, 96, 128) in assets/public/icon/, with Debian's Chromium. WXT picks them up from
 * there and lists them in the manifest.
 *
 * Run: npx tsx tests/scripts/make-icons.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const SIZES = [16, 32, 48, 96, 128];
const svg = fs.readFileSync(path.resolve('assets/icon.svg'), 'utf8');
const out = path.resolve('assets/public/icon');
fs.mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.SL_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: path.join(out, `${size}.png`), omitBackground: true });
  console.log(`wrote assets/public/icon/${size}.png`);
}
await browser.close();
