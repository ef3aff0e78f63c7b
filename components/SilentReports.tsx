import type { SourceRef } from '../lib/card/card-data';

type SilentReportsProps = { sources: readonly SourceRef[]; label?: string };

/** Names the reports that say nothing on a point; renders nothing when every report speaks. */
export function SilentReports({ sources, label = 'Silent' }: SilentReportsProps) {
  if (sources.length === 0) return null;
  return (
    <p class="sl-silent">
      {label}:{' '}
      {sources.map((source, i) => (
        <span key={source.id}>
          {i > 0 ? ', ' : ''}
          <span title={source.outlet}>{source.short}</span>
        </span>
      ))}
    </p>
  );
}
