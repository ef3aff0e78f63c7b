import { expect, highlightCounts, test } from './fixtures';
import { guardPage, guardReport } from './page-guard';
import { highlightedTexts, setSettings, waitForScan } from './scan-helpers';

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

const ALL = {
  person: true,
  place: true,
  organization: true,
  event: true,
  military: true,
  policy: true,
};

test('a name split across inline elements is one highlight', async ({
  page: tab,
  server,
  extension,
  pageErrors,
}) => {
  await tab.goto(
    server.route(
      '/split.html',
      page('<p>Kim <b>Jong Un</b> met Vladimir <a href="#">Putin</a> in <i>Vladi</i>vostok.</p>'),
    ),
  );
  await waitForScan(extension.serviceWorker, tab);
  const texts = await highlightedTexts(tab);
  expect(texts['summit-lens-person']).toEqual(['Kim Jong Un', 'Vladimir Putin']);
  expect(texts['summit-lens-place']).toEqual(['Vladivostok']);
  expect(pageErrors).toEqual([]);
});

test("under Content-Security-Policy default-src 'none' highlights are still styled", async ({
  page: tab,
  server,
  extension,
}) => {
  const url = server.route(
    '/csp.html',
    page('<p id="p">Vladimir Putin arrived in Vladivostok.</p>'),
    'text/html; charset=utf-8',
    { 'content-security-policy': "default-src 'none'" },
  );
  await guardPage(tab);
  await tab.goto(url);
  await waitForScan(extension.serviceWorker, tab);
  expect(await highlightCounts(tab)).toMatchObject({
    'summit-lens-person': 1,
    'summit-lens-place': 1,
  });
  const styled = await tab.evaluate(() => {
    const p = document.getElementById('p') as HTMLElement;
    const style = getComputedStyle(p, '::highlight(summit-lens-person)');
    return {
      decoration: style.textDecorationLine,
      rules: [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)),
      styleElements: document.querySelectorAll('style, link[rel=stylesheet]').length,
    };
  });
  expect(styled.decoration).toContain('underline');
  expect(styled.rules.join('\n')).toContain('::highlight(summit-lens-person)');
  expect(styled.styleElements).toBe(0);
  const report = await guardReport(tab);
  expect(report.violations).toEqual([]);
  expect(report.mutations).toEqual([]);
});

test('highlights switch to their dark colours when the page turns on its dark mode', async ({
  page: tab,
  server,
  extension,
}) => {
  const url = server.route(
    '/theme.html',
    page(
      '<p id="p">Vladimir Putin arrived in Vladivostok.</p>',
      '<style>body { background: #fff; color: #111 } .dark body { background: #121212; color: #eee }</style>',
    ),
  );
  await tab.goto(url);
  await waitForScan(extension.serviceWorker, tab);
  const colour = () =>
    tab.evaluate(
      () =>
        getComputedStyle(
          document.getElementById('p') as HTMLElement,
          '::highlight(summit-lens-person)',
        ).textDecorationColor,
    );
  const light = await colour();
  // The site's own theme toggle: a class on <html>.
  await tab.evaluate(() => document.documentElement.classList.add('dark'));
  await expect.poll(colour, { timeout: 5000 }).not.toBe(light);
  const dark = await colour();
  await tab.evaluate(() => document.documentElement.classList.remove('dark'));
  await expect.poll(colour, { timeout: 5000 }).toBe(light);
  // Light underlines are darker than the dark theme's (lighter, for a dark background).
  const sum = (c: string) => (c.match(/\d+/g) ?? []).slice(0, 3).reduce((a, v) => a + Number(v), 0);
  expect(sum(dark)).toBeGreaterThan(sum(light));
});

test('look-alikes on an unrelated page are not highlighted', async ({
  page: tab,
  server,
  extension,
}) => {
  await tab.goto(`${server.origin}/dom/unrelated.html`);
  const summary = await waitForScan(extension.serviceWorker, tab);
  expect(summary.entities).toEqual([]);
  expect(Object.values(await highlightCounts(tab)).reduce((a, b) => a + b, 0)).toBe(0);
});

test('open and closed shadow roots and same-origin frames are painted, each in its own tree', async ({
  page: tab,
  server,
  extension,
}) => {
  const url = server.route(
    '/shadow-frame.html',
    page(
      [
        '<p>Vladimir Putin</p>',
        '<div id="host"><template shadowrootmode="open"><p>Kim <b>Jong Un</b> in a shadow root</p></template></div>',
        '<iframe id="f" srcdoc="<p>Sergei Shoigu in a frame</p>"></iframe>',
        '<closed-widget><template shadowrootmode="closed"><p>Dmitry Peskov in a closed root</p></template></closed-widget>',
      ].join(''),
    ),
  );
  await tab.goto(url);
  await expect
    .poll(async () =>
      (await waitForScan(extension.serviceWorker, tab)).entities.map((e) => e.entity).sort(),
    )
    .toEqual(['dmitry-peskov', 'kim-jong-un', 'sergei-shoigu', 'vladimir-putin']);
  expect((await highlightedTexts(tab))['summit-lens-person']?.sort()).toEqual([
    'Dmitry Peskov',
    'Kim Jong Un',
    'Vladimir Putin',
  ]);
  // `::highlight()` styles come from the text's own tree: our sheet is adopted there too.
  expect(
    await tab.evaluate(
      () => document.getElementById('host')?.shadowRoot?.adoptedStyleSheets.length,
    ),
  ).toBe(1);
  const frame = tab.frames().find((f) => f !== tab.mainFrame());
  expect(
    await frame?.evaluate(() => [...(CSS.highlights.get('summit-lens-person') ?? [])].length),
  ).toBe(1);
});

test('a hidden frame is read once it shows, not before', async ({
  page: tab,
  server,
  extension,
}) => {
  const url = server.route(
    '/hidden-frame.html',
    page(
      [
        '<p>Vladimir Putin</p>',
        '<iframe id="shown" srcdoc="<p>Sergei Shoigu in a frame</p>"></iframe>',
        '<iframe id="hidden" style="display: none" srcdoc="<p>Kim Jong Un in a hidden frame</p>"></iframe>',
        '<iframe id="beacon" width="0" height="0" style="border: 0" srcdoc="<p>Dmitry Peskov in a 0×0 frame</p>"></iframe>',
      ].join(''),
    ),
  );
  await tab.goto(url);
  const entities = async () =>
    (await waitForScan(extension.serviceWorker, tab)).entities.map((e) => e.entity).sort();
  await expect.poll(entities).toEqual(['sergei-shoigu', 'vladimir-putin']);
  const frameHighlights = (id: string) =>
    tab
      .frameLocator(`#${id}`)
      .locator(':root')
      .evaluate(() => [...(CSS.highlights.get('summit-lens-person') ?? [])].length);
  expect(await frameHighlights('hidden')).toBe(0);
  // The page shows the frame (a tab opened, a lightbox): its names are painted then.
  await tab.evaluate(() => {
    const frame = document.getElementById('hidden') as HTMLIFrameElement;
    frame.style.display = 'block';
  });
  await expect.poll(entities).toEqual(['kim-jong-un', 'sergei-shoigu', 'vladimir-putin']);
  await expect.poll(() => frameHighlights('hidden')).toBe(1);
  expect(await frameHighlights('beacon')).toBe(0);
});

test('content added, edited and removed later is followed', async ({
  page: tab,
  server,
  extension,
}) => {
  await guardPage(tab);
  await tab.goto(server.route('/live.html', page('<main><p id="a">Vladimir Putin</p></main>')));
  await waitForScan(extension.serviceWorker, tab);
  // A highlight is a set in insertion order: compare sorted.
  const persons = async () => ((await highlightedTexts(tab))['summit-lens-person'] ?? []).sort();
  // The page's own script adds a live-blog entry.
  await tab.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'b';
    p.append(
      'Defence Minister Sergei ',
      Object.assign(document.createElement('a'), { textContent: 'Shoigu' }),
    );
    document.querySelector('main')?.append(p);
  });
  await expect.poll(persons).toEqual(['Sergei Shoigu', 'Vladimir Putin']);
  await tab.evaluate(() => {
    (document.getElementById('a')?.firstChild as Text).data = 'Kim Jong Un';
  });
  await expect.poll(persons).toEqual(['Kim Jong Un', 'Sergei Shoigu']);
  await tab.evaluate(() => document.getElementById('b')?.remove());
  await expect.poll(persons).toEqual(['Kim Jong Un']);
  const summary = await waitForScan(extension.serviceWorker, tab);
  expect(summary.entities.map((e) => e.entity)).toEqual(['kim-jong-un']);
});

test('category toggles, the master switch and "pause on this site" apply at once', async ({
  page: tab,
  server,
  extension,
}) => {
  const sw = extension.serviceWorker;
  await tab.goto(server.route('/settings.html', page('<p>Vladimir Putin in Vladivostok.</p>')));
  await waitForScan(sw, tab);
  const names = async () => Object.keys(await highlightCounts(tab)).sort();
  try {
    await setSettings(sw, {
      enabled: true,
      categories: { ...ALL, person: false },
      pausedSites: [],
    });
    await expect.poll(names).toEqual(expect.not.arrayContaining(['summit-lens-person']));
    expect(await names()).toContain('summit-lens-place');
    await setSettings(sw, { enabled: false, categories: ALL, pausedSites: [] });
    await expect.poll(names).toEqual([]);
    await setSettings(sw, { enabled: true, categories: ALL, pausedSites: ['127.0.0.1'] });
    await expect.poll(names).toEqual([]);
    await setSettings(sw, { enabled: true, categories: ALL, pausedSites: [] });
    await expect
      .poll(async () => highlightCounts(tab))
      .toMatchObject({ 'summit-lens-person': 1, 'summit-lens-place': 1 });
  } finally {
    await setSettings(sw, null);
  }
});

test('a page that overrides built-ins (Array, Node, MutationObserver) is still annotated', async ({
  page: tab,
  server,
  extension,
  pageErrors,
}) => {
  const hostile = `<script>
    Array.prototype.map = function () { throw new Error('map'); };
    Array.prototype.push = function () { return 0; };
    Array.prototype.forEach = function () {};
    Node.prototype.appendChild = function () { throw new Error('appendChild'); };
    Node.prototype.contains = function () { return false; };
    window.MutationObserver = function () { throw new Error('MutationObserver'); };
    // (Map and Set stay: Playwright's own page.evaluate needs them.)
    document.createTreeWalker = function () { throw new Error('createTreeWalker'); };
  </script>`;
  await tab.goto(
    server.route('/hostile.html', page('<p>Kim Jong Un met Vladimir Putin.</p>', hostile)),
  );
  await waitForScan(extension.serviceWorker, tab);
  // Read back with the page's own (broken) Array methods avoided.
  const size = await tab.evaluate(() => CSS.highlights.get('summit-lens-person')?.size);
  expect(size).toBe(2);
  expect(pageErrors).toEqual([]);
});

test('a 1 MB text node and 100,000 text nodes are scanned in slices', async ({
  page: tab,
  server,
  extension,
}) => {
  const filler = 'lorem ipsum dolor sit amet '.repeat(40_000);
  const big = `${filler.slice(0, 300_000)} Vladimir Putin ${filler.slice(300_000)}`;
  await tab.goto(server.route('/big-node.html', page(`<p>${big}</p>`)));
  const one = await waitForScan(extension.serviceWorker, tab, 60_000);
  expect(one.entities.map((e) => [e.entity, e.count])).toEqual([['vladimir-putin', 1]]);
  expect(one.stats.slices).toBeGreaterThan(3);
  const nodes = Array.from({ length: 100_000 }, (_, i) =>
    // The space ends the name: the spans join into one text, and "Kim Jong Unw99991" is no name.
    i === 99_990 ? '<span>Kim Jong Un </span>' : `<span>w${i} </span>`,
  );
  const blocks = Array.from(
    { length: 1000 },
    (_, b) => `<p>${nodes.slice(b * 100, b * 100 + 100).join('')}</p>`,
  );
  await tab.goto(server.route('/many-nodes.html', page(blocks.join(''))));
  const many = await waitForScan(extension.serviceWorker, tab, 60_000);
  expect(many.entities.map((e) => [e.entity, e.count])).toEqual([['kim-jong-un', 1]]);
  expect(many.stats.slices).toBeGreaterThan(3);
  console.log(
    'big-node stats',
    JSON.stringify(one.stats),
    'many-nodes stats',
    JSON.stringify(many.stats),
  );
});
