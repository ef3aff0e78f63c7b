import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../../components/popup/PopupApp';
import type { PageSummary } from '../../../lib/messages';
import type { PageLink } from '../../../lib/popup/page-link';
import type { PopupParams } from '../../../lib/popup/popup-params';
import { loadSettings, updateSettings } from '../../../lib/settings';
import { fixtureKb as kb } from './fixture-kb';
import { byText, mount, settle, textOf, user } from './render';

const summary: PageSummary = {
  status: 'done',
  painted: true,
  url: 'https://news.example/kim-in-russia',
  entities: [
    { entity: 'kim-jong-un', category: 'person', count: 4 },
    { entity: 'vladivostok', category: 'place', count: 2 },
  ],
  stats: { scanMs: 3, longestSliceMs: 2, slices: 2, textChars: 1000 },
};

function linkTo(answer: PageSummary | undefined, url?: string) {
  const reveal = vi.fn(async () => true);
  const link: PageLink = { getSummary: async () => answer, reveal, ...(url ? { url } : {}) };
  return { link, reveal, connect: async () => link };
}

async function open(params: PopupParams, connect: () => Promise<PageLink | undefined>) {
  const root = mount(<PopupApp kb={kb} params={params} connect={connect} />);
  await settle();
  return root;
}

const switchFor = (root: HTMLElement, label: string) =>
  byText(root, 'label', label)[0]?.querySelector<HTMLInputElement>('input[role="switch"]');

describe('PopupApp', () => {
  beforeEach(() => fakeBrowser.reset());

  it('summarises the page and reveals an entity on the page when chosen', async () => {
    const { connect, reveal } = linkTo(summary);
    const root = await open({ view: 'page' }, connect);
    expect(textOf(root.querySelector('h1'))).toBe('Summit Lens');
    expect(textOf(byText(root, 'label', 'People')[0])).toContain('4 on this page');
    expect(textOf(byText(root, 'label', 'Pause on this site')[0])).toContain('(news.example)');
    await user(() => byText(root, 'button', 'Kim Jong Un')[0]?.click());
    expect(reveal).toHaveBeenCalledWith('kim-jong-un');
  });

  it('opens Compare on an entity from the page list', async () => {
    const root = await open({ view: 'page' }, linkTo(summary).connect);
    await user(() =>
      root
        .querySelector<HTMLButtonElement>('[aria-label="Compare sources on Kim Jong Un"]')
        ?.click(),
    );
    expect(root.querySelector('#tab-compare')?.getAttribute('aria-selected')).toBe('true');
    expect(textOf(root.querySelector('#compare-heading'))).toBe('Kim Jong Un');
  });

  it('stores a category switch and follows settings changed elsewhere', async () => {
    const root = await open({ view: 'page' }, linkTo(summary).connect);
    await user(() => switchFor(root, 'People')?.click());
    await settle();
    expect((await loadSettings()).categories.person).toBe(false);
    await updateSettings((s) => ({ ...s, categories: { ...s.categories, place: false } }));
    await settle();
    expect(switchFor(root, 'Places')?.checked).toBe(false);
  });

  it('pauses this site in storage', async () => {
    const root = await open({ view: 'page' }, linkTo(summary).connect);
    await user(() => switchFor(root, 'Pause on this site')?.click());
    await settle();
    expect((await loadSettings()).pausedSites).toEqual(['news.example']);
    expect(textOf(root)).toContain('Paused on this site: nothing is highlighted here.');
  });

  it('says plainly when no content script answers, and when that is because of a pause', async () => {
    const root = await open({ view: 'page' }, async () => undefined);
    expect(textOf(root.querySelector('[role="status"]'))).toContain(
      "Summit Lens can't read this page",
    );
    await updateSettings((s) => ({ ...s, pausedSites: ['quiet.example'] }));
    const paused = await open(
      { view: 'page' },
      linkTo(undefined, 'https://quiet.example/story').connect,
    );
    expect(textOf(paused.querySelector('[role="status"]'))).toContain(
      'Summit Lens is paused on this site',
    );
    expect(switchFor(paused, 'Pause on this site')?.checked).toBe(true);
  });

  it('moves between the three views as tabs, by click and arrow keys', async () => {
    const root = await open({ view: 'page' }, linkTo(summary).connect);
    const tabs = [...root.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs.map(textOf)).toEqual(['On this page', 'Compare', 'Timeline']);
    await user(() => tabs[2]?.click());
    expect(root.querySelector('#panel-timeline')?.hasAttribute('hidden')).toBe(false);
    expect(textOf(root.querySelector('#panel-timeline'))).toContain('12 September 2023');
    await user(() =>
      root
        .querySelector('[role="tablist"]')
        ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true })),
    );
    expect(tabs[1]?.getAttribute('aria-selected')).toBe('true');
    expect(root.querySelector('#panel-page')?.hasAttribute('hidden')).toBe(true);
  });

  it('opens on Compare for the entity a link names, with what the page leaves out', async () => {
    const root = await open({ view: 'compare', entity: 'sergei-shoigu' }, linkTo(summary).connect);
    expect(textOf(root.querySelector('#compare-heading'))).toBe('Sergei Shoigu');
    expect(root.querySelectorAll('article.report')).toHaveLength(5);
    const missing = [...root.querySelectorAll('.missing li')].map(textOf);
    expect(missing[0]).toContain('Sergei Shoigu');
    expect(missing.some((m) => m.includes('Kim Jong Un'))).toBe(false);
  });
});
