import { describe, expect, it } from 'vitest';
import { SourcesDiffer } from '../../../components/SourcesDiffer';
import { buildCardData } from '../../../lib/card/card-data';
import { FIXTURE_KB } from '../card/fixture-kb';
import { renderInto, textOf } from './render-into';

const card = buildCardData(FIXTURE_KB, 'sergei-shoigu');

describe('SourcesDiffer', () => {
  it('shows each side with its reports and quotes, and names the silent reports', () => {
    const root = renderInto(
      <SourcesDiffer discrepancies={card?.discrepancies ?? []} total={5} headingId="d" />,
    );
    expect(root.querySelector('section')?.getAttribute('aria-labelledby')).toBe('d');
    expect(textOf(root.querySelector('#d'))).toBe('Sources differ');
    expect(textOf(root.querySelector('.sl-differ-text'))).toBe('How long the war had lasted');
    const positions = [...root.querySelectorAll('.sl-position')];
    expect(positions.map((p) => textOf(p.querySelector('.sl-position-text')))).toEqual([
      '18 months',
      '17 months',
    ]);
    expect(textOf(positions[0]?.querySelector('.sl-count'))).toBe('2 of 5');
    expect(textOf(positions[1]?.querySelector('q'))).toBe('17-month war');
    expect(textOf(root.querySelector('.sl-silent'))).toBe('Silent: BBC, NDTV');
  });

  it('renders nothing when the reports agree', () => {
    const root = renderInto(<SourcesDiffer discrepancies={[]} total={5} headingId="d" />);
    expect(root.childElementCount).toBe(0);
  });
});
