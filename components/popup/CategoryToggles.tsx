import { CATEGORY_STYLE } from '../../lib/category-style';
import { CATEGORIES, type Category } from '../../lib/knowledge/types';
import type { Settings } from '../../lib/settings';
import { CategorySwatch } from './CategorySwatch';

type CategoryTogglesProps = {
  /** Undefined until storage answers: switches show, disabled, so nothing moves when it does. */
  settings: Settings | undefined;
  /** Mentions per category on this page; undefined where the page can't be read. */
  counts: Record<Category, number> | undefined;
  /** This page's hostname, for "pause on this site"; undefined where it is unknown. */
  hostname: string | undefined;
  onChange(change: (current: Settings) => Settings): void;
};

/** The master switch, "pause on this site", and one switch per category with swatch and count. */
export function CategoryToggles({ settings, counts, hostname, onChange }: CategoryTogglesProps) {
  const loading = settings === undefined;
  const paused = !!settings && !!hostname && settings.pausedSites.includes(hostname);
  return (
    <fieldset class="toggles" disabled={loading}>
      <legend>Highlight</legend>
      <label class="switch-row">
        <input
          type="checkbox"
          role="switch"
          checked={settings?.enabled ?? true}
          aria-checked={settings?.enabled ?? true}
          onChange={(e) => {
            const enabled = e.currentTarget.checked;
            onChange((s) => ({ ...s, enabled }));
          }}
        />
        <span>On every site</span>
      </label>
      <label class="switch-row">
        <input
          type="checkbox"
          role="switch"
          checked={paused}
          aria-checked={paused}
          disabled={!hostname}
          onChange={(e) => {
            const pause = e.currentTarget.checked;
            if (!hostname) return;
            onChange((s) => ({
              ...s,
              pausedSites: pause
                ? [...s.pausedSites.filter((h) => h !== hostname), hostname]
                : s.pausedSites.filter((h) => h !== hostname),
            }));
          }}
        />
        <span>
          Pause on this site{' '}
          <span class="muted host">{hostname ? `(${hostname})` : '(unknown site)'}</span>
        </span>
      </label>
      <ul class="category-grid">
        {CATEGORIES.map((category) => (
          <li key={category}>
            <label class="switch-row">
              <input
                type="checkbox"
                role="switch"
                checked={settings?.categories[category] ?? true}
                aria-checked={settings?.categories[category] ?? true}
                disabled={settings ? !settings.enabled : false}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  onChange((s) => ({ ...s, categories: { ...s.categories, [category]: on } }));
                }}
              />
              <CategorySwatch category={category} />{' '}
              <span class="category-name">{CATEGORY_STYLE[category].label}</span>{' '}
              <span class="count">
                {counts ? (
                  <>
                    {counts[category]}
                    <span class="sr-only"> on this page</span>
                  </>
                ) : (
                  <span aria-hidden="true">–</span>
                )}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
