import { describe, expect, it, vi } from 'vitest';
import { CompareView } from '../../../components/popup/CompareView';
import { coverageMatrix } from '../../../lib/popup/coverage-matrix';
import { buildSearchIndex } from '../../../lib/popup/search-index';
import { fixtureKb as kb } from './fixture-kb';
import { byText, mount, textOf, user } from './render';

const matrix = coverageMatrix(kb);
const index = buildSearchIndex(kb);

function view(
  entity: string | undefined,
  onSelect = vi.fn(),
  pageEntities?: [],
  pageUnreadable = false,
) {
  return mount(
    <CompareView
      kb={kb}
      matrix={matrix}
      search={(q) => index.search(q)}
      entity={entity}
      onSelect={onSelect}
      pageEntities={pageEntities}
      pageUnreadable={pageUnreadable}
    />,
  );
}

function type(input: HTMLInputElement, value: string) {
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('CompareView', () => {
  it('shows all five reports with outlet, date and headline, quotes, and the silent ones', () => {
    const root = view('sergei-shoigu');
    expect(textOf(root.querySelector('h2'))).toBe('Sergei Shoigu');
    const reports = [...root.querySelectorAll('article.report')];
    expect(reports).toHaveLength(5);
    expect(reports.map((r) => textOf(r.querySelector('h3')))).toEqual([
      'AP outlet',
      'Reuters outlet · Silent',
      'AFP outlet · Silent',
      'Herald outlet',
      'Port outlet · Silent',
    ]);
    expect(textOf(reports[0])).toContain('12 September 2023 · AP headline');
    expect(textOf(reports[0])).toContain('“Shoigu visited Pyongyang in July”');
    expect(textOf(reports[1])).toContain('This report says nothing about Sergei Shoigu.');
    expect(textOf(root)).toContain('2 of 5 reports mention Sergei Shoigu.');
  });

  it('shows where the reports differ, with each side and who is silent', () => {
    const root = view('kim-jong-un');
    const differ = root.querySelector('.sl-differ');
    expect(textOf(differ)).toContain('How long the war in Ukraine had lasted.');
    expect(textOf(differ)).toContain('18 months');
    expect(textOf(differ)).toContain('17 months');
    expect(textOf(differ)).toContain('Silent: Reuters, Port');
  });

  it('finds an entity from a misspelled search and selects it from the list', async () => {
    const onSelect = vi.fn();
    const root = view(undefined, onSelect);
    const input = root.querySelector<HTMLInputElement>('input[role="combobox"]');
    if (!input) throw new Error('no search box');
    await user(() => type(input, 'Shoygu'));
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const option = root.querySelector('[role="option"]');
    expect(textOf(option)).toContain('Sergei Shoigu');
    await user(() => (option as HTMLElement).click());
    expect(onSelect).toHaveBeenCalledWith('sergei-shoigu');
  });

  it('closes the list when focus leaves the box', async () => {
    const root = view(undefined);
    const input = root.querySelector<HTMLInputElement>('input[role="combobox"]');
    if (!input) throw new Error('no search box');
    await user(() => type(input, 'Shoygu'));
    expect(input.getAttribute('aria-expanded')).toBe('true');
    await user(() => input.blur());
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('[role="listbox"]')?.hasAttribute('hidden')).toBe(true);
  });

  it('picks the highlighted match with the arrow keys and Enter', async () => {
    const onSelect = vi.fn();
    const root = view(undefined, onSelect);
    const input = root.querySelector<HTMLInputElement>('input[role="combobox"]');
    if (!input) throw new Error('no search box');
    await user(() => type(input, 'Vladivostock'));
    await user(() => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' })));
    expect(onSelect).toHaveBeenCalledWith('vladivostok');
  });

  it('says so when nothing matches', async () => {
    const root = view(undefined);
    const input = root.querySelector<HTMLInputElement>('input[role="combobox"]');
    if (!input) throw new Error('no search box');
    await user(() => type(input, 'zzzzqqq'));
    expect(textOf(root)).toContain('Nothing in the five reports matches “zzzzqqq”.');
  });

  it('lists the coverage matrix with silent cells, and what the page leaves out', async () => {
    const onSelect = vi.fn();
    const root = view(undefined, onSelect, []);
    const rows = [...root.querySelectorAll('.matrix tbody tr')].map((tr) =>
      [...tr.children].map(textOf),
    );
    expect(rows[1]).toEqual(['Aa Sergei Shoigu', '1', '—silent', '—silent', '1', '—silent']);
    expect(textOf(root)).toContain('In the reports, not on this page');
    await user(() => byText(root, '.missing button', 'Sanctions')[0]?.click());
    expect(onSelect).toHaveBeenCalledWith('sanctions');
  });

  it('holds the place of what the page leaves out until the page answers, or says it cannot', () => {
    expect(textOf(view(undefined).querySelector('.missing-box'))).toBe('Reading this page…');
    expect(textOf(view(undefined, vi.fn(), undefined, true).querySelector('.missing-box'))).toBe(
      'This page can’t be read, so there is nothing to compare it with.',
    );
  });

  it('says an unknown entity from a link is not in the knowledge base', () => {
    expect(textOf(view('nobody'))).toContain('“nobody” is not in the knowledge base');
  });
});
