import type { CardFact } from '../lib/card/card-data';
import { QuoteList } from './QuoteList';
import { SilentReports } from './SilentReports';
import { SourceChips } from './SourceChips';

type FactItemProps = { fact: CardFact; total: number };

/** A key fact with its report chips; expanding it shows the verbatim quotes behind it. */
export function FactItem({ fact, total }: FactItemProps) {
  return (
    <li class="sl-fact">
      <details>
        <summary>
          <span class="sl-fact-text">{fact.text}</span>{' '}
          <SourceChips sources={fact.sources} total={total} />
        </summary>
        <QuoteList quotes={fact.quotes} />
        <SilentReports sources={fact.silent} label="Not stated by" />
      </details>
    </li>
  );
}
