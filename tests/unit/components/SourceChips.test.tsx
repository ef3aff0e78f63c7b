import { describe, expect, it } from 'vitest';
import { SourceChips } from '../../../components/SourceChips';
import { renderInto, textOf } from './render-into';

const AP = { id: 'r0', short: 'AP', outlet: 'Associated Press' };
const KH = { id: 'r1', short: 'Korea Herald', outlet: 'The Korea Herald' };

describe('SourceChips', () => {
  it('shows one chip per report, named in full on hover, and the count out of all reports', () => {
    const root = renderInto(<SourceChips sources={[AP, KH]} total={5} />);
    const chips = [...root.querySelectorAll('.sl-chip')];
    expect(chips.map((c) => c.textContent)).toEqual(['AP', 'Korea Herald']);
    expect(chips.map((c) => c.getAttribute('title'))).toEqual([
      'Associated Press',
      'The Korea Herald',
    ]);
    expect(textOf(root.querySelector('.sl-count'))).toBe('2 of 5');
  });

  it('tells screen readers what the chips mean', () => {
    const root = renderInto(<SourceChips sources={[AP]} total={5} />);
    expect(textOf(root)).toBe('Reported by AP1 of 5');
  });
});
