/**
 * Dwell-to-paint for the hover card: from the end of the intent delay to the frame that paints
 * the placed card, on a report served as a page, in Chromium with the built extension.
 *
 * The card UI marks the end of the dwell (`summit-lens:card-dwell-end`) and measures to the
 * placed card (`summit-lens:card-ready`) with User Timing, which the page's own world sees too.
 * A requestAnimationFrame probe in the page records each frame and whether the placed card is
 * in it; the first frame after the dwell with the card in it is the one that paints it. The
 * page's frame interval, measured in the same run, is the baseline: a card that makes the next
 * frame paints within one interval of the dwell's end.
 *
 * Run: SL_OUT_DIR=.output-card npx wxt build && SL_OUT_DIR=.output-card npx tsx tests/bench/card.ts [--reps 30]
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Page } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension } from '../e2e/fixtures';
import { startPageServer } from './page-server';

const REPORT = path.resolve('tests/fixtures/reports/000_22bd6abafa7c9c8e.html');
const TARGET_MS = 16;

type Sample = { entity: string; readyMs: number; frameMs: number };
type BaselineSample = { readyMs: number; frameMs: number };

/**
 * The baseline: the least any hover card must do, timed in the same page between card opens —
 * a shadow-root tooltip holding the same text, inserted, laid out (one rect read) and painted
 * in the next frame.
 */
const BARE_TOOLTIP = (text: string) => `new Promise((resolve) => {
  const start = performance.now();
  const host = document.createElement('bare-tooltip');
  const shadow = host.attachShadow({ mode: 'open' });
  const box = document.createElement('div');
  box.style.cssText =
    'position:fixed;left:100px;top:100px;width:24rem;max-height:32rem;overflow:auto;' +
    'font:14px/1.45 system-ui;background:#fff;border:1px solid #ccc;padding:14px';
  box.textContent = ${JSON.stringify(text)};
  shadow.append(box);
  document.documentElement.append(host);
  box.getBoundingClientRect();
  const readyMs = performance.now() - start;
  requestAnimationFrame(() => {
    const frameMs = performance.now() - start;
    host.remove();
    resolve({ readyMs, frameMs });
  });
})`;

// Page-side probes are plain source: tsx's name-keeping helpers don't exist in the page.
const FRAME_PROBE = `(() => {
  const frames = [];
  window.__slFrames = frames;
  const tick = () => {
    const card = document
      .querySelector('summit-lens-ui')
      ?.shadowRoot?.querySelector('.sl-card[data-placed] h2');
    frames.push({ t: performance.now(), card: card ? card.textContent : null });
    if (frames.length > 20000) frames.splice(0, 10000);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

/** Centres of the painted mentions in view, in document order, one per distinct text. */
async function visibleMentions(page: Page) {
  return page.evaluate(() => {
    const out: { text: string; x: number; y: number }[] = [];
    const seen = new Set<string>();
    // biome-ignore lint/suspicious/noExplicitAny: CSS.highlights is not in every lib.dom yet.
    for (const [name, highlight] of (CSS as any).highlights as Map<string, Set<Range>>) {
      if (!name.startsWith('summit-lens-')) continue;
      for (const range of highlight) {
        const rect = range.getClientRects()[0];
        const text = range.toString();
        if (!rect || seen.has(text) || rect.top < 40 || rect.bottom > innerHeight - 40) continue;
        seen.add(text);
        out.push({ text, x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
      }
    }
    return out;
  });
}

async function main() {
  const reps = Number(process.argv[process.argv.indexOf('--reps') + 1]) || 30;
  const server = await startPageServer();
  const extension = await launchWithExtension();
  const samples: Sample[] = [];
  const baseline: BaselineSample[] = [];
  let frameIntervalMs = Number.NaN;
  try {
    const page = await extension.context.newPage();
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(server.add('report', fs.readFileSync(REPORT, 'utf8')));
    await page.evaluate(FRAME_PROBE);
    await page.waitForFunction(() => {
      // biome-ignore lint/suspicious/noExplicitAny: as above.
      const highlights = (CSS as any).highlights as Map<string, Set<Range>>;
      return [...highlights.keys()].some((k) => k.startsWith('summit-lens-'));
    });
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(300);
    const targets = await visibleMentions(page);
    if (targets.length === 0) throw new Error('no mentions in view');

    for (let i = 0; i < reps; i++) {
      const target = targets[i % targets.length] as (typeof targets)[number];
      // Rest in the margin until any open card has closed, then on the mention.
      await page.mouse.move(2, target.y);
      await page.waitForFunction(
        () =>
          !document
            .querySelector('summit-lens-ui')
            ?.shadowRoot?.querySelector('.sl-card[data-placed]'),
        undefined,
        { timeout: 5000 },
      );
      const before = await page.evaluate(
        () => performance.getEntriesByName('summit-lens:card-ready').at(-1)?.startTime ?? -1,
      );
      await page.mouse.move(target.x, target.y, { steps: 3 });
      await page.waitForFunction(
        (t) => (performance.getEntriesByName('summit-lens:card-ready').at(-1)?.startTime ?? -1) > t,
        before,
        { timeout: 5000 },
      );
      await page.waitForTimeout(80); // a few frames for the probe to see the card
      const sample = await page.evaluate(() => {
        const entries = performance.getEntriesByName('summit-lens:card-ready');
        const measure = entries[entries.length - 1] as PerformanceMeasure;
        const frames = (window as unknown as { __slFrames: { t: number; card: string | null }[] })
          .__slFrames;
        const painted = frames.find((f) => f.t >= measure.startTime && f.card !== null);
        return {
          entity: painted?.card ?? '',
          readyMs: measure.duration,
          frameMs: painted ? painted.t - measure.startTime : Number.NaN,
        };
      });
      samples.push(sample);
      const cardText = await page.evaluate(
        () =>
          document.querySelector('summit-lens-ui')?.shadowRoot?.querySelector('.sl-card')
            ?.textContent ?? '',
      );
      await page.mouse.move(2, target.y);
      await page.waitForTimeout(450);
      baseline.push((await page.evaluate(BARE_TOOLTIP(cardText))) as BaselineSample);
    }
    frameIntervalMs = await page.evaluate(() => {
      const frames = (window as unknown as { __slFrames: { t: number }[] }).__slFrames;
      const gaps = frames.slice(-121).map((f, i, a) => (i ? f.t - (a[i - 1]?.t ?? 0) : 0));
      gaps.shift();
      gaps.sort((a, b) => a - b);
      return gaps[gaps.length >> 1] ?? Number.NaN;
    });
  } finally {
    await extension.context.close();
    await server.close();
  }

  const stats = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    return { median: at(0.5) ?? Number.NaN, p95: at(0.95) ?? Number.NaN, max: sorted.at(-1) ?? 0 };
  };
  const ready = stats(samples.map((s) => s.readyMs));
  const frame = stats(samples.map((s) => s.frameMs));
  const bareReady = stats(baseline.map((s) => s.readyMs));
  const bareFrame = stats(baseline.map((s) => s.frameMs));
  const size = (file: string) => {
    const bytes = fs.readFileSync(path.join(EXTENSION_DIR, file));
    return { raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
  };
  const ui = size('card-ui.js');
  const fmt = (n: number) => n.toFixed(1).padStart(6);
  console.log(`Hover card, ${samples.length} opens on ${path.basename(REPORT)}`);
  console.log(
    `first card (UI file loaded during its dwell): placed ${samples[0]?.readyMs.toFixed(1)} ms after the dwell`,
  );
  console.log('                              median    p95    max   (ms)');
  console.log(
    `dwell end → card placed      ${fmt(ready.median)} ${fmt(ready.p95)} ${fmt(ready.max)}`,
  );
  console.log(
    `dwell end → painting frame   ${fmt(frame.median)} ${fmt(frame.p95)} ${fmt(frame.max)}`,
  );
  console.log(
    `bare tooltip → laid out      ${fmt(bareReady.median)} ${fmt(bareReady.p95)} ${fmt(bareReady.max)}`,
  );
  console.log(
    `bare tooltip → next frame    ${fmt(bareFrame.median)} ${fmt(bareFrame.p95)} ${fmt(bareFrame.max)}`,
  );
  console.log(`frame interval (median)      ${fmt(frameIntervalMs)}`);
  console.log(
    `ratios (median): card placed / bare tooltip laid out ${(ready.median / bareReady.median).toFixed(2)}, ` +
      `card's painting frame / bare tooltip's ${(frame.median / bareFrame.median).toFixed(2)}`,
  );
  console.log(`card UI (card-ui.js, lazy): ${ui.raw} B raw, ${ui.gzip} B gzip`);
  // The card's own work ends at "card placed"; the rest of the way to the painting frame is
  // the wait for the next vsync, which the bare tooltip pays too. The target is judged on the
  // median: on a loaded machine the tail of both grows alike (see the bare tooltip's p95).
  const ok = frame.median <= TARGET_MS && ready.p95 <= TARGET_MS;
  console.log(
    `target: dwell-to-paint ≤ ${TARGET_MS} ms (median painting frame; card work p95) — ${ok ? 'met' : 'NOT met'}`,
  );
  const misses = samples.filter((s) => Number.isNaN(s.frameMs)).length;
  if (misses) console.log(`${misses} opens had no painted frame seen by the probe`);
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
