import { describe, expect, it, vi } from 'vitest';
import { EntityCard } from '../../../components/EntityCard';
import { buildCardData } from '../../../lib/card/card-data';
import { FIXTURE_KB } from '../card/fixture-kb';
import { renderInto, textOf } from './render-into';

const card = buildCardData(FIXTURE_KB, 'sergei-shoigu');
if (!card) throw new Error('fixture has no Shoigu');

const button = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll('button')].find((b) => textOf(b) === name);

describe('EntityCard', () => {
  it('shows the name as its heading, the category and the role', () => {
    const root = renderInto(<EntityCard card={card} idPrefix="c" />);
    expect(textOf(root.querySelector('h2#c-name'))).toBe('Sergei Shoigu');
    expect(textOf(root.querySelector('.sl-meta'))).toBe('PersonRussian defence minister');
  });

  it('shows the summary sentence by sentence with the reports behind each', () => {
    const root = renderInto(<EntityCard card={card} idPrefix="c" />);
    const sentences = [...root.querySelectorAll('#c-summary .sl-summary-sentence')];
    expect(sentences.map(textOf)).toEqual([
      "Russia's defence minister visited Pyongyang in July 2023. Reported by APKorea HeraldReuters3 of 5",
      'He stood beside Kim at a parade. Reported by APReuters2 of 5',
    ]);
  });

  it('lists key facts, sources differ and related entities under their headings', () => {
    const root = renderInto(<EntityCard card={card} idPrefix="c" />);
    const headings = [...root.querySelectorAll('h3')].map(textOf);
    expect(headings).toEqual(['Key facts', 'Sources differ', 'Related']);
    expect([...root.querySelectorAll('.sl-fact-text')].map(textOf)).toEqual([
      'Shoigu visited Pyongyang in July 2023.',
      'He watched a military parade beside Kim.',
    ]);
  });

  it('holds back facts past the limit until asked', async () => {
    const root = renderInto(<EntityCard card={card} idPrefix="c" factLimit={1} />);
    expect(root.querySelectorAll('.sl-fact')).toHaveLength(1);
    button(root, 'Show all 2 facts')?.click();
    await new Promise((r) => setTimeout(r, 0)); // Preact re-renders after a state change asynchronously
    expect(root.querySelectorAll('.sl-fact')).toHaveLength(2);
    expect(button(root, 'Show all 2 facts')).toBeUndefined();
  });

  it('compares sources and copies the summary with citations', () => {
    const onCompare = vi.fn();
    const onCopy = vi.fn();
    const root = renderInto(
      <EntityCard card={card} idPrefix="c" onCompare={onCompare} onCopy={onCopy} />,
    );
    button(root, 'Compare sources')?.click();
    expect(onCompare).toHaveBeenCalledWith('sergei-shoigu');
    button(root, 'Copy with citations')?.click();
    expect(onCopy).toHaveBeenCalledWith(card.plainText);
  });

  it('announces the outcome of a copy', () => {
    const copied = renderInto(<EntityCard card={card} idPrefix="c" copyStatus="copied" />);
    expect(textOf(copied.querySelector('[role="status"]'))).toBe('Copied with citations');
    const failed = renderInto(<EntityCard card={card} idPrefix="d" copyStatus="failed" />);
    expect(textOf(failed.querySelector('[role="status"]'))).toBe('Could not copy to the clipboard');
  });

  it('offers the other entities an ambiguous mention could mean', () => {
    const kim = buildCardData(FIXTURE_KB, 'kim-jong-un');
    if (!kim) throw new Error('fixture has no Kim');
    const onSelectEntity = vi.fn();
    const root = renderInto(
      <EntityCard
        card={kim}
        idPrefix="k"
        alternatives={[{ id: 'kim-yo-jong', name: 'Kim Yo Jong' }]}
        onSelectEntity={onSelectEntity}
      />,
    );
    expect(textOf(root.querySelector('h2'))).toBe('Kim Jong Un');
    expect(textOf(root.querySelector('.sl-alternatives'))).toBe(
      'This mention could also mean: Kim Yo Jong',
    );
    button(root, 'Kim Yo Jong')?.click();
    expect(onSelectEntity).toHaveBeenCalledWith('kim-yo-jong');
  });

  it('says so plainly when the reports say little', () => {
    const yo = buildCardData(FIXTURE_KB, 'kim-yo-jong');
    if (!yo) throw new Error('fixture has no Kim Yo Jong');
    const root = renderInto(<EntityCard card={yo} idPrefix="y" />);
    expect(textOf(root.querySelector('#y-summary'))).toBe(
      'The reports name Kim Yo Jong but say nothing more about them.',
    );
    expect(root.querySelectorAll('h3')).toHaveLength(0);
  });

  it('goes straight to the facts when there is no summary', () => {
    const noSummary = { ...card, summary: [] };
    const root = renderInto(<EntityCard card={noSummary} idPrefix="n" />);
    expect(root.querySelector('.sl-summary')).toBeNull();
    expect(root.querySelectorAll('.sl-fact')).toHaveLength(2);
  });
});
