/**
 * Renders each report in assets/reports as a plain news-like HTML page under
 * tests/fixtures/reports/, for the demo and the browser tests. Text is escaped; every line of the
 * report becomes one paragraph, the first line the headline, so a page's text is the report's.
 *
 * Run: npx tsx tests/scripts/make-report-pages.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Source } from '../../lib/knowledge/types';

const REPORTS = path.resolve('assets/reports');
const OUT = path.resolve('tests/fixtures/reports');

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The HTML page for one report's text. */
export function reportPage(text: string, title: string): string {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const [headline = title, ...rest] = lines;
  // Some reports open with page furniture ("Advertisement", "X"): the tab title uses the real
  // headline from sources.json, while the body keeps the report's lines as they are.
  const body = rest.map((line) => `      <p>${escapeHtml(line.trim())}</p>`).join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <style>
      body { font: 18px/1.6 Georgia, serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; background: #fff; }
      h1 { font: bold 2rem/1.2 Helvetica, Arial, sans-serif; }
      @media (prefers-color-scheme: dark) { body { color: #e8e8e8; background: #151515; } }
    </style>
  </head>
  <body>
    <article>
      <h1>${escapeHtml(headline.trim())}</h1>
${body}
    </article>
  </body>
</html>
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  fs.mkdirSync(OUT, { recursive: true });
  const sources = JSON.parse(
    fs.readFileSync(path.resolve('assets/knowledge/sources.json'), 'utf8'),
  ) as Source[];
  for (const source of sources) {
    const file = path.basename(source.file);
    const text = fs.readFileSync(path.join(REPORTS, file), 'utf8');
    const out = path.join(OUT, file.replace(/\.txt$/, '.html'));
    fs.writeFileSync(out, reportPage(text, `${source.headline} — ${source.short}`));
    console.log(`wrote ${path.relative(process.cwd(), out)}`);
  }
}
