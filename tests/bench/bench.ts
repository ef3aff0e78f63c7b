/**
 * `npm run bench`: how fast, how big and how blocking the content script is on real saved news
 * pages (tests/fixtures/pages, scripts stripped), as ratios against baselines measured in the
 * same run; `--suite hostile` runs generated stress pages instead. Prints a table and the targets, writes reports/bench.json. `--help` for options.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension } from '../e2e/fixtures';
import { loadBenchAliases } from './bench-aliases';
import { LARGE_MARK_REPS, parseBenchArgs } from './bench-args';
import { savedPageCases, savedPageNames } from './bench-cases';
import { contentScriptSize } from './content-script-size';
import {
  type BenchReport,
  evaluateContext,
  evaluateTargets,
  formatReport,
  type PageReport,
} from './format-report';
import { hostileCases } from './hostile-cases';
import { launchPlain } from './launch-plain';
import { LONG_TASK_OBSERVER } from './long-tasks';
import { shuffled } from './measure-mark-js';
import { measureBaseline, measureWithExtension } from './measure-page';
import { startPageServer } from './page-server';
import { skippedTrace, traceContentScript } from './trace-content-script';

/** The largest pages get a longer mark.js budget: they are where the ratio matters most. */
const LARGE_MARK_BUDGET_MS = 5000;

async function main(): Promise<number> {
  const args = parseBenchArgs(process.argv.slice(2));
  const suite = args.suite === 'hostile' ? hostileCases() : savedPageCases(savedPageNames());
  const available = suite.map((c) => c.name);
  const unknown = args.pages.filter((p) => !available.includes(p));
  if (unknown.length) {
    console.error(`No such page: ${unknown.join(', ')}. Pages: ${available.join(', ')}`);
    return 2;
  }
  const cases = args.pages.length ? suite.filter((c) => args.pages.includes(c.name)) : suite;
  const size = contentScriptSize(EXTENSION_DIR);
  const { aliases, source: aliasSource } = loadBenchAliases();
  const markAliases = shuffled(aliases);

  const started = Date.now();
  const loadBefore = os.loadavg()[0] ?? 0;
  const server = await startPageServer();
  const extension = await launchWithExtension();
  const plain = await launchPlain();
  await extension.context.addInitScript(LONG_TASK_OBSERVER);
  await plain.context.addInitScript(LONG_TASK_OBSERVER);

  const results: PageReport[] = [];
  try {
    for (const c of cases) {
      for (const [name, html] of Object.entries(c.extraPages ?? {}))
        server.add(name, html, { scripts: c.scripts });
      const url = server.add(c.name, c.html, {
        scripts: c.scripts,
        csp: c.csp,
        contentType: c.contentType,
      });
      const markBudgetMs = !c.markJs
        ? null
        : args.markBudgetSet || !c.large
          ? args.markBudgetMs
          : LARGE_MARK_BUDGET_MS;
      const phase = phaseTimer(c.name);
      phase('extension');
      const reps = c.large ? args.largeReps : args.reps;
      const withExtension = await measureWithExtension(extension.context, url, {
        reps,
        floorReps: args.floorReps,
        plain: plain.context,
      });
      phase('baseline');
      const baseline = await measureBaseline(plain.context, url, {
        floorReps: args.floorReps,
        aliases: markAliases,
        markBudgetMs,
        markReps: c.large ? LARGE_MARK_REPS : 1,
      });
      phase('trace');
      const trace = withExtension.timedOut
        ? skippedTrace('the scan did not finish in time')
        : await traceContentScript(extension.context, url, { observeMs: c.observeMs });
      phase();
      results.push({
        name: c.name,
        bytes: c.bytes,
        large: c.large,
        scripts: c.scripts,
        withExtension,
        baseline,
        trace,
      });
    }
  } finally {
    await extension.context.close();
    await plain.close();
    await server.close();
  }

  const report: BenchReport = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    chromium: chromiumVersion(),
    extensionDir: path.relative(process.cwd(), EXTENSION_DIR),
    args,
    aliasSource,
    aliasCount: aliases.length,
    durationMs: Date.now() - started,
    loadAverage: [loadBefore, os.loadavg()[0] ?? 0],
    cpus: os.cpus().length,
    size,
    pages: results,
    targets: [],
    context: [],
  };
  report.targets = evaluateTargets(report);
  report.context = evaluateContext(report);
  console.log(formatReport(report));
  fs.mkdirSync(path.dirname(args.out), { recursive: true });
  fs.writeFileSync(args.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${args.out}.`);
  return report.targets.every((t) => t.pass) ? 0 : 1;
}

/** Progress on stderr: `page: extension 2.1 s, baseline 3.0 s, trace 1.2 s`. */
function phaseTimer(name: string): (next?: string) => void {
  let current: string | undefined;
  let since = Date.now();
  process.stderr.write(`${name}:`);
  return (next) => {
    const now = Date.now();
    if (current) process.stderr.write(` ${current} ${((now - since) / 1000).toFixed(1)} s`);
    process.stderr.write(next ? (current ? ',' : '') : '\n');
    current = next;
    since = now;
  };
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return CHROMIUM;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 2;
  },
);
