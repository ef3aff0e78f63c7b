import type { CardQuote } from '../lib/card/card-data';

type QuoteListProps = { quotes: readonly CardQuote[] };

/** Verbatim quotes, each attributed to its report. */
export function QuoteList({ quotes }: QuoteListProps) {
  return (
    <ul class="sl-quotes">
      {quotes.map((q) => (
        <li key={`${q.source.id}:${q.quote}`} class="sl-quote">
          <q>{q.quote}</q> <cite title={q.source.outlet}>{q.source.short}</cite>
        </li>
      ))}
    </ul>
  );
}
