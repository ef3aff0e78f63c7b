import type { KnowledgeBase, Source } from '../knowledge/types';
import { type Disagreement, resolveDisagreement } from './compare-model';

/** One dated event with the reports that date it and any dates they dispute. */
export type TimelineEvent = {
  id: string;
  text: string;
  sources: Source[];
  quotes: { source: Source; quote: string }[];
  conflicts: Disagreement[];
};

/** One date on the timeline: a day (`2023-09-12`) or a month (`2023-07`). */
export type TimelineDay = {
  date: string;
  /** "12 September 2023", "July 2023". */
  label: string;
  events: TimelineEvent[];
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2023-09-12" → "12 September 2023"; "2023-07" → "July 2023"; anything else unchanged. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** The summit week, listed day by day even where no report dates anything to a day. */
export const SUMMIT_WEEK = [
  '2023-09-10',
  '2023-09-11',
  '2023-09-12',
  '2023-09-13',
  '2023-09-14',
  '2023-09-15',
  '2023-09-16',
  '2023-09-17',
];

/**
 * The story's dated events in date order (months before the days in them), every day of
 * `week` present so a quiet day shows as quiet rather than disappearing. Each event carries its
 * dating reports, their quotes, and the discrepancies that put it on another date.
 */
export function timelineModel(
  kb: Pick<KnowledgeBase, 'sources' | 'timeline' | 'discrepancies'>,
  week: string[] = SUMMIT_WEEK,
): TimelineDay[] {
  const bySource = new Map(kb.sources.map((s) => [s.id, s]));
  const byDiscrepancy = new Map(kb.discrepancies.map((d) => [d.id, d]));
  const days = new Map<string, TimelineEvent[]>(week.map((d) => [d, []]));
  for (const entry of kb.timeline) {
    const quotes = entry.quotes.flatMap((q) => {
      const source = bySource.get(q.source);
      return source ? [{ source, quote: q.quote }] : [];
    });
    const dating = new Set(quotes.map((q) => q.source.id));
    const conflicts = (entry.conflicts ?? []).flatMap((id) => {
      const d = byDiscrepancy.get(id);
      return d ? [resolveDisagreement(kb.sources, d)] : [];
    });
    const events = days.get(entry.date) ?? [];
    events.push({
      id: entry.id,
      text: entry.text,
      sources: kb.sources.filter((s) => dating.has(s.id)),
      quotes,
      conflicts,
    });
    days.set(entry.date, events);
  }
  return [...days.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((date) => ({ date, label: formatDate(date), events: days.get(date) ?? [] }));
}
