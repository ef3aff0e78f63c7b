import { describe, expect, it } from 'vitest';
import { groupByPosition } from '../../../lib/knowledge/group-by-position';
import type { PositionQuote } from '../../../lib/knowledge/types';

const quote = (source: string, position: string): PositionQuote => ({
  source,
  quote: `${source} says ${position}`,
  position,
});

describe('groupByPosition', () => {
  it('lists positions in the order they first appear, each with every quote taking it', () => {
    const quotes = [
      quote('r3', '18 months'),
      quote('r1', '17 months'),
      quote('r0', '18 months'),
      quote('r4', '19 months'),
      quote('r2', '17 months'),
    ];
    expect(groupByPosition(quotes)).toEqual([
      { position: '18 months', quotes: [quotes[0], quotes[2]] },
      { position: '17 months', quotes: [quotes[1], quotes[4]] },
      { position: '19 months', quotes: [quotes[3]] },
    ]);
  });

  it('keeps the quotes themselves, so callers can resolve their own report type', () => {
    const quotes = [{ ...quote('r0', 'Tuesday'), extra: 1 }];
    const [group] = groupByPosition(quotes);
    expect(group?.quotes[0]).toBe(quotes[0]);
    expect(group?.quotes[0]?.extra).toBe(1);
  });

  it('treats positions that differ only in case or spacing as different sides', () => {
    const quotes = [quote('r0', '12 September'), quote('r1', '12 september')];
    expect(groupByPosition(quotes).map((g) => g.position)).toEqual([
      '12 September',
      '12 september',
    ]);
  });

  it('returns no positions for no quotes and leaves its input untouched', () => {
    expect(groupByPosition([])).toEqual([]);
    const quotes = Object.freeze([quote('r1', 'A'), quote('r0', 'B'), quote('r2', 'A')]);
    const copy = structuredClone([...quotes]);
    groupByPosition(quotes);
    expect(quotes).toEqual(copy);
  });
});
