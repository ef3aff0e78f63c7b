// Hostile and odd pages not covered by scan-hostile.spec.ts / scan.spec.ts (issue 6): each keeps
// working (its own script still answers), throws nothing, and keeps its DOM (our host aside).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  htmlPage,
  ourConsoleProblems,
  recordFrameErrors,
  startOtherOrigin,
} from './hostile-helpers';
import { guardPage, guardReport } from './page-guard';
import { highlightedTexts, waitForScan } from './scan-helpers';

/** A button whose handler the page's own script wires: clicking it must still write "clicked N". */
const BUTTON = `<button id="b">press</button><output id="o">idle</output><script>
  let clicks = 0;
  document.getElementById('b').addEventListener('click', () => {
    document.getElementById('o').textContent = 'clicked ' + ++clicks;
  });
</script>`;

test('inputs and textareas full of names: nothing painted inside, values and typing untouched', async ({
  page: tab,
  server,
  extension,
  pageErrors,
}) => {
  const names = 'Kim Jong Un met Vladimir Putin and Sergei Shoigu in Vladivostok. '.repeat(50);
  const fields = [
    `<textarea id="ta">${names}</textarea>`,
    `<input id="in" value="${names}">`,
    `<input type="search" value="Vladimir Putin">`,
    `<select><option>Kim Jong Un</option><option>Vladimir Putin</option></select>`,
    `<p>Dmitry Peskov outside the fields.</p>`,
  ];
  await guardPage(tab);
  await tab.goto(server.route('/hostile/fields.html', htmlPage(fields.join('') + BUTTON)));
  const summary = await waitForScan(extension.serviceWorker, tab);
  // Only the paragraph is painted: form controls are the reader's, not the page's prose.
  expect(summary.entities.map((e) => e.entity)).toEqual(['dmitry-peskov']);
  const painted = Object.entries(await highlightedTexts(tab)).filter(([, t]) => t.length > 0);
  expect(painted).toEqual([['summit-lens-person', ['Dmitry Peskov']]]);
  // Values are untouched, and typing a name more still paints nothing in the field.
  expect(await tab.inputValue('#ta')).toBe(names);
  expect(await tab.inputValue('#in')).toBe(names);
  await tab.locator('#ta').press('Control+End');
  await tab.locator('#ta').pressSequentially(' Kim Jong Un');
  expect(await tab.inputValue('#ta')).toBe(`${names} Kim Jong Un`);
  await tab.click('#b');
  await expect(tab.locator('#o')).toHaveText('clicked 1');
  expect((await waitForScan(extension.serviceWorker, tab)).entities.map((e) => e.entity)).toEqual([
    'dmitry-peskov',
  ]);
  const report = await guardReport(tab);
  // Typing into a textarea changes its value, not the DOM: the guard sees nothing.
  expect(
    report.mutations.filter((m) => !m.includes('#o') && !m.startsWith('childList on OUTPUT')),
  ).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('a cross-origin iframe is left alone and nothing throws, in the page or the frame', async ({
  page: tab,
  server,
  extension,
  pageErrors,
}) => {
  const frameBody = htmlPage(`<p>Kim Jong Un in a cross-origin frame</p>${BUTTON}`);
  const other = await startOtherOrigin({ '/frame.html': frameBody });
  try {
    await recordFrameErrors(tab);
    await guardPage(tab);
    const problems = ourConsoleProblems(tab);
    await tab.goto(
      server.route(
        '/hostile/cross-origin.html',
        htmlPage(
          `<p>Vladimir Putin on top</p><iframe id="f" src="${other.origin}/frame.html"></iframe>`,
        ),
      ),
    );
    const summary = await waitForScan(extension.serviceWorker, tab);
    // The top page is painted; the frame (another site's page) is not entered.
    expect(summary.entities.map((e) => e.entity)).toEqual(['vladimir-putin']);
    const frame = tab.frames().find((f) => f.url().startsWith(other.origin));
    if (!frame) throw new Error('the cross-origin frame did not load');
    expect(
      await frame.evaluate(() =>
        [...(CSS.highlights as unknown as Map<string, unknown>).keys()].filter((k) =>
          k.startsWith('summit-lens'),
        ),
      ),
    ).toEqual([]);
    expect(await frame.evaluate(() => document.querySelector('summit-lens-ui'))).toBeNull();
    // guardReport only calls `evaluate`, which a Frame has as a Page does.
    const frameReport = await guardReport(frame as unknown as Page);
    expect(frameReport.mutations).toEqual([]);
    expect(frameReport.unchanged).toBe(true);
    // The frame's own script still works, and no frame saw an error.
    await frame.click('#b');
    await expect(frame.locator('#o')).toHaveText('clicked 1');
    for (const f of tab.frames()) {
      expect(
        await f.evaluate(
          () => (window as unknown as { __summitLensErrors: string[] }).__summitLensErrors,
        ),
      ).toEqual([]);
    }
    const report = await guardReport(tab);
    expect(report.mutations).toEqual([]);
    expect(report.unchanged).toBe(true);
    expect(pageErrors).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await other.close();
  }
});

test('SVG <text> is painted like prose, and the SVG is untouched', async ({
  page: tab,
  server,
  extension,
  pageErrors,
}) => {
  const svg = [
    '<svg id="s" width="600" height="120" xmlns="http://www.w3.org/2000/svg">',
    '<text x="10" y="30">Vladimir Putin</text>',
    '<text x="10" y="60">Kim <tspan font-weight="bold">Jong Un</tspan></text>',
    '<text x="10" y="90"><textPath href="#p">Sergei Shoigu</textPath></text>',
    '<path id="p" d="M10 110 H590" />',
    '<title>Dmitry Peskov in a tooltip</title>',
    '</svg>',
  ].join('');
  await guardPage(tab);
  await tab.goto(server.route('/hostile/svg.html', htmlPage(svg + BUTTON)));
  const before = await tab.evaluate(() => document.getElementById('s')?.outerHTML);
  await waitForScan(extension.serviceWorker, tab);
  const persons = (await highlightedTexts(tab))['summit-lens-person'] ?? [];
  // What we do: SVG text content is text, so it is painted; <title> is not shown, so it is not.
  expect(persons.sort()).toEqual(['Kim Jong Un', 'Sergei Shoigu', 'Vladimir Putin']);
  expect(await tab.evaluate(() => document.getElementById('s')?.outerHTML)).toBe(before);
  await tab.click('#b');
  await expect(tab.locator('#o')).toHaveText('clicked 1');
  const report = await guardReport(tab);
  expect(report.mutations.filter((m) => !m.includes('OUTPUT'))).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('thousands of page-dispatched mouse events open no card; a real pointer still does', async ({
  page: tab,
  server,
  extension,
  pageErrors,
}) => {
  await tab.setViewportSize({ width: 1000, height: 700 });
  await guardPage(tab);
  const problems = ourConsoleProblems(tab);
  const prose =
    '<p id="t" style="font-size:20px">Kim Jong Un met Vladimir Putin. Sergei Shoigu and Dmitry Peskov watched.</p>';
  await tab.goto(server.route('/hostile/mouse.html', htmlPage(prose + BUTTON)));
  await waitForScan(extension.serviceWorker, tab);
  const seen = await tab.evaluate(async () => {
    const counts = { mousemove: 0, mouseover: 0 };
    for (const type of Object.keys(counts) as (keyof typeof counts)[]) {
      document.addEventListener(type, () => counts[type]++);
    }
    const box = (document.getElementById('t') as HTMLElement).getBoundingClientRect();
    const target = document.getElementById('t') as HTMLElement;
    // 3,000 sweeps of each kind across the highlighted line, the last resting on "Putin".
    for (let i = 0; i < 3000; i++) {
      const x = box.left + ((i * 7) % Math.max(1, box.width));
      const y = box.top + box.height / 2;
      const init = { clientX: x, clientY: y, bubbles: true, composed: true };
      target.dispatchEvent(new MouseEvent('mousemove', init));
      target.dispatchEvent(new MouseEvent('mouseover', init));
      if (i % 500 === 0) await new Promise((r) => setTimeout(r, 0));
    }
    const r = document.createRange();
    const text = target.firstChild as Text;
    const at = text.data.indexOf('Putin');
    r.setStart(text, at);
    r.setEnd(text, at + 5);
    const rect = r.getBoundingClientRect();
    const rest = { clientX: rect.left + 5, clientY: rect.top + rect.height / 2, bubbles: true };
    target.dispatchEvent(new MouseEvent('mousemove', rest));
    return counts;
  });
  // The page's handlers saw every event it dispatched.
  expect(seen).toEqual({ mousemove: 3001, mouseover: 3000 });
  // Well past the hover delay (300 ms): no card opened on the page's say-so.
  await tab.waitForTimeout(900);
  await expect(tab.getByRole('dialog')).toHaveCount(0);
  await tab.click('#b');
  await expect(tab.locator('#o')).toHaveText('clicked 1');
  // A reader's pointer resting on the same name opens the card (the check above can fail).
  const point = await tab.evaluate(() => {
    const text = (document.getElementById('t') as HTMLElement).firstChild as Text;
    const r = document.createRange();
    const at = text.data.indexOf('Putin');
    r.setStart(text, at);
    r.setEnd(text, at + 5);
    const rect = r.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await tab.mouse.move(5, point.y);
  await tab.mouse.move(point.x, point.y, { steps: 4 });
  await expect(tab.getByRole('dialog', { name: 'Vladimir Putin' })).toBeVisible();
  const report = await guardReport(tab);
  expect(report.mutations.filter((m) => !m.includes('OUTPUT'))).toEqual([]);
  expect(pageErrors).toEqual([]);
  expect(problems).toEqual([]);
});

test('right-to-left paragraphs: a Latin "Putin" inside Arabic and Hebrew is painted exactly', async ({
  page: tab,
  server,
  extension,
  pageErrors,
}) => {
  const body = [
    '<p dir="rtl" lang="ar">التقى الرئيس الروسي Putin بالزعيم الكوري الشمالي في فلاديفوستوك.</p>',
    '<p dir="rtl" lang="he">הנשיא Vladimir Putin נפגש עם Kim Jong Un בוולדיווסטוק.</p>',
    '<p dir="rtl" lang="he">‏בן שיחו, ‎<bdi>Sergei Shoigu</bdi>‎, ביקר בפיונגיאנג.</p>',
  ].join('');
  await guardPage(tab);
  await tab.goto(server.route('/hostile/rtl.html', htmlPage(body + BUTTON), undefined));
  const summary = await waitForScan(extension.serviceWorker, tab);
  expect(summary.entities.map((e) => e.entity).sort()).toEqual([
    'kim-jong-un',
    'sergei-shoigu',
    'vladimir-putin',
  ]);
  expect((await highlightedTexts(tab))['summit-lens-person']?.sort()).toEqual([
    'Kim Jong Un',
    'Putin',
    'Sergei Shoigu',
    'Vladimir Putin',
  ]);
  // The painted ranges have boxes where the words are drawn (bidi reordering included).
  const boxes = await tab.evaluate(() =>
    [
      ...((CSS.highlights as unknown as Map<string, Set<Range>>).get('summit-lens-person') ?? []),
    ].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.getClientRects().length;
    }),
  );
  expect(boxes.every((n) => n >= 1)).toBe(true);
  await tab.click('#b');
  await expect(tab.locator('#o')).toHaveText('clicked 1');
  const report = await guardReport(tab);
  expect(report.mutations.filter((m) => !m.includes('OUTPUT'))).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('a frameset page: its same-origin frames are painted, keep their DOM, and nothing throws', async ({
  page: tab,
  server,
  extension,
  pageErrors,
}) => {
  server.route('/hostile/frame-a.html', htmlPage(`<p>Vladimir Putin in frame A</p>${BUTTON}`));
  server.route('/hostile/frame-b.html', htmlPage('<p>Kim Jong Un in frame B</p>'));
  const frameset = `<!doctype html><html><head><meta charset="utf-8"><title>fs</title></head>
    <frameset cols="50%,50%"><frame name="a" src="frame-a.html"><frame name="b" src="frame-b.html"></frameset></html>`;
  await recordFrameErrors(tab);
  // Init scripts run in every frame: each frame gets its own DOM guard.
  await guardPage(tab);
  const problems = ourConsoleProblems(tab);
  await tab.goto(server.route('/hostile/frameset.html', frameset));
  const frameA = tab.frame({ name: 'a' });
  const frameB = tab.frame({ name: 'b' });
  if (!frameA || !frameB) throw new Error('frames did not load');
  await frameA.waitForLoadState();
  await frameB.waitForLoadState();
  const before = await Promise.all([frameA, frameB].map((f) => f.content()));
  const summary = await waitForScan(extension.serviceWorker, tab);
  // What we do: the content script runs in the top document, which has no text of its own; its
  // frames are same-origin <frame>s, walked like same-origin iframes.
  const painted = async () =>
    Promise.all(
      [frameA, frameB].map((f) =>
        f.evaluate(() =>
          [
            ...((CSS.highlights as unknown as Map<string, Set<Range>>).get('summit-lens-person') ??
              []),
          ].map((r) => r.toString()),
        ),
      ),
    );
  expect(summary.entities.map((e) => e.entity)).toEqual(['vladimir-putin', 'kim-jong-un']);
  expect(await painted()).toEqual([['Vladimir Putin'], ['Kim Jong Un']]);
  expect(await Promise.all([frameA, frameB].map((f) => f.content()))).toEqual(before);
  for (const f of [tab.mainFrame(), frameA, frameB]) {
    // guardReport only calls `evaluate`, which a Frame has as a Page does.
    const report = await guardReport(f as unknown as Page);
    expect(report.mutations, f.name()).toEqual([]);
    expect(report.unchanged, f.name()).toBe(true);
  }
  await frameA.click('#b');
  await expect(frameA.locator('#o')).toHaveText('clicked 1');
  for (const f of tab.frames()) {
    expect(
      await f.evaluate(
        () => (window as unknown as { __summitLensErrors: string[] }).__summitLensErrors,
      ),
    ).toEqual([]);
  }
  expect(pageErrors).toEqual([]);
  expect(problems).toEqual([]);
});

test('about:blank: no content script (http/https only), no errors; an about:blank frame of a page', async ({
  page: tab,
  server,
  extension,
  pageErrors,
}) => {
  const problems = ourConsoleProblems(tab);
  await tab.goto('about:blank');
  await tab.evaluate(() => {
    document.body.textContent = 'Kim Jong Un met Vladimir Putin.';
  });
  await tab.waitForTimeout(300);
  expect(await tab.evaluate(() => document.querySelector('summit-lens-ui'))).toBeNull();
  expect(await tab.evaluate(() => CSS.highlights.size)).toBe(0);
  // An about:blank frame that its http(s) parent fills with names is same-origin with it.
  await tab.goto(
    server.route(
      '/hostile/blank-frame.html',
      htmlPage(`<p>Sergei Shoigu on top</p><iframe id="f"></iframe><script>
        document.getElementById('f').contentDocument.body.textContent = 'Vladimir Putin in a blank frame';
      </script>${BUTTON}`),
    ),
  );
  const summary = await waitForScan(extension.serviceWorker, tab);
  expect(summary.entities.map((e) => e.entity).sort()).toEqual(['sergei-shoigu', 'vladimir-putin']);
  await tab.click('#b');
  await expect(tab.locator('#o')).toHaveText('clicked 1');
  expect(pageErrors).toEqual([]);
  expect(problems).toEqual([]);
});

test('a text/plain page full of names: painted exactly, text unchanged, nothing throws', async ({
  page: tab,
  server,
  extension,
  pageErrors,
}) => {
  const line = 'Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome; Shoigu listened.\n';
  const text = line.repeat(2000);
  await guardPage(tab);
  const problems = ourConsoleProblems(tab);
  await tab.goto(server.route('/hostile/plain.txt', text, 'text/plain; charset=utf-8'));
  const summary = await waitForScan(extension.serviceWorker, tab);
  const counts = Object.fromEntries(summary.entities.map((e) => [e.entity, e.count]));
  expect(counts['kim-jong-un']).toBe(2000);
  expect(counts['vladimir-putin']).toBe(2000);
  const persons = (await highlightedTexts(tab))['summit-lens-person'] ?? [];
  expect(new Set(persons)).toEqual(new Set(['Kim Jong Un', 'Vladimir Putin', 'Shoigu']));
  expect(await tab.evaluate(() => document.querySelector('pre')?.textContent)).toBe(text);
  const report = await guardReport(tab);
  expect(report.mutations).toEqual([]);
  expect(report.unchanged).toBe(true);
  expect(pageErrors).toEqual([]);
  expect(problems).toEqual([]);
});

test('page-dispatched pointermove events resting on a name open no card', async ({
  page: tab,
  server,
  extension,
}) => {
  await tab.setViewportSize({ width: 1000, height: 700 });
  await tab.goto(
    server.route(
      '/hostile/pointer.html',
      htmlPage('<p id="t" style="font-size:20px">Kim Jong Un met Vladimir Putin.</p>'),
    ),
  );
  await waitForScan(extension.serviceWorker, tab);
  await tab.evaluate(() => {
    const target = document.getElementById('t') as HTMLElement;
    const text = target.firstChild as Text;
    const r = document.createRange();
    const at = text.data.indexOf('Putin');
    r.setStart(text, at);
    r.setEnd(text, at + 5);
    const rect = r.getBoundingClientRect();
    const init = {
      clientX: rect.left + 5,
      clientY: rect.top + rect.height / 2,
      bubbles: true,
      pointerType: 'mouse',
    };
    target.dispatchEvent(new PointerEvent('pointermove', init));
  });
  await tab.waitForTimeout(900);
  await expect(tab.getByRole('dialog')).toHaveCount(0);
});
