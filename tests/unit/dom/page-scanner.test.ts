import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEngineMatcher } from '../../../lib/dom/engine-matcher';
import { createHighlightPainter } from '../../../lib/dom/highlight-painter';
import { createMentionStore } from '../../../lib/dom/mention-store';
import { startPageScanner } from '../../../lib/dom/page-scanner';
import { createSliceRunner } from '../../../lib/dom/slice-runner';
import { ambiguities, entities } from '../../../lib/knowledge/core';
import { buildIndex } from '../../../lib/match/build-index';
import { createFuzzyTier } from '../../../lib/match/create-fuzzy-tier';
import {
  endScans,
  installFakeHighlights,
  matcher,
  paintedTexts,
  scan,
  setBody,
} from './dom-test-helpers';

function scanBody(html: string, options?: Parameters<typeof scan>[0]) {
  setBody(html);
  return scan(options);
}

/**
 * The scanner on `document` with a 1 ms budget and a clock that every reading advances 0.6 ms
 * (a slice ends after its second step); slices wait in `posted` for the test to run them.
 */
function steppedScan() {
  const store = createMentionStore();
  let clock = 0;
  const posted: (() => void)[] = [];
  const runner = createSliceRunner({
    budgetMs: 1,
    now: () => (clock += 0.6),
    post: (run) => posted.push(run),
  });
  const painter = createHighlightPainter(document);
  const scanner = startPageScanner({ document, matcher, store, painter, runner });
  return { store, scanner, posted };
}

afterEach(endScans);

describe('page scanner', () => {
  it('finds a name split across inline elements as one mention', async () => {
    const { surfaces, store } = await scanBody(
      '<p>Kim <b>Jong Un</b> met <i>Vladimir</i> Putin.</p>',
    );
    expect(surfaces()).toEqual(['Kim Jong Un', 'Vladimir Putin']);
    expect(store.all()[0]?.range.toString()).toBe('Kim Jong Un');
  });

  it('joins a link around a surname with the first name', async () => {
    const { surfaces } = await scanBody(
      '<p>Defence Minister Sergei <a href="/s">Shoigu</a> said.</p>',
    );
    expect(surfaces()).toEqual(['Sergei Shoigu']);
  });

  it('never joins text across blocks, table cells or line breaks', async () => {
    const { surfaces } = await scanBody(
      '<div>Vladimir</div><div>Putin</div><table><tr><td>Kim</td><td>Jong Un</td></tr></table><p>Sergei<br>Shoigu</p>',
    );
    // "Putin" and "Shoigu" alone are names; the joined forms never appear.
    expect(surfaces()).not.toContain('Vladimir Putin');
    expect(surfaces()).not.toContain('Kim Jong Un');
    expect(surfaces()).not.toContain('Sergei Shoigu');
    expect(surfaces()).toContain('Putin');
  });

  it('reads table cells as their own blocks', async () => {
    const { surfaces } = await scanBody(
      '<table><tr><th>Leader</th><th>City</th></tr><tr><td>Kim Jong Un</td><td>Vladivostok</td></tr></table>',
    );
    expect(surfaces()).toEqual(['Kim Jong Un', 'Vladivostok']);
  });

  it('ignores script, style, textarea, input, select, template and editable regions', async () => {
    const { surfaces } = await scanBody(
      [
        '<script>var s = "Kim Jong Un";</script>',
        '<style>/* Vladimir Putin */</style>',
        '<textarea>Kim Jong Un</textarea>',
        '<input value="Vladimir Putin">',
        '<select><option>Vladivostok</option></select>',
        '<template><p>Kim Jong Un</p></template>',
        '<noscript>Sergei Shoigu</noscript>',
        '<div contenteditable="true"><p>Sergei Shoigu in an editor</p></div>',
        '<div contenteditable="false"><p>Vladivostok</p></div>',
        '<summit-lens-card><p>Kim Jong Un</p></summit-lens-card>',
      ].join(''),
    );
    expect(surfaces()).toEqual(['Vladivostok']);
  });

  it('covers open shadow roots', async () => {
    setBody('<div id="host"></div><p>Vladimir Putin</p>');
    const host = document.getElementById('host') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.append('Kim ', Object.assign(document.createElement('b'), { textContent: 'Jong Un' }));
    shadow.append(p);
    const current = await scan();
    expect(current.surfaces().sort()).toEqual(['Kim Jong Un', 'Vladimir Putin']);
    // Content added to the shadow root later is found too: each root is observed.
    const later = document.createElement('p');
    later.textContent = 'Sergei Shoigu arrived.';
    shadow.append(later);
    await current.settle();
    expect(current.surfaces()).toContain('Sergei Shoigu');
  });

  it('covers same-origin iframes', async () => {
    setBody('<p>Vladimir Putin</p>');
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p>Kim Jong Un in a frame</p>';
    document.body.append(frame);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const current = await scan();
    expect(current.surfaces().sort()).toEqual(['Kim Jong Un', 'Vladimir Putin']);
  });

  it('leaves a hidden frame unread: it shows the reader nothing', async () => {
    setBody('<p>Vladimir Putin</p>');
    const hidden = document.createElement('iframe');
    hidden.srcdoc = '<p>Kim Jong Un in a hidden frame</p>';
    const shown = document.createElement('iframe');
    shown.srcdoc = '<p>Sergei Shoigu in a frame</p>';
    document.body.append(hidden, shown);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const current = await scan({ frameShown: (frame) => frame !== hidden });
    expect(current.surfaces().sort()).toEqual(['Sergei Shoigu', 'Vladimir Putin']);
  });

  it('stops watching a hidden frame the page removes before it shows', async () => {
    const watched = new Set<Element>();
    const real = window.ResizeObserver;
    // happy-dom lays nothing out: a stand-in that only records what is watched.
    window.ResizeObserver = class {
      observe(target: Element) {
        watched.add(target);
      }
      unobserve(target: Element) {
        watched.delete(target);
      }
      disconnect() {
        watched.clear();
      }
    } as unknown as typeof ResizeObserver;
    try {
      setBody('<p>Vladimir Putin</p>');
      const hidden = document.createElement('iframe');
      document.body.append(hidden);
      const current = await scan({ frameShown: () => false });
      expect([...watched]).toEqual([hidden]);
      hidden.remove();
      await current.settle();
      expect([...watched]).toEqual([]);
    } finally {
      window.ResizeObserver = real;
    }
  });

  it('finds content added later, in one batch or many', async () => {
    const s = await scanBody('<main><p>Vladimir Putin</p></main>');
    const main = document.querySelector('main') as HTMLElement;
    const article = document.createElement('article');
    for (const text of ['Kim Jong Un arrived.', 'Sergei Shoigu followed.']) {
      const p = document.createElement('p');
      p.textContent = text;
      article.append(p);
    }
    main.append(article);
    main.append(Object.assign(document.createElement('p'), { textContent: 'In Vladivostok.' }));
    await s.settle();
    expect(s.surfaces()).toEqual(['Vladimir Putin', 'Kim Jong Un', 'Sergei Shoigu', 'Vladivostok']);
    // Inline text added into an existing block joins it.
    const p = main.querySelector('p') as HTMLElement;
    p.prepend('President ');
    p.append(' and Kim', ' Jong', ' Un');
    await s.settle();
    expect(s.surfaces().slice(0, 2)).toEqual(['Vladimir Putin', 'Kim Jong Un']);
  });

  it('removes the highlights of removed content', async () => {
    const s = await scanBody('<p id="a">Vladimir Putin</p><p id="b">Kim Jong Un</p>');
    expect(paintedTexts(s.registry)['summit-lens-person']).toEqual([
      'Vladimir Putin',
      'Kim Jong Un',
    ]);
    document.getElementById('a')?.remove();
    await s.settle();
    expect(s.surfaces()).toEqual(['Kim Jong Un']);
    expect(paintedTexts(s.registry)['summit-lens-person']).toEqual(['Kim Jong Un']);
  });

  it('follows text edits (characterData)', async () => {
    const s = await scanBody('<p>Vladimir Putin spoke.</p><p>Nothing here.</p>');
    const first = s.store.all()[0];
    const text = document.querySelectorAll('p')[1]?.firstChild as Text;
    text.data = 'Sergei Shoigu spoke.';
    await s.settle();
    expect(s.surfaces()).toEqual(['Vladimir Putin', 'Sergei Shoigu']);
    // The unchanged block kept its mention (same id, same range).
    expect(s.store.all()[0]).toBe(first);
    text.data = 'Nobody.';
    await s.settle();
    expect(s.surfaces()).toEqual(['Vladimir Putin']);
  });

  it('drops the mentions of a region made editable after the scan', async () => {
    const s = await scanBody('<div id="d"><p>Vladimir Putin spoke.</p></div><p>Sergei Shoigu</p>');
    expect(s.surfaces()).toEqual(['Vladimir Putin', 'Sergei Shoigu']);
    document.getElementById('d')?.setAttribute('contenteditable', 'true');
    await s.settle();
    expect(s.surfaces()).toEqual(['Sergei Shoigu']);
  });

  it("keeps no stale or double mention when a block's text moves to a new element", async () => {
    const s = await scanBody('<div>Sergei <p id="x">Shoigu</p></div>');
    const old = document.getElementById('x') as HTMLElement;
    const span = document.createElement('span');
    span.append(...old.childNodes);
    old.replaceWith(span);
    await s.settle();
    expect(s.surfaces()).toEqual(['Sergei Shoigu']);
  });

  it('re-resolves a bare "Kim" when the full name arrives later', async () => {
    const s = await scanBody('<p>Kim said little.</p>');
    expect(s.surfaces()).toEqual([]);
    const p = document.createElement('p');
    p.textContent = 'Kim Jong Un arrived by train.';
    document.body.prepend(p);
    await s.settle();
    expect(s.store.all().map((m) => [m.surface, m.entity])).toEqual([
      ['Kim Jong Un', 'kim-jong-un'],
      ['Kim', 'kim-jong-un'],
    ]);
  });

  it('rescans once after a huge mutation, and after the body is replaced', async () => {
    const s = await scanBody('<p>Vladimir Putin</p>', { hugeMutation: 5 });
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < 20; i++) {
      fragment.append(Object.assign(document.createElement('p'), { textContent: `Item ${i}` }));
    }
    fragment.append(Object.assign(document.createElement('p'), { textContent: 'Kim Jong Un' }));
    for (const child of [...fragment.childNodes]) document.body.append(child);
    await s.settle();
    expect(s.surfaces()).toEqual(['Vladimir Putin', 'Kim Jong Un']);
    const body = document.createElement('body');
    body.append(Object.assign(document.createElement('p'), { textContent: 'Sergei Shoigu' }));
    document.documentElement.replaceChild(body, document.body);
    await s.settle();
    expect(s.surfaces()).toEqual(['Sergei Shoigu']);
  });

  it('matches a giant text node in windows without losing names at window edges', async () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(40_000); // ~1 MB
    const at = [8190, 16_380, 500_000];
    let text = filler;
    for (const offset of at) text = `${text.slice(0, offset)} Vladimir Putin ${text.slice(offset)}`;
    setBody('<p></p>');
    document.querySelector('p')?.append(text);
    const current = await scan({ budgetMs: 1000 });
    expect(current.surfaces()).toEqual(['Vladimir Putin', 'Vladimir Putin', 'Vladimir Putin']);
    for (const m of current.store.all()) expect(m.range.toString()).toBe('Vladimir Putin');
  });

  it('without the Highlight API keeps the mentions for the popup and leaves the page alone', async () => {
    setBody('<p>Kim <b>Jong Un</b> met Vladimir Putin.</p>');
    document.adoptedStyleSheets = [];
    const store = createMentionStore();
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const painter = createHighlightPainter(document);
    const runner = createSliceRunner({ post: (run) => setTimeout(run, 0) });
    const scanner = startPageScanner({ document, matcher, store, painter, runner });
    await scanner.idle();
    expect(painter.supported).toBe(false);
    expect(store.all().map((m) => m.surface)).toEqual(['Kim Jong Un', 'Vladimir Putin']);
    expect(document.adoptedStyleSheets).toEqual([]);
    scanner.destroy();
    info.mockRestore();
  });

  it('ignores mutations inside our own host', async () => {
    const s = await scanBody('<p>Vladimir Putin</p>');
    const host = document.createElement('summit-lens-card');
    document.body.append(host);
    host.append(Object.assign(document.createElement('p'), { textContent: 'Kim Jong Un' }));
    await s.settle();
    expect(s.surfaces()).toEqual(['Vladimir Putin']);
  });

  it('works in slices: a tiny budget yields between steps and keeps honest stats', async () => {
    setBody(
      Array.from({ length: 800 }, (_, i) => `<p>Para ${i} about Vladimir Putin</p>`).join(''),
    );
    const { store, scanner, posted } = steppedScan();
    let slices = 0;
    while (posted.length > 0) {
      (posted.shift() as () => void)();
      slices++;
      if (slices === 1) expect(scanner.scanning).toBe(true);
    }
    expect(slices).toBeGreaterThan(5);
    expect(store.all()).toHaveLength(800);
    const stats = scanner.stats();
    expect(stats.slices).toBe(slices);
    expect(stats.longestSliceMs).toBeLessThan(2.5);
    expect(stats.textChars).toBeGreaterThan(800 * 20);
    scanner.destroy();
    expect(store.all()).toEqual([]);
  }, 20_000);

  it('paints thousands of mentions in one text node over several slices, not in one', () => {
    const registry = installFakeHighlights();
    setBody(`<p>${'Vladimir Putin spoke. '.repeat(5000)}</p>`);
    const { store, scanner, posted } = steppedScan();
    const paintedAfterSlice: number[] = [];
    while (posted.length > 0) {
      (posted.shift() as () => void)();
      paintedAfterSlice.push(registry.get('summit-lens-person')?.size ?? 0);
    }
    expect(store.all()).toHaveLength(5000);
    expect(paintedAfterSlice.at(-1)).toBe(5000);
    // The painted count grows over slices: a slice can end with part of the page painted.
    const partial = new Set(paintedAfterSlice.filter((n) => n > 0 && n < 5000));
    expect(partial.size).toBeGreaterThanOrEqual(1);
    scanner.destroy();
    expect(registry.get('summit-lens-person')?.size ?? 0).toBe(0);
  }, 20_000);

  it('rematch gives scanned blocks the fuzzy tier without taking their highlights down', async () => {
    const registry = installFakeHighlights();
    setBody('<p>Vladimir Putin spoke.</p><p>Defence Minister Sergey Shoygu came.</p>');
    const own = createEngineMatcher(buildIndex(entities, ambiguities));
    const store = createMentionStore();
    const runner = createSliceRunner({ budgetMs: 1000, post: (run) => setTimeout(run, 0) });
    const scanner = startPageScanner({
      document,
      matcher: own,
      store,
      painter: createHighlightPainter(document),
      runner,
    });
    await scanner.idle();
    const putin = store.all()[0];
    // Exact matching knows the bare surname only.
    expect(store.all().map((m) => m.surface)).toEqual(['Vladimir Putin', 'Shoygu']);
    own.addFuzzy(createFuzzyTier);
    scanner.rematch();
    // Queued, not yet run: the page keeps what it had.
    expect(registry.get('summit-lens-person')?.size).toBe(2);
    await scanner.idle();
    expect(store.all().map((m) => m.surface)).toEqual(['Vladimir Putin', 'Sergey Shoygu']);
    expect(store.all()[0]).toBe(putin);
    expect(paintedTexts(registry)['summit-lens-person']).toEqual([
      'Vladimir Putin',
      'Sergey Shoygu',
    ]);
    scanner.destroy();
  }, 20_000);
});
