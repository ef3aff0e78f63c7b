import { Fragment } from 'preact';
import type { CompareModel } from '../../lib/popup/compare-model';
import { formatDate } from '../../lib/popup/timeline-model';

type ReportComparisonProps = { model: CompareModel };

/**
 * The five reports side by side on one entity: a row of five cells saying at a glance who speaks
 * and who is silent, then each report with its outlet, date, headline and verbatim quotes.
 */
export function ReportComparison({ model }: ReportComparisonProps) {
  const { entity, columns, speaking } = model;
  return (
    <div class="reports">
      <p class="muted">
        {speaking} of {columns.length} reports mention {entity.name}.
      </p>
      <ol class="glance" aria-label="Reports at a glance">
        {columns.map((c) => (
          <li key={c.source.id} class={c.silent ? 'glance-cell silent' : 'glance-cell'}>
            <a href={`#report-${c.source.id}`}>
              <span class="glance-short">{breakable(c.source.short)}</span>
              <span class="glance-state">
                {c.silent
                  ? 'silent'
                  : `${c.quotes.length} ${c.quotes.length === 1 ? 'quote' : 'quotes'}`}
              </span>
            </a>
          </li>
        ))}
      </ol>
      {columns.map((c) => (
        <article
          key={c.source.id}
          id={`report-${c.source.id}`}
          class={c.silent ? 'report silent' : 'report'}
          aria-labelledby={`report-${c.source.id}-title`}
        >
          <header>
            <h3 id={`report-${c.source.id}-title`}>
              {c.source.outlet}
              {c.silent && <span class="silent-tag"> · Silent</span>}
            </h3>
            <p class="report-meta">
              <time dateTime={c.source.date}>{formatDate(c.source.date)}</time>
              {c.source.dateBasis === 'inferred' && (
                <span title={c.source.dateEvidence}> (inferred)</span>
              )}
              {' · '}
              <span class="headline">{c.source.headline}</span>
            </p>
          </header>
          {c.silent ? (
            <p class="silent-note">This report says nothing about {entity.name}.</p>
          ) : (
            <ul class="quotes">
              {c.quotes.map((q) => (
                <li key={q.fact + q.quote}>
                  <p class="claim">{q.claim}</p>
                  <blockquote>“{q.quote}”</blockquote>
                </li>
              ))}
            </ul>
          )}
        </article>
      ))}
    </div>
  );
}

/** Lets a narrow cell break "NDTV/AFP" after the slash rather than mid-word. */
function breakable(label: string) {
  return label.split('/').map((part, i) => (
    <Fragment key={part}>
      {i > 0 && (
        <>
          /<wbr />
        </>
      )}
      {part}
    </Fragment>
  ));
}
