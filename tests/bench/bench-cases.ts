import fs from 'node:fs';
import path from 'node:path';
import { LARGEST_PAGES } from './bench-args';
import { stripScripts } from './strip-scripts';

/** One page the benchmark loads, with and without the extension. */
export type BenchCase = {
  name: string;
  html: string;
  /** Size of the saved file (before stripping) or of the generated HTML. */
  bytes: number;
  /** One of the three largest pages, where the speed targets apply. */
  large: boolean;
  /**
   * Let the page's own scripts run. Saved pages never do (stripped, and served with
   * `script-src 'none'`) so that runs repeat; a generated case may need them (a ticker).
   */
  scripts: boolean;
  /** Compare with mark.js: meaningful on real pages, skipped on generated ones. */
  markJs: boolean;
  /**
   * After the first scan, keep the traced load open this long and report our CPU time in
   * that window as a share of one core (pages that keep changing).
   */
  observeMs?: number;
  /** How the page is served when not as HTML (e.g. `text/plain; charset=utf-8`). */
  contentType?: string;
  /** A Content-Security-Policy header instead of the default (see page-server.ts). */
  csp?: string;
  /** Pages served alongside it at `/<name>.html`, same rules, e.g. the frames of a frameset. */
  extraPages?: Record<string, string>;
};

const PAGES_DIR = path.resolve('tests/fixtures/pages');

/** Names of the saved pages in tests/fixtures/pages. */
export function savedPageNames(): string[] {
  return fs
    .readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -'.html'.length))
    .sort();
}

/** The saved news pages, scripts stripped. */
export function savedPageCases(names: string[]): BenchCase[] {
  return names.map((name) => {
    const file = path.join(PAGES_DIR, `${name}.html`);
    return {
      name,
      html: stripScripts(fs.readFileSync(file, 'utf8')),
      bytes: fs.statSync(file).size,
      large: (LARGEST_PAGES as readonly string[]).includes(name),
      scripts: false,
      markJs: true,
    };
  });
}
