/**
 * `npm run size`: the content script's start-up size, raw and gzipped, against its 30 KB gzip
 * budget. Reads the build in `SL_EXT_DIR`, or `$SL_OUT_DIR/chrome-mv3` (default `.output`).
 * Exits 1 over budget, 2 when there is no build.
 */
import path from 'node:path';
import { contentScriptSize } from '../bench/content-script-size';

const extensionDir = path.resolve(
  process.env.SL_EXT_DIR ?? path.join(process.env.SL_OUT_DIR ?? '.output', 'chrome-mv3'),
);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

try {
  const size = contentScriptSize(extensionDir);
  console.log(`Content script at start-up (${path.relative(process.cwd(), extensionDir)}):`);
  for (const f of size.files) {
    console.log(
      `  ${f.file.padEnd(40)} ${kb(f.raw).padStart(9)} raw ${kb(f.gzip).padStart(9)} gzip`,
    );
  }
  const verdict = size.withinBudget ? 'PASS' : 'FAIL';
  console.log(
    `  ${'total'.padEnd(40)} ${kb(size.raw).padStart(9)} raw ${kb(size.gzip).padStart(9)} gzip` +
      `  ${verdict}: budget < ${kb(size.budgetGzip)} gzip`,
  );
  process.exitCode = size.withinBudget ? 0 : 1;
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error));
  process.exitCode = 2;
}
