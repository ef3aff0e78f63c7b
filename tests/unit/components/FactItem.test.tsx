import { describe, expect, it } from 'vitest';
import { FactItem } from '../../../components/FactItem';
import { buildCardData } from '../../../lib/card/card-data';
import { FIXTURE_KB } from '../card/fixture-kb';
import { renderInto, textOf } from './render-into';

const fact = buildCardData(FIXTURE_KB, 'sergei-shoigu')?.facts[0];

describe('FactItem', () => {
  it('shows the fact with its chips, and keeps its quotes folded until expanded', () => {
    if (!fact) throw new Error('fixture has no fact');
    const root = renderInto(
      <ul>
        <FactItem fact={fact} total={5} />
      </ul>,
    );
    const summary = root.querySelector('summary');
    expect(textOf(summary)).toBe(
      'Shoigu visited Pyongyang in July 2023. Reported by APKorea HeraldReuters3 of 5',
    );
    const details = root.querySelector('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    // The quotes sit in the closed <details>, outside its <summary>: hidden until expanded.
    expect(summary?.querySelector('q')).toBeNull();
    expect(
      [...details.querySelectorAll(':scope > .sl-quotes q')].map((q) => q.textContent),
    ).toEqual([
      'in July when Russian Defence Minister Sergei Shoigu visited Pyongyang',
      'Shoigu visited Pyongyang in July',
      'Shoigu made a rare visit to North Korea in July',
    ]);
    expect(textOf(root.querySelector('.sl-silent'))).toBe('Not stated by: BBC, NDTV');
  });
});
