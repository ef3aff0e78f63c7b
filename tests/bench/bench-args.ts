import { parseArgs } from 'node:util';

/** The three pages with the most text, on which the issue states its speed targets. */
export const LARGEST_PAGES = ['yahoo-news', 'theguardian', 'wikipedia-new-zealand'] as const;

/** mark.js loads on each of the largest pages (the median counts); one elsewhere. */
export const LARGE_MARK_REPS = 3;

export type BenchArgs = {
  /** `pages`: the saved news pages; `hostile`: generated stress pages (see hostile-cases.ts). */
  suite: 'pages' | 'hostile';
  /** Page names (file names without `.html`); empty means every page. */
  pages: string[];
  /** Page loads with the extension per page; the scan figures are their medians. */
  reps: number;
  /** The same for the three largest pages, where the targets apply. */
  largeReps: number;
  /** Cold and warm floor walks in each load (with the extension, and the load without). */
  floorReps: number;
  /** mark.js time per page before extrapolating, in ms. */
  markBudgetMs: number;
  /** Sample the content script with the CPU profiler and print its hottest functions. */
  profile: boolean;
  /** Where the JSON report goes. */
  out: string;
};

const USAGE = `npm run bench -- [options]
  --suite NAME       pages (default): the saved pages in tests/fixtures/pages, scripts stripped;
                     hostile: generated stress pages (1 MB text node, 100k nodes, ticker…)
  --pages a,b,c      only these pages of the suite (names without .html)
  --quick            only the three largest pages (${LARGEST_PAGES.join(', ')})
  --reps N           page loads with the extension per page (median; default 3, and 7 on
                     the three largest pages)
  --floor-reps N     floor walks in each load, cold and warm each (default 11)
  --mark-budget MS   mark.js time per page before extrapolating (default 1000; 5000 on the
                     three largest)
  --profile          print the content script's top self-time functions (CPU profiler); for
                     readable names build unminified: SL_OUT_DIR=.output-profile npx wxt build
                     -c tests/bench/wxt.profile.config.ts, and run with SL_OUT_DIR=.output-profile
  --out FILE         JSON report (default reports/bench.json)
The extension is read from SL_EXT_DIR or $SL_OUT_DIR/chrome-mv3 (default .output).`;

/** Parses the command line; prints usage and exits on `--help` or a bad option. */
export function parseBenchArgs(argv: string[]): BenchArgs & { markBudgetSet: boolean } {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const quick = values.quick === true;
  const pages = values.pages
    ? values.pages
        .split(',')
        .map((p) => p.trim().replace(/\.html$/, ''))
        .filter(Boolean)
    : quick
      ? [...LARGEST_PAGES]
      : [];
  const suite = values.suite ?? 'pages';
  if (suite !== 'pages' && suite !== 'hostile') {
    console.error(`--suite is pages or hostile, not "${suite}"\n\n${USAGE}`);
    process.exit(2);
  }
  return {
    suite,
    pages,
    reps: positive(values.reps, 3, '--reps'),
    largeReps: positive(values.reps, 7, '--reps'),
    floorReps: positive(values['floor-reps'], 11, '--floor-reps'),
    markBudgetMs: positive(values['mark-budget'], 1000, '--mark-budget'),
    markBudgetSet: values['mark-budget'] !== undefined,
    profile: values.profile === true,
    out: values.out ?? 'reports/bench.json',
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      suite: { type: 'string' },
      pages: { type: 'string' },
      quick: { type: 'boolean' },
      reps: { type: 'string' },
      'floor-reps': { type: 'string' },
      'mark-budget': { type: 'string' },
      profile: { type: 'boolean' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
  });
}

function positive(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) {
    console.error(`${name} needs a positive number, not "${value}"\n\n${USAGE}`);
    process.exit(2);
  }
  return n;
}
