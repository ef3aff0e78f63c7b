import { describe, expect, it } from 'vitest';
import { Timeline } from '../../../components/popup/Timeline';
import { timelineModel } from '../../../lib/popup/timeline-model';
import { fixtureKb as kb } from './fixture-kb';
import { mount, textOf } from './render';

describe('Timeline', () => {
  const root = () => mount(<Timeline days={timelineModel(kb)} of={5} />);

  it('lists each date with its events and the reports that date them', () => {
    const days = [...root().querySelectorAll('.day')];
    expect(days.map((d) => textOf(d.querySelector('h3')))).toContain('12 September 2023');
    const crossing = days.find((d) => textOf(d.querySelector('h3')) === '12 September 2023');
    expect(textOf(crossing)).toContain('Kim crosses into Russia.');
    const chips = [...(crossing?.querySelectorAll('.dated-by .sl-chip') ?? [])].map(textOf);
    expect(chips).toEqual(['AP', 'Reuters']);
    expect(textOf(crossing?.querySelector('.dated-by .sl-count'))).toBe('2 of 5');
    expect(textOf(crossing?.querySelector('details'))).toContain('arrived in Russia on Tuesday');
  });

  it('flags a conflicting date with both sides', () => {
    const crossing = [...root().querySelectorAll('.event')].find((e) =>
      textOf(e).includes('Kim crosses into Russia.'),
    );
    expect(crossing?.querySelector('.flag')?.getAttribute('title')).toBe(
      'Reports give different dates',
    );
    expect(textOf(crossing?.querySelector('.sl-differ'))).toContain('12 September');
    expect(textOf(crossing?.querySelector('.sl-differ'))).toContain('11 September');
  });

  it('links to the April 2019 summit, July 2023 and the summit week', () => {
    const r = root();
    const links = [...r.querySelectorAll<HTMLAnchorElement>('nav a')];
    expect(links.map(textOf)).toEqual([
      'April 2019 summit',
      'Shoigu in July 2023',
      '10–17 September 2023',
    ]);
    for (const link of links) {
      const id = link.getAttribute('href')?.slice(1) ?? '';
      expect(r.querySelector(`[id="${id}"]`), id).not.toBeNull();
    }
  });

  it('keeps quiet days of the summit week and says nothing is dated there', () => {
    const quiet = root().querySelector('.day.quiet');
    expect(textOf(quiet?.querySelector('h3'))).toBe('10 September 2023');
    expect(textOf(quiet?.querySelector('p'))).toBe('No report dates an event to this day.');
  });
});
