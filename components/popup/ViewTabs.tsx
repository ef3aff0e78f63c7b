import type { View } from '../../lib/popup/popup-params';
import { VIEWS } from '../../lib/popup/popup-params';

type ViewTabsProps = { view: View; onChange(view: View): void };

const LABELS: Record<View, string> = {
  page: 'On this page',
  compare: 'Compare',
  timeline: 'Timeline',
};

/** The popup's views as ARIA tabs: arrow keys, Home and End move between them. */
export function ViewTabs({ view, onChange }: ViewTabsProps) {
  const move = (to: number) => {
    const next = VIEWS[(to + VIEWS.length) % VIEWS.length] ?? 'page';
    onChange(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <div
      class="tabs"
      role="tablist"
      aria-label="Views"
      onKeyDown={(e) => {
        const at = VIEWS.indexOf(view);
        if (e.key === 'ArrowRight') move(at + 1);
        else if (e.key === 'ArrowLeft') move(at - 1);
        else if (e.key === 'Home') move(0);
        else if (e.key === 'End') move(VIEWS.length - 1);
        else return;
        e.preventDefault();
      }}
    >
      {VIEWS.map((v) => (
        <button
          key={v}
          type="button"
          role="tab"
          id={`tab-${v}`}
          aria-selected={v === view}
          aria-controls={`panel-${v}`}
          tabIndex={v === view ? 0 : -1}
          onClick={() => onChange(v)}
        >
          {LABELS[v]}
        </button>
      ))}
    </div>
  );
}
