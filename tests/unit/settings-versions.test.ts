import { readdirSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { loadSettings, type Settings, updateSettings } from '../../lib/settings';

const DIR = 'tests/fixtures/settings';
const KEY = 'summit-lens-settings';

type Fixture = { note: string; storage: Record<string, unknown>; settings: Settings };

const read = (file: string): Fixture => JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8'));
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));

/** The version `lib/settings.ts` declares for its item (WXT items don't expose it). */
function currentVersion(): number {
  const source = readFileSync('lib/settings.ts', 'utf8');
  const match = /defineItem<Settings>\([^)]*?version:\s*(\d+)/s.exec(source);
  if (!match?.[1]) throw new Error('no version found on the settings item');
  return Number(match[1]);
}

describe('stored settings of every version', () => {
  beforeEach(() => fakeBrowser.reset());

  it('has a fixture for every settings version up to the current one', () => {
    for (let v = 1; v <= currentVersion(); v++) expect(files).toContain(`v${v}.json`);
  });

  it.each(files)('loads %s', async (file) => {
    const fixture = read(file);
    await fakeBrowser.storage.local.set(fixture.storage);
    expect(await loadSettings()).toEqual(fixture.settings);
    // Saving again keeps every loaded value.
    await updateSettings((s) => s);
    expect(await loadSettings()).toEqual(fixture.settings);
  });

  it('v1.json is exactly what this build writes', async () => {
    const fixture = read('v1.json');
    await updateSettings(() => fixture.settings);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(fixture.storage);
  });

  it('v1-meta.json is what WXT writes for a version-1 item with migrations', async () => {
    const fixture = read('v1-meta.json');
    const item = storage.defineItem<Settings>(`local:${KEY}`, { version: 1, migrations: {} });
    await item.setValue(fixture.settings);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(fixture.storage);
  });

  it('an unversioned value counts as version 1, so a future migration to 2 will run on it', async () => {
    // Guards the upgrade path, not a shape: today's stores have no meta key, and WXT must take
    // them for version 1 (not skip them) when the item moves to version 2.
    const fixture = read('unversioned.json');
    await fakeBrowser.storage.local.set(fixture.storage);
    const toV2 = vi.fn((value: unknown) => value);
    const item = storage.defineItem<unknown>(`local:${KEY}`, {
      version: 2,
      migrations: { 2: toV2 },
    });
    await item.getValue();
    expect(toV2).toHaveBeenCalledWith(fixture.storage[KEY]);
    expect(await item.getMeta()).toEqual({ v: 2 });
  });
});
