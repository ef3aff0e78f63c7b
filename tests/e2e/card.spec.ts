import path from 'node:path';
import type { Frame, Page, Worker } from '@playwright/test';
import { expect, highlightCounts, test } from './fixtures';

/** The AP-sourced report on Vladivostok, which tells of Shoigu's July visit to Pyongyang. */
const REPORT = '/reports/000_22bd6abafa7c9c8e.html';
const SCREENSHOTS = path.resolve('tests/e2e/screenshots');
const AXE = path.resolve('node_modules/axe-core/axe.min.js');

/** Opens a report page and waits until the scanner has painted its highlights. */
async function openReport(page: Page, origin: string, report = REPORT) {
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(origin + report);
  await expect
    .poll(async () => Object.values(await highlightCounts(page)).reduce((a, b) => a + b, 0))
    .toBeGreaterThan(10);
}

/**
 * The viewport centre of the `occurrence`-th appearance of `word` in the page's text (scrolled
 * into view first), found the way a reader would: by looking at the text. `length` narrows it
 * to the word's first characters ("Kim" of "Kim’s trip").
 */
async function pointAt(page: Page, word: string, occurrence = 0, length = word.length) {
  return page.evaluate(
    ([w, n, len]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.nodeValue ?? '';
        for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
          if (seen++ < n) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + len);
          node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
          const rect = range.getClientRects()[0] as DOMRect;
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      throw new Error(`"${w}" not found`);
    },
    [word, occurrence, length] as const,
  );
}

/** Rests the pointer on `word`, arriving from the page margin as a reader's pointer would. */
async function hover(page: Page, word: string, occurrence = 0, length = word.length) {
  const { x, y } = await pointAt(page, word, occurrence, length);
  await page.mouse.move(5, y);
  await page.mouse.move(x, y, { steps: 4 });
  return { x, y };
}

/** Whether `surface` is painted as a person in `target`'s document (the page, or a frame). */
function paintsPerson(target: Page | Frame, surface: string): Promise<boolean> {
  return target.evaluate((text) => {
    // biome-ignore lint/suspicious/noExplicitAny: CSS.highlights is not in every lib.dom yet.
    const person = (CSS as any).highlights.get('summit-lens-person') as Set<Range> | undefined;
    return person ? [...person].some((r) => r.toString() === text) : false;
  }, surface);
}

/** Sends what the next/previous-mention command sends, from the service worker to the tab. */
async function pressCommand(serviceWorker: Worker, direction: 1 | -1) {
  await serviceWorker.evaluate(async (dir) => {
    type Tabs = {
      query(q: object): Promise<{ id?: number }[]>;
      sendMessage(tabId: number, message: unknown): Promise<unknown>;
    };
    const api = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    await api.tabs.sendMessage(tab.id, { type: 'summit-lens:navigate', direction: dir });
  }, direction);
}

/** Sets the reader's hover delay in the extension's settings; `null` restores the defaults. */
async function setHoverDelay(serviceWorker: Worker, ms: number | null) {
  await serviceWorker.evaluate(async (delay) => {
    type Local = { set(v: object): Promise<void>; remove(k: string): Promise<void> };
    const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome
      .storage.local;
    if (delay === null) await local.remove('summit-lens-settings');
    else {
      const categories = ['person', 'place', 'organization', 'event', 'military', 'policy'];
      await local.set({
        'summit-lens-settings': {
          enabled: true,
          categories: Object.fromEntries(categories.map((c) => [c, true])),
          pausedSites: [],
          hoverDelayMs: delay,
        },
      });
    }
  }, ms);
}

/** The page's highlight ranges in document order, as the text they cover and their first box. */
async function mentionsInOrder(page: Page) {
  return page.evaluate(() => {
    const ranges: Range[] = [];
    // biome-ignore lint/suspicious/noExplicitAny: CSS.highlights is not in every lib.dom yet.
    for (const [name, highlight] of (CSS as any).highlights as Map<string, Set<Range>>) {
      if (name.startsWith('summit-lens-')) ranges.push(...highlight);
    }
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString());
  });
}

/** The text of the outlined mention (keyboard walks outline the mention they reach). */
async function markedText(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('summit-lens-ui');
    const mark = host?.shadowRoot?.querySelector('.sl-mark');
    if (!mark) return null;
    const box = mark.getBoundingClientRect();
    const caret = document.caretPositionFromPoint(box.left + 2, box.top + box.height / 2);
    const node = caret?.offsetNode;
    if (!caret || !node?.nodeValue) return null;
    const range = document.createRange();
    range.selectNodeContents(node);
    // The word under the mark's left edge, from the text node it sits in.
    const text = node.nodeValue;
    let start = caret.offset;
    while (start > 0 && /\S/.test(text[start - 1] ?? '')) start--;
    let end = caret.offset;
    while (end < text.length && /[\p{L}\p{N}-]/u.test(text[end] ?? '')) end++;
    return text.slice(start, end);
  });
}

test.describe('hover card', () => {
  test('resting on "Shoigu" opens his card with the July visit to Pyongyang and its reports', async ({
    page,
    server,
    pageErrors,
  }) => {
    await openReport(page, server.origin);
    await hover(page, 'Shoigu');
    const card = page.getByRole('dialog', { name: 'Sergei Shoigu' });
    await expect(card).toBeVisible();
    await expect(card.getByRole('heading', { name: 'Sergei Shoigu' })).toBeVisible();
    const fact = card.locator('.sl-fact', { hasText: 'visited Pyongyang in July 2023' });
    await expect(fact).toBeVisible();
    await expect(fact.locator('.sl-chip')).toHaveText(['Reuters-assisted', 'AP']);
    await expect(fact.locator('.sl-count')).toHaveText('2 of 5');
    // Expanding the fact shows the reports' own words.
    await fact.locator('summary').click();
    await expect(fact.locator('q').first()).toContainText('Shoigu visited Pyongyang');
    expect(pageErrors).toEqual([]);
  });

  test('stays open while the pointer moves into it and closes on Escape', async ({
    page,
    server,
  }) => {
    await openReport(page, server.origin);
    const { y } = await hover(page, 'Shoigu');
    const card = page.getByRole('dialog', { name: 'Sergei Shoigu' });
    await expect(card).toBeVisible();
    const box = await card.boundingBox();
    if (!box) throw new Error('card has no box');
    // Cross the gap between the line and the card, then rest inside well past the grace period.
    await page.mouse.move(box.x + 30, box.y > y ? box.y + 20 : box.y + box.height - 20, {
      steps: 6,
    });
    await page.waitForTimeout(900);
    await expect(card).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
  });

  test('closes a grace period after the pointer leaves, and opens nothing on a fast sweep', async ({
    page,
    server,
    extension,
  }) => {
    await openReport(page, server.origin);
    await hover(page, 'Shoigu');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await page.mouse.move(5, 5);
    await expect(dialog).toBeHidden({ timeout: 2000 });

    // A reader's slower intent delay (a setting), so that a loaded test machine can't make
    // the sweep below rest on any one name for as long as the delay.
    await setHoverDelay(extension.serviceWorker, 1500);
    try {
      await page.waitForTimeout(200); // the setting reaches the tab
      // Sweep across a paragraph's names: each is crossed well within the delay.
      const from = await pointAt(page, 'Pyongyang');
      const to = await pointAt(page, 'Kim Jong Un');
      await page.mouse.move(from.x - 40, from.y);
      await page.mouse.move(to.x + 40, to.y, { steps: 3 });
      await page.mouse.move(5, to.y, { steps: 2 }); // to rest in the margin
      await page.waitForTimeout(1800);
      await expect(dialog).toBeHidden();
    } finally {
      await setHoverDelay(extension.serviceWorker, null);
    }
  });

  test('an ambiguous "Kim" shows the Kim it chose and offers the others', async ({
    page,
    server,
  }) => {
    await openReport(page, server.origin);
    // "Kim’s trip remains unverified": a bare Kim after Kim Jong Un was named in full.
    await hover(page, 'Kim’s trip', 0, 3);
    const card = page.getByRole('dialog', { name: 'Kim Jong Un' });
    await expect(card).toBeVisible();
    await expect(card.locator('.sl-alternatives')).toContainText('This mention could also mean');
    const other = card.locator('.sl-alternatives button').first();
    const otherName = (await other.textContent()) ?? '';
    await other.click();
    await expect(page.getByRole('dialog', { name: otherName })).toBeVisible();
  });

  test('"Compare sources" opens the comparison view for the entity', async ({
    page,
    server,
    context,
    extensionId,
  }) => {
    await openReport(page, server.origin);
    await hover(page, 'Shoigu');
    const card = page.getByRole('dialog', { name: 'Sergei Shoigu' });
    const opened = context.waitForEvent('page');
    await card.getByRole('button', { name: 'Compare sources' }).click();
    const compare = await opened;
    expect(compare.url()).toBe(
      `chrome-extension://${extensionId}/popup.html?entity=sergei-shoigu&view=compare`,
    );
    await compare.close();
  });

  test('"Copy with citations" copies the summary with its reports as plain text', async ({
    page,
    server,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: server.origin,
    });
    await openReport(page, server.origin);
    await hover(page, 'Shoigu');
    const card = page.getByRole('dialog', { name: 'Sergei Shoigu' });
    await card.getByRole('button', { name: 'Copy with citations' }).click();
    await expect(card.getByRole('status')).toHaveText('Copied with citations');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Sergei Shoigu \(person\)/);
    expect(copied).toContain('[Reuters-assisted; AP]');
    expect(copied).toContain('Sources:');
  });
});

test.describe('hostile pages', () => {
  test('works under a page CSP that forbids every script and style, and page CSS stays out', async ({
    page,
    server,
    pageErrors,
  }) => {
    const url = server.route(
      '/strict.html',
      `<!doctype html><html lang="en"><title>Strict</title>
      <style>* { all: unset; color: red !important; font-size: 40px !important; }
        div, p, section, button { display: none !important; }</style>
      <body><p>Russian Defence Minister Sergei Shoigu visited Pyongyang in July, when Kim Jong Un
      showed him a parade.</p></body></html>`,
      'text/html; charset=utf-8',
      { 'content-security-policy': "default-src 'none'; script-src 'none'; style-src 'none'" },
    );
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(url);
    await expect
      .poll(async () => Object.keys(await highlightCounts(page)).length)
      .toBeGreaterThan(0);
    await hover(page, 'Shoigu');
    const card = page.getByRole('dialog', { name: 'Sergei Shoigu' });
    await expect(card).toBeVisible();
    const look = await card.evaluate((el) => {
      const style = getComputedStyle(el);
      const name = el.querySelector('h2') as HTMLElement;
      return {
        position: style.position,
        color: getComputedStyle(name).color,
        size: getComputedStyle(name).fontSize,
      };
    });
    // Our stylesheet applies in full; the page's `* { color: red }` does not reach in.
    expect(look).toEqual({ position: 'fixed', color: 'rgb(26, 26, 26)', size: '17px' });
    expect(pageErrors).toEqual([]);
  });

  test('a name inside an open shadow root opens its card too', async ({ page, server }) => {
    const url = server.route(
      '/card-shadow.html',
      `<!doctype html><html lang="en"><title>Shadow</title><body style="font: 20px serif">
      <p>Kim Jong Un travelled to Russia.</p>
      <div id="host"><template shadowrootmode="open"><p>In July Sergei Shoigu visited
      Pyongyang.</p></template></div></body></html>`,
    );
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(url);
    await expect.poll(() => paintsPerson(page, 'Sergei Shoigu')).toBe(true);
    const point = await page.evaluate(() => {
      const p = document.getElementById('host')?.shadowRoot?.querySelector('p');
      const text = p?.firstChild as Text;
      const at = text.data.indexOf('Shoigu');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 6);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(5, point.y);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await expect(page.getByRole('dialog', { name: 'Sergei Shoigu' })).toBeVisible();
  });

  test('a name inside a same-origin frame opens its card beside it', async ({
    page,
    server,
    extension,
  }) => {
    server.route(
      '/card-frame-inner.html',
      `<!doctype html><html lang="en"><title>Inner</title><body style="font: 20px serif">
      <p>In July Sergei Shoigu visited Pyongyang.</p></body></html>`,
    );
    const url = server.route(
      '/card-frame.html',
      `<!doctype html><html lang="en"><title>Frame</title><body style="font: 20px serif">
      <p>Kim Jong Un travelled to Russia.</p>
      <iframe src="/card-frame-inner.html" title="inner" style="margin: 140px 0 0 180px;
      width: 640px; height: 200px; border: 6px solid; padding: 10px"></iframe></body></html>`,
    );
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(url);
    const inner = page.frameLocator('iframe').locator('p');
    await expect(inner).toBeVisible();
    const frame = page.frames().find((f) => f.url().endsWith('/card-frame-inner.html'));
    if (!frame) throw new Error('no inner frame');
    await expect.poll(() => paintsPerson(frame, 'Sergei Shoigu')).toBe(true);
    // The word's box in the frame, moved into the page's viewport by the frame's content box.
    const local = await frame.evaluate(() => {
      const text = document.querySelector('p')?.firstChild as Text;
      const at = text.data.indexOf('Shoigu');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 6);
      const r = range.getBoundingClientRect();
      return { left: r.left, top: r.top, bottom: r.bottom, width: r.width };
    });
    const box = await page.locator('iframe').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left + el.clientLeft + 10, top: r.top + el.clientTop + 10 };
    });
    const word = {
      x: box.left + local.left + local.width / 2,
      top: box.top + local.top,
      bottom: box.top + local.bottom,
    };
    const card = page.getByRole('dialog', { name: 'Sergei Shoigu' });
    // The frame's document is listened to within 250 ms of its mentions being painted (the
    // store is read at most that often): arrive again until then, as a reader's pointer does.
    await expect(async () => {
      await page.mouse.move(5, word.top + 5);
      await page.mouse.move(word.x, (word.top + word.bottom) / 2, { steps: 4 });
      await expect(card).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 5000 });
    // Beside the word (below it, or above when it does not fit), not where the frame's own
    // coordinates would put it, near the page's top left corner.
    const placed = await card.boundingBox();
    if (!placed) throw new Error('card has no box');
    const gap = Math.min(
      Math.abs(placed.y - word.bottom),
      Math.abs(placed.y + placed.height - word.top),
    );
    expect(gap).toBeLessThan(24);
    expect(Math.abs(placed.x - box.left - local.left)).toBeLessThan(200);
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    // From the keyboard: the walk reaches the frame's mention and outlines it where it is.
    await page.mouse.move(5, 5);
    // Kim Jong Un and Russia in the page come first.
    for (const name of ['Kim Jong Un', 'Russia']) {
      await pressCommand(extension.serviceWorker, 1);
      await expect(page.getByRole('dialog', { name })).toBeVisible();
    }
    await pressCommand(extension.serviceWorker, 1);
    await expect(card).toBeVisible();
    const mark = await page.evaluate(() => {
      const el = document.querySelector('summit-lens-ui')?.shadowRoot?.querySelector('.sl-mark');
      const r = el?.getBoundingClientRect();
      return r ? { left: r.left, top: r.top } : null;
    });
    expect(mark).not.toBeNull();
    // The outline sits on "Sergei Shoigu", which starts a word and a half before "Shoigu".
    expect(Math.abs((mark?.top ?? 0) - word.top)).toBeLessThan(4);
    expect(box.left + local.left - (mark?.left ?? 0)).toBeGreaterThan(0);
    expect(box.left + local.left - (mark?.left ?? 0)).toBeLessThan(120);
  });

  test('a click elsewhere on the page dismisses the card', async ({ page, server }) => {
    await openReport(page, server.origin);
    await hover(page, 'Shoigu');
    const card = page.getByRole('dialog', { name: 'Sergei Shoigu' });
    await expect(card).toBeVisible();
    await card.locator('summary').first().click(); // pins it
    await page.mouse.move(5, 5);
    await page.waitForTimeout(700);
    await expect(card).toBeVisible();
    await page.mouse.click(5, 5);
    await expect(card).toBeHidden();
  });
});

test.describe('keyboard', () => {
  test('the next/previous commands walk through the mentions, focus the card and give focus back', async ({
    page,
    server,
    extension,
  }) => {
    await openReport(page, server.origin);
    await page.bringToFront();
    // Somewhere for focus to be before the walk starts, as a reader's would be.
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'before';
      button.textContent = 'Before';
      document.body.prepend(button);
      window.scrollTo(0, 0);
      button.focus();
    });
    const order = await mentionsInOrder(page);
    expect(order.length).toBeGreaterThan(3);

    for (const expected of order.slice(0, 3)) {
      await pressCommand(extension.serviceWorker, 1);
      await expect.poll(() => markedText(page)).toBe(expected.split(/\s/)[0]);
      await expect(page.getByRole('dialog')).toBeFocused();
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, 'card-keyboard.png') });
    await pressCommand(extension.serviceWorker, -1);
    await expect.poll(() => markedText(page)).toBe(order[1]?.split(/\s/)[0]);

    // The card is usable from the keyboard: Tab reaches its controls.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Close card' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page.locator('#before')).toBeFocused();
  });

  test('walking back from the first mention wraps to the last and scrolls it into view', async ({
    page,
    server,
    extension,
  }) => {
    await openReport(page, server.origin);
    await page.bringToFront();
    await page.evaluate(() => window.scrollTo(0, 0));
    const order = await mentionsInOrder(page);
    await pressCommand(extension.serviceWorker, 1);
    await expect.poll(() => markedText(page)).toBe(order[0]?.split(/\s/)[0]);
    await pressCommand(extension.serviceWorker, -1);
    await expect.poll(() => markedText(page)).toBe(order.at(-1)?.split(/\s/)[0]);
    const inView = await page.evaluate(() => {
      const mark = document
        .querySelector('summit-lens-ui')
        ?.shadowRoot?.querySelector('.sl-mark')
        ?.getBoundingClientRect();
      return !!mark && mark.top >= 0 && mark.bottom <= innerHeight && window.scrollY > 0;
    });
    expect(inView).toBe(true);
    await expect(page.getByRole('dialog')).toBeInViewport();
  });

  test('the popup’s reveal scrolls to the entity’s next mention and opens its card', async ({
    page,
    server,
    extension,
  }) => {
    await openReport(page, server.origin);
    await page.bringToFront();
    await extension.serviceWorker.evaluate(async () => {
      type Tabs = {
        query(q: object): Promise<{ id?: number }[]>;
        sendMessage(tabId: number, message: unknown): Promise<unknown>;
      };
      const api = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id !== undefined) {
        await api.tabs.sendMessage(tab.id, { type: 'summit-lens:reveal', entity: 'sergei-shoigu' });
      }
    });
    await expect(page.getByRole('dialog', { name: 'Sergei Shoigu' })).toBeFocused();
    await expect.poll(() => markedText(page)).toBe('Sergei');
  });

  test('a screen reader hears the card open', async ({ page, server, extension }) => {
    await openReport(page, server.origin);
    await page.bringToFront();
    await pressCommand(extension.serviceWorker, 1);
    const live = page.locator('summit-lens-ui .sl-root > [role="status"]');
    await expect(live).toContainText('Press Escape to close.');
    const name = await page.getByRole('dialog').locator('h2').textContent();
    await expect(live).toContainText(name ?? '');
  });
});

test.describe('look and accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`follows a ${colorScheme} page and passes axe`, async ({ page, server }) => {
      await page.emulateMedia({ colorScheme });
      await openReport(page, server.origin);
      // Tall enough that the whole card fits below the line, for the screenshot.
      await page.setViewportSize({ width: 1100, height: 1300 });
      await hover(page, 'Shoigu');
      const card = page.getByRole('dialog', { name: 'Sergei Shoigu' });
      await expect(card).toBeVisible();
      await expect(card).toHaveClass(new RegExp(`sl-theme-${colorScheme}`));
      await card.locator('.sl-fact summary').first().click();
      const box = await card.boundingBox();
      if (!box) throw new Error('card has no box');
      await page.screenshot({
        path: path.join(SCREENSHOTS, `card-${colorScheme}.png`),
        clip: {
          x: Math.max(0, box.x - 160),
          y: Math.max(0, box.y - 80),
          width: Math.min(box.width + 320, 1100 - Math.max(0, box.x - 160)),
          height: Math.min(box.height + 120, 1300 - Math.max(0, box.y - 80)),
        },
      });

      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global.
        const axe = (window as any).axe;
        const result = await axe.run({
          include: { fromShadowDom: ['summit-lens-ui', '.sl-card'] },
        });
        return result.violations.map(
          (v: { id: string; nodes: { target: unknown }[] }) =>
            `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
        );
      });
      expect(violations).toEqual([]);
    });
  }
});
