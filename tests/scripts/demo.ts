/**
 * The demo: serves the five reports as local news pages, opens Chromium with the built extension,
 * and shows what Summit Lens finds. With a display it leaves the browser open on the reports;
 * without one (or with --headless) it saves screenshots to reports/demo/ and prints the mentions
 * found on each page, then exits.
 *
 * Run: npm run demo  (builds first)   Options: --headless
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Entity } from '../../lib/knowledge/types';
import { launchWithExtension, pageSummary } from '../e2e/fixtures';

const REPORT_DIR = path.resolve('tests/fixtures/reports');
const OUT = path.resolve('reports/demo');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

const entities = new Map<string, Entity>(
  (JSON.parse(fs.readFileSync('assets/knowledge/entities.json', 'utf8')) as Entity[]).map((e) => [
    e.id,
    e,
  ]),
);
const pages = fs
  .readdirSync(REPORT_DIR)
  .filter((f) => f.endsWith('.html'))
  .sort();

function titleOf(file: string): string {
  const html = fs.readFileSync(path.join(REPORT_DIR, file), 'utf8');
  return /<title>(.*?)<\/title>/s.exec(html)?.[1] ?? file;
}

const server = http.createServer((req, res) => {
  const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice(1));
  if (name === '') {
    const links = pages.map((p) => `<li><a href="/${p}">${titleOf(p)}</a></li>`).join('\n');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>Summit Lens demo</title><h1>Five reports</h1><ul>${links}</ul>`);
  } else if (pages.includes(name)) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    fs.createReadStream(path.join(REPORT_DIR, name)).pipe(res);
  } else {
    res.writeHead(404).end();
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const { context, serviceWorker, extensionId } = await launchWithExtension({ headless });
console.log(`Summit Lens ${extensionId} loaded in Chromium (${headless ? 'headless' : 'headed'})`);
fs.mkdirSync(OUT, { recursive: true });

for (const file of pages) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  const url = `${origin}/${file}`;
  await page.goto(url);
  const summary = await pageSummary(serviceWorker, url);
  const total = summary.entities.reduce((n, e) => n + e.count, 0);
  console.log(
    `\n${titleOf(file)}\n  ${url}\n  ${total} mentions of ${summary.entities.length} entities`,
  );
  const byCategory = new Map<string, string[]>();
  for (const { entity, category, count } of summary.entities) {
    const name = entities.get(entity)?.name ?? entity;
    byCategory.set(category, [...(byCategory.get(category) ?? []), `${name} ×${count}`]);
  }
  for (const [category, names] of byCategory) console.log(`  ${category}: ${names.join(', ')}`);
  const shot = path.join(OUT, file.replace(/\.html$/, '.png'));
  await page.screenshot({ path: shot });
  console.log(`  screenshot: ${path.relative(process.cwd(), shot)}`);
  if (headless) await page.close();
}

if (headless) {
  await context.close();
  server.close();
  server.closeAllConnections();
} else {
  const index = await context.newPage();
  await index.goto(origin);
  console.log(
    `\nBrowsing ${origin} — hover a highlighted name. Close the browser or press Ctrl-C to end.`,
  );
  context.on('close', () => process.exit(0));
}
