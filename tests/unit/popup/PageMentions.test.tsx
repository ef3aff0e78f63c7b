import { describe, expect, it, vi } from 'vitest';
import { PageMentions } from '../../../components/popup/PageMentions';
import { groupPageEntities } from '../../../lib/popup/group-page-entities';
import { fixtureKb } from './fixture-kb';
import { byText, mount, textOf, user } from './render';

const groups = groupPageEntities(
  [
    { entity: 'vladivostok', category: 'place', count: 2 },
    { entity: 'kim-jong-un', category: 'person', count: 7 },
    { entity: 'sergei-shoigu', category: 'person', count: 1 },
  ],
  fixtureKb,
);

describe('PageMentions', () => {
  it('lists entities under category headings, most mentioned first, with counts', () => {
    const root = mount(
      <PageMentions
        status="done"
        groups={groups}
        painted
        onReveal={() => {}}
        onCompare={() => {}}
      />,
    );
    const headings = [...root.querySelectorAll('h3')].map(textOf);
    expect(headings).toEqual(['Aa People 8 mentions', 'Aa Places 2 mentions']);
    const buttons = [...root.querySelectorAll('button.entity')].map(textOf);
    expect(buttons).toEqual([
      'Kim Jong Un North Korean leader 7 mentions',
      'Sergei Shoigu Russian defence minister 1 mention',
      'Vladivostok Russian Pacific port city 2 mentions',
    ]);
    expect(textOf(root.querySelector('[role="status"]'))).toContain('10 mentions in 2 categories');
  });

  it('asks to reveal the entity whose button is pressed', async () => {
    const onReveal = vi.fn();
    const root = mount(
      <PageMentions
        status="done"
        groups={groups}
        painted
        onReveal={onReveal}
        onCompare={() => {}}
      />,
    );
    await user(() => byText(root, 'button', 'Sergei Shoigu')[0]?.click());
    expect(onReveal).toHaveBeenCalledWith('sergei-shoigu');
  });

  it('offers Compare sources for each entity, named for it', async () => {
    const onCompare = vi.fn();
    const root = mount(
      <PageMentions
        status="done"
        groups={groups}
        painted
        onReveal={() => {}}
        onCompare={onCompare}
      />,
    );
    const compare = root.querySelector<HTMLButtonElement>(
      'button[aria-label="Compare sources on Vladivostok"]',
    );
    expect(textOf(compare)).toBe('Compare');
    await user(() => compare?.click());
    expect(onCompare).toHaveBeenCalledWith('vladivostok');
  });

  it('says plainly when the page cannot be read', () => {
    const root = mount(
      <PageMentions
        status="unavailable"
        groups={[]}
        painted
        onReveal={() => {}}
        onCompare={() => {}}
      />,
    );
    expect(textOf(root)).toContain("Summit Lens can't read this page");
    expect(root.querySelectorAll('button')).toHaveLength(0);
  });

  it('shows reserved rows while connecting and a running count while scanning', () => {
    const connecting = mount(
      <PageMentions
        status="connecting"
        groups={[]}
        painted
        onReveal={() => {}}
        onCompare={() => {}}
      />,
    );
    expect(connecting.querySelectorAll('.skeleton li').length).toBeGreaterThan(0);
    expect(connecting.querySelector('section')?.getAttribute('aria-busy')).toBe('true');
    const scanning = mount(
      <PageMentions
        status="scanning"
        groups={groups}
        painted
        onReveal={() => {}}
        onCompare={() => {}}
      />,
    );
    expect(textOf(scanning.querySelector('[role="status"]'))).toBe(
      'Still scanning the page… 10 mentions so far.',
    );
  });

  it('explains when highlights cannot be painted, and when the site is paused', () => {
    const unpainted = mount(
      <PageMentions
        status="done"
        groups={groups}
        painted={false}
        onReveal={() => {}}
        onCompare={() => {}}
      />,
    );
    expect(textOf(unpainted)).toContain("can't paint highlights");
    const paused = mount(
      <PageMentions status="paused" groups={[]} painted onReveal={() => {}} onCompare={() => {}} />,
    );
    expect(textOf(paused)).toContain('paused on this site');
  });
});
