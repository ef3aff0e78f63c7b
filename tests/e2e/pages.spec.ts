// The saved pages include live <script>s and remote assets: scripts and inline handlers are
// stripped here for repeatability, and the fixtures block every non-loopback request.
import fs from 'node:fs';
import path from 'node:path';
import type { PageSummary } from '../../lib/messages';
import { expect, test } from './fixtures';
import { guardPage, guardReport } from './page-guard';
import { highlightedTexts, midWordHighlights, stripScripts, waitForScan } from './scan-helpers';

const PAGES_DIR = path.resolve('tests/fixtures/pages');
const REPORTS_DIR = path.resolve('tests/fixtures/reports');
const pages = fs.readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html'));
const reports = fs.readdirSync(REPORTS_DIR).filter((f) => f.endsWith('.html'));

const entities: { id: string; core?: boolean; needsContext?: boolean }[] = JSON.parse(
  fs.readFileSync(path.resolve('assets/knowledge/entities.json'), 'utf8'),
);
const core = new Set(entities.filter((e) => e.core).map((e) => e.id));
const needsContext = new Set(entities.filter((e) => e.needsContext).map((e) => e.id));

/** Names a reader expects highlighted wherever the report's text contains them. */
const EXPECTED: [surface: string, entity: string, highlight: string][] = [
  ['Kim Jong Un', 'kim-jong-un', 'summit-lens-person'],
  ['Putin', 'vladimir-putin', 'summit-lens-person'],
  ['Vladivostok', 'vladivostok', 'summit-lens-place'],
  ['Shoigu', 'sergei-shoigu', 'summit-lens-person'],
  ['Peskov', 'dmitry-peskov', 'summit-lens-person'],
  ['KCNA', 'kcna', 'summit-lens-organization'],
  ['TASS', 'tass', 'summit-lens-organization'],
  ['Pyongyang', 'pyongyang', 'summit-lens-place'],
  ['Eastern Economic Forum', 'eastern-economic-forum', 'summit-lens-event'],
];

/** Context-only topics ("sanctions") are painted only where a core entity is named. */
function expectContextRule(summary: PageSummary) {
  const ids = summary.entities.map((e) => e.entity);
  if (!ids.some((id) => core.has(id))) {
    expect(ids.filter((id) => needsContext.has(id))).toEqual([]);
  }
}

for (const file of pages) {
  test(`page ${file}: annotated without changing the page`, async ({
    page,
    server,
    extension,
    pageErrors,
  }) => {
    const html = stripScripts(fs.readFileSync(path.join(PAGES_DIR, file), 'utf8'));
    const url = server.route(`/pages/${file}`, html);
    await guardPage(page);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const summary = await waitForScan(extension.serviceWorker, page);
    const report = await guardReport(page);
    expect(report.mutations).toEqual([]);
    expect(report.unchanged).toBe(true);
    expect(report.violations).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(await midWordHighlights(page)).toEqual([]);
    expectContextRule(summary);
    expect(summary.stats.textChars).toBeGreaterThan(1000);
  });
}

for (const file of reports) {
  test(`report ${file}: the story's names are highlighted`, async ({
    page,
    server,
    extension,
    pageErrors,
  }) => {
    await guardPage(page);
    await page.goto(`${server.origin}/reports/${file}`);
    const summary = await waitForScan(extension.serviceWorker, page);
    const texts = await highlightedTexts(page);
    const bodyText = await page.evaluate(() => document.body.textContent ?? '');
    const ids = summary.entities.map((e) => e.entity);
    const expected = EXPECTED.filter(([surface]) => bodyText.includes(surface));
    expect(expected.length).toBeGreaterThanOrEqual(4);
    for (const [surface, entity, highlight] of expected) {
      expect(ids, `${surface} in ${file}`).toContain(entity);
      expect(
        texts[highlight]?.some((t) => t.includes(surface)),
        `${surface} painted`,
      ).toBe(true);
    }
    expect(summary.painted).toBe(true);
    const report = await guardReport(page);
    expect(report.mutations).toEqual([]);
    expect(report.unchanged).toBe(true);
    expect(pageErrors).toEqual([]);
    expect(await midWordHighlights(page)).toEqual([]);
  });
}

test('nytimes-sudan-sanctions: Sudan\'s "sanctions" stay unpainted; one passing "Putin" is no context', async ({
  page,
  server,
  extension,
}) => {
  const file = 'nytimes-sudan-sanctions.html';
  const html = stripScripts(fs.readFileSync(path.join(PAGES_DIR, file), 'utf8'));
  await page.goto(server.route(`/context/${file}`, html), { waitUntil: 'domcontentloaded' });
  const summary = await waitForScan(extension.serviceWorker, page);
  const ids = summary.entities.map((e) => e.entity);
  // The page names Putin once, in a related-story link: he is painted, but one passing core
  // mention does not make the page's "sanctions" (Sudan's) the story's.
  expect(ids).toContain('vladimir-putin');
  expect(ids.filter((id) => needsContext.has(id))).toEqual([]);
  expect(
    Object.values(await highlightedTexts(page))
      .flat()
      .filter((t) => /sanction/i.test(t)),
  ).toEqual([]);
  // The same page without its Putin paragraph gets no context topics at all.
  const withoutCore = html.replace(/[^<>]*\bPutin\b[^<>]*/g, '');
  await page.goto(server.route(`/context/no-core-${file}`, withoutCore), {
    waitUntil: 'domcontentloaded',
  });
  const bare = await waitForScan(extension.serviceWorker, page);
  const bareIds = bare.entities.map((e) => e.entity);
  expect(
    bareIds.some((id) => core.has(id)),
    JSON.stringify(bareIds),
  ).toBe(false);
  expect(bareIds.filter((id) => needsContext.has(id))).toEqual([]);
  const texts = await highlightedTexts(page);
  expect(
    Object.values(texts)
      .flat()
      .filter((t) => /sanction/i.test(t)),
  ).toEqual([]);
});
