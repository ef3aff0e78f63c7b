import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  isPaused,
  loadSettings,
  sanitizeSettings,
  updateSettings,
} from '../../lib/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('loads the defaults from an empty store', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps good fields and drops only the bad ones from a corrupt store', async () => {
    await fakeBrowser.storage.local.set({
      'summit-lens-settings': {
        enabled: 'yes',
        categories: { person: false, place: 7 },
        pausedSites: ['example.com', 42],
        hoverDelayMs: Number.NaN,
        unknown: true,
      },
    });
    const settings = await loadSettings();
    expect(settings.enabled).toBe(true);
    expect(settings.categories.person).toBe(false);
    expect(settings.categories.place).toBe(true);
    expect(settings.pausedSites).toEqual(['example.com']);
    expect(settings.hoverDelayMs).toBe(300);
  });

  it('stores an update and reads it back', async () => {
    await updateSettings((s) => ({ ...s, pausedSites: [...s.pausedSites, 'news.example'] }));
    const settings = await loadSettings();
    expect(isPaused(settings, 'news.example')).toBe(true);
    expect(isPaused(settings, 'other.example')).toBe(false);
  });

  it('clamps the hover delay into a usable range', () => {
    expect(sanitizeSettings({ hoverDelayMs: -5 }).hoverDelayMs).toBe(0);
    expect(sanitizeSettings({ hoverDelayMs: 1e9 }).hoverDelayMs).toBe(5000);
  });
});
