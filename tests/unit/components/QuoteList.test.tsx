import { describe, expect, it } from 'vitest';
import { QuoteList } from '../../../components/QuoteList';
import { renderInto, textOf } from './render-into';

describe('QuoteList', () => {
  it('shows each quote verbatim with its report', () => {
    const root = renderInto(
      <QuoteList
        quotes={[
          {
            source: { id: 'r0', short: 'AP', outlet: 'Associated Press' },
            quote: 'visited Pyongyang',
          },
          { source: { id: 'r4', short: 'Reuters', outlet: 'Reuters' }, quote: 'a rare visit' },
        ]}
      />,
    );
    const items = [...root.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('q')?.textContent)).toEqual([
      'visited Pyongyang',
      'a rare visit',
    ]);
    expect(items.map((li) => li.querySelector('cite')?.textContent)).toEqual(['AP', 'Reuters']);
    expect(textOf(items[0])).toBe('visited Pyongyang AP');
  });
});
