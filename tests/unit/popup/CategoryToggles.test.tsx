import { describe, expect, it } from 'vitest';
import { CategoryToggles } from '../../../components/popup/CategoryToggles';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { byText, mount, textOf, user } from './render';

const counts = { person: 9, place: 3, organization: 0, event: 1, military: 0, policy: 2 };

function setup(settings: Settings | undefined, hostname: string | undefined) {
  const changes: Settings[] = [];
  const root = mount(
    <CategoryToggles
      settings={settings}
      counts={counts}
      hostname={hostname}
      onChange={(edit) => changes.push(edit(settings ?? DEFAULT_SETTINGS))}
    />,
  );
  const switchFor = (label: string) =>
    byText(root, 'label', label)[0]?.querySelector<HTMLInputElement>('input[role="switch"]');
  return { root, changes, switchFor };
}

describe('CategoryToggles', () => {
  it('shows one switch per category with its swatch and count, plus master and pause', () => {
    const { root } = setup(DEFAULT_SETTINGS, 'news.example');
    const labels = [...root.querySelectorAll('label')].map(textOf);
    expect(labels).toEqual([
      'On every site',
      'Pause on this site (news.example)',
      'Aa People 9 on this page',
      'Aa Places 3 on this page',
      'Aa Organizations 0 on this page',
      'Aa Events 1 on this page',
      'Aa Military 0 on this page',
      'Aa Policy 2 on this page',
    ]);
    expect(root.querySelectorAll('input[role="switch"]:checked')).toHaveLength(7);
  });

  it('switches a category off', async () => {
    const { changes, switchFor } = setup(DEFAULT_SETTINGS, 'news.example');
    await user(() => switchFor('People')?.click());
    expect(changes[0]?.categories.person).toBe(false);
    expect(changes[0]?.categories.place).toBe(true);
  });

  it('pauses and resumes this site', async () => {
    const first = setup(DEFAULT_SETTINGS, 'news.example');
    await user(() => first.switchFor('Pause on this site')?.click());
    expect(first.changes[0]?.pausedSites).toEqual(['news.example']);
    const paused = { ...DEFAULT_SETTINGS, pausedSites: ['news.example', 'other.example'] };
    const second = setup(paused, 'news.example');
    expect(second.switchFor('Pause on this site')?.checked).toBe(true);
    await user(() => second.switchFor('Pause on this site')?.click());
    expect(second.changes[0]?.pausedSites).toEqual(['other.example']);
  });

  it('cannot pause an unknown site, and disables categories when the master switch is off', () => {
    const { switchFor } = setup({ ...DEFAULT_SETTINGS, enabled: false }, undefined);
    expect(switchFor('Pause on this site')?.disabled).toBe(true);
    expect(switchFor('People')?.disabled).toBe(true);
    expect(switchFor('On every site')?.checked).toBe(false);
  });

  it('is laid out but disabled until the settings load', () => {
    const { root } = setup(undefined, 'news.example');
    expect(root.querySelector('fieldset')?.disabled).toBe(true);
    expect(root.querySelectorAll('input[role="switch"]')).toHaveLength(8);
  });
});
