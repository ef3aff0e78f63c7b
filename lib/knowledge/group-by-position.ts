/** One side of a disagreement: a position and, in their original order, the quotes taking it. */
export type PositionGroup<Q> = { position: string; quotes: Q[] };

/**
 * Groups a discrepancy's quotes by the position each supports, positions in the order they
 * first appear. Generic over the quote so each view can resolve its own report type (the card's
 * chips, the popup's full sources) before or after grouping; pure, and the input is untouched.
 */
export function groupByPosition<Q extends { position: string }>(
  quotes: readonly Q[],
): PositionGroup<Q>[] {
  // A Map keeps insertion order, which is the order of first appearance.
  const byPosition = new Map<string, Q[]>();
  for (const q of quotes) {
    const list = byPosition.get(q.position);
    if (list) list.push(q);
    else byPosition.set(q.position, [q]);
  }
  return [...byPosition].map(([position, grouped]) => ({ position, quotes: grouped }));
}
