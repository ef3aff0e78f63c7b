import { storage } from 'wxt/utils/storage';
import { CATEGORIES, type Category } from './knowledge/types';

/** The reader's settings. Nothing else in the extension touches `browser.storage`. */
export type Settings = {
  /** Master switch: off paints nothing anywhere. */
  enabled: boolean;
  /** Which categories are painted. */
  categories: Record<Category, boolean>;
  /** Hostnames where Summit Lens is paused ("pause on this site"). */
  pausedSites: string[];
  /** Hover intent delay before a card opens, in milliseconds. */
  hoverDelayMs: number;
};

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  enabled: true,
  categories: Object.freeze(Object.fromEntries(CATEGORIES.map((c) => [c, true]))) as Record<
    Category,
    boolean
  >,
  pausedSites: Object.freeze([]) as unknown as string[],
  hoverDelayMs: 300,
});

const MIN_DELAY_MS = 0;
const MAX_DELAY_MS = 5000;

/**
 * Reads any stored value into valid settings, field by field: a bad field falls back to its
 * default and every good field keeps its value, so a corrupt store loses nothing it need not.
 */
export function sanitizeSettings(raw: unknown): Settings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const rawCategories =
    typeof value.categories === 'object' && value.categories !== null
      ? (value.categories as Record<string, unknown>)
      : {};
  const categories = Object.fromEntries(
    CATEGORIES.map((c) => [
      c,
      typeof rawCategories[c] === 'boolean' ? rawCategories[c] : DEFAULT_SETTINGS.categories[c],
    ]),
  ) as Record<Category, boolean>;
  const pausedSites = Array.isArray(value.pausedSites)
    ? [...new Set(value.pausedSites.filter(isHostname))]
    : [];
  const delay = value.hoverDelayMs;
  return {
    enabled: typeof value.enabled === 'boolean' ? value.enabled : DEFAULT_SETTINGS.enabled,
    categories,
    pausedSites,
    hoverDelayMs:
      typeof delay === 'number' && Number.isFinite(delay)
        ? Math.min(MAX_DELAY_MS, Math.max(MIN_DELAY_MS, Math.round(delay)))
        : DEFAULT_SETTINGS.hoverDelayMs,
  };
}

function isHostname(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length < 256;
}

/** The one stored settings item. Bump `version` and add a migration when the shape changes. */
export const settingsItem = storage.defineItem<Settings>('local:summit-lens-settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Loads the settings; never throws on a corrupt store. */
export async function loadSettings(): Promise<Settings> {
  try {
    return sanitizeSettings(await settingsItem.getValue());
  } catch (error) {
    console.warn('[summit-lens] settings unreadable, using defaults', error);
    return sanitizeSettings(undefined);
  }
}

/** Applies `change` to the current settings and stores the result. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = sanitizeSettings(change(await loadSettings()));
  await settingsItem.setValue(next);
  return next;
}

/** Calls `listener` with sanitised settings whenever they change in any context. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => listener(sanitizeSettings(value)));
}

/** True when Summit Lens should not run on `hostname`. */
export function isPaused(settings: Settings, hostname: string): boolean {
  return !settings.enabled || settings.pausedSites.includes(hostname);
}
