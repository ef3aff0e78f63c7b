import type { TimelineDay } from '../../lib/popup/timeline-model';
import { QuoteList } from '../QuoteList';
import { SourceChips } from '../SourceChips';
import { DateConflict } from './DateConflict';

type TimelineProps = {
  days: TimelineDay[];
  /** How many reports there are, for "n of N". */
  of: number;
};

/** The story's landmarks, as jump links: the first date starting with `prefix`. */
const JUMPS = [
  { label: 'April 2019 summit', prefix: '2019-04' },
  { label: 'Shoigu in July 2023', prefix: '2023-07' },
  { label: '10–17 September 2023', prefix: '2023-09-10' },
];

/** The story's dated events, each with the reports that date it and any disputed dates. */
export function Timeline({ days, of }: TimelineProps) {
  return (
    <>
      <h2 id="timeline-heading">Dated events in the five reports</h2>
      <nav aria-label="Jump to">
        <ul class="jumps">
          {JUMPS.map(({ label, prefix }) => {
            const day = days.find((d) => d.date.startsWith(prefix));
            return day ? (
              <li key={prefix}>
                <a href={`#day-${day.date}`}>{label}</a>
              </li>
            ) : null;
          })}
        </ul>
      </nav>
      <ol class="timeline" aria-labelledby="timeline-heading">
        {days.map((day) => (
          <li
            key={day.date}
            id={`day-${day.date}`}
            class={day.events.length === 0 ? 'day quiet' : 'day'}
          >
            <h3>
              <time dateTime={day.date}>{day.label}</time>
            </h3>
            {day.events.length === 0 ? (
              <p class="muted">No report dates an event to this day.</p>
            ) : (
              <ul class="events">
                {day.events.map((event) => (
                  <li key={event.id} class="event">
                    <p class="event-text">
                      {event.conflicts.length > 0 && (
                        <span class="flag" title="Reports give different dates">
                          ⚠<span class="sr-only">Dates differ:</span>
                        </span>
                      )}{' '}
                      {event.text}
                    </p>
                    <p class="dated-by">
                      {/* SourceChips says "Reported by" to screen readers; this is its visible twin. */}
                      <span aria-hidden="true">Dated by </span>
                      <SourceChips sources={event.sources} total={of} />
                    </p>
                    <details>
                      <summary>What they say</summary>
                      <QuoteList quotes={event.quotes} />
                    </details>
                    {event.conflicts.map((c) => (
                      <DateConflict key={c.id} conflict={c} total={of} />
                    ))}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
