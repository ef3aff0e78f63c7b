// Sums Vitest's and Playwright's JSON reports into CI's closing line `N passed, N failed`.
// Exits non-zero when a report is missing, a test failed, or no test ran at all.
import fs from 'node:fs';

const [vitestPath, playwrightPath] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
let missing = 0;

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    console.error(`sum-reports: no readable report at ${file}`);
    missing++;
    return null;
  }
}

const vitest = read(vitestPath);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests + (vitest.numRuntimeErrorTestSuites ?? 0);
  skipped += vitest.numPendingTests + vitest.numTodoTests;
}

const playwright = read(playwrightPath);
if (playwright) {
  const s = playwright.stats;
  passed += s.expected + s.flaky;
  failed += s.unexpected + (playwright.errors?.length ?? 0);
  skipped += s.skipped;
}

if (missing) failed += missing;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
