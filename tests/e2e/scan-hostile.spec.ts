import { expect, highlightCounts, test } from './fixtures';
import { guardPage, guardReport } from './page-guard';
import { highlightedTexts, summaryOf, waitForScan } from './scan-helpers';

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

test('the visible part is painted first on a page opened scrolled down', async ({
  page: tab,
  server,
  extension,
}) => {
  const top = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i}: Vladimir Putin spoke.</p>`);
  const url = server.route(
    '/scrolled.html',
    page(
      `${top.join('')}<h2 id="end">Kim Jong Un arrived.</h2>${'<p>No names here.</p>'.repeat(100)}`,
    ),
  );
  await tab.goto(`${url}#end`);
  await waitForScan(extension.serviceWorker, tab);
  // A Highlight keeps ranges in insertion order: the first painted comes first.
  const texts = (await highlightedTexts(tab))['summit-lens-person'] ?? [];
  expect(texts).toHaveLength(401);
  expect(texts[0]).toBe('Kim Jong Un');
});

test('10,000 levels of nesting (unrendered) and 5,000 (rendered)', async ({
  page: tab,
  server,
  extension,
  pageErrors,
}) => {
  // Chromium's own layout gives up on 10,000 rendered levels (the tab crashes without us too),
  // so the deepest tree sits in a display:none box: we walk it all the same.
  const nest = (id: string, depth: number, text: string) => `<script>{
    let inner = document.getElementById('${id}');
    for (let i = 0; i < ${depth}; i++) { const s = document.createElement('span'); inner.appendChild(s); inner = s; }
    inner.appendChild(document.createTextNode('${text}'));
  }</script>`;
  const body = [
    '<p>Kim Jong Un on top</p>',
    '<div id="hidden" style="display:none"></div>',
    '<div id="shown"></div>',
    nest('hidden', 10_000, 'Vladimir Putin at the bottom'),
    nest('shown', 5_000, 'Sergei Shoigu at the bottom'),
  ].join('');
  await tab.goto(server.route('/deep.html', page(body)));
  const summary = await waitForScan(extension.serviceWorker, tab, 60_000);
  expect(summary.entities.map((e) => e.entity).sort()).toEqual([
    'kim-jong-un',
    'sergei-shoigu',
    'vladimir-putin',
  ]);
  expect(pageErrors).toEqual([]);
});

test('a ticker changing 100 times a second costs under 5% of a core', async ({
  page: tab,
  server,
  extension,
}) => {
  const script = `<script>
    const t = document.getElementById('t').firstChild; let n = 0;
    setInterval(() => { t.data = 'Vladimir Putin ' + (n++) + ' · Moscow ' + n; }, 10);
  </script>`;
  await guardPage(tab);
  await tab.goto(
    server.route(
      '/ticker.html',
      page(`<p id="t">start</p><p>Kim Jong Un in Vladivostok.</p>${script}`),
    ),
  );
  const sw = extension.serviceWorker;
  const before = await waitForScan(sw, tab);
  const start = Date.now();
  await tab.waitForTimeout(2000);
  const after = await summaryOf(sw, tab.url());
  const share = ((after?.stats.scanMs ?? 0) - before.stats.scanMs) / (Date.now() - start);
  console.log(`ticker: our main-thread share ${(share * 100).toFixed(2)}% of one core`);
  expect(share).toBeLessThan(0.05);
  // The ticker's names are followed as it changes (its ranges live until the next tick).
  expect(after?.entities.map((e) => e.entity)).toEqual(
    expect.arrayContaining(['vladimir-putin', 'moscow', 'kim-jong-un']),
  );
  const report = await guardReport(tab);
  // The page's own ticker mutates; nothing else does.
  expect(report.mutations.every((m) => m.startsWith('characterData on #text'))).toBe(true);
});

test('a page that replaces its whole body every second stays annotated', async ({
  page: tab,
  server,
  extension,
}) => {
  const script = `<script>
    let n = 0;
    setInterval(() => {
      n++;
      const body = document.createElement('body');
      const p = document.createElement('p');
      p.textContent = n % 2 ? 'Sergei Shoigu, round ' + n : 'Vladimir Putin, round ' + n;
      body.appendChild(p);
      document.documentElement.replaceChild(body, document.body);
    }, 1000);
  </script>`;
  await tab.goto(server.route('/spa.html', page(`<p>Kim Jong Un first</p>${script}`)));
  await waitForScan(extension.serviceWorker, tab);
  const persons = async () => (await highlightedTexts(tab))['summit-lens-person'] ?? [];
  await expect.poll(persons, { timeout: 8000 }).toEqual(['Sergei Shoigu']);
  await expect.poll(persons, { timeout: 8000 }).toEqual(['Vladimir Putin']);
  expect(Object.values(await highlightCounts(tab)).reduce((a, b) => a + b, 0)).toBe(1);
});

test('inputs, textareas and editors full of names stay unpainted', async ({
  page: tab,
  server,
  extension,
}) => {
  await tab.goto(
    server.route(
      '/editable.html',
      page(
        [
          '<textarea>Kim Jong Un Kim Jong Un</textarea><input value="Vladimir Putin">',
          '<div contenteditable="true"><p>Vladimir <b>Putin</b> in an editor</p></div>',
          '<p>Sergei Shoigu outside</p>',
        ].join(''),
      ),
    ),
  );
  const summary = await waitForScan(extension.serviceWorker, tab);
  expect(summary.entities.map((e) => e.entity)).toEqual(['sergei-shoigu']);
  // Typing a name into the editor still paints nothing there.
  await tab.locator('[contenteditable] p').click();
  await tab.keyboard.type(' and Kim Jong Un');
  await tab.waitForTimeout(200);
  const after = await waitForScan(extension.serviceWorker, tab);
  expect(after.entities.map((e) => e.entity)).toEqual(['sergei-shoigu']);
});

test('a plain-text page is annotated (Chromium shows it in a <pre>)', async ({
  page: tab,
  server,
  extension,
}) => {
  const text = 'Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome.\nPeskov said little.';
  await tab.goto(server.route('/plain.txt', text, 'text/plain; charset=utf-8'));
  const summary = await waitForScan(extension.serviceWorker, tab);
  expect(summary.entities.map((e) => e.entity)).toEqual(
    expect.arrayContaining(['kim-jong-un', 'vladimir-putin', 'dmitry-peskov']),
  );
  expect((await highlightedTexts(tab))['summit-lens-person']).toEqual(
    expect.arrayContaining(['Kim Jong Un', 'Vladimir Putin']),
  );
});
