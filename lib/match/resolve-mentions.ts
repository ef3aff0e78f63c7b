import { runToEnd } from './run-to-end';
import type { Candidate, MatchIndex, ResolvedMention } from './types';

/**
 * Applies the page-level rules to a page's candidates, given in document order:
 * - an ambiguous short form with rule `last-named` means the candidate entity last named in full
 *   before it; with none before, the one first named in full later on the page; with none at all,
 *   the declared `fallback`, or no mention;
 * - rule `default` always means the `fallback`;
 *   a form that begins a name we don't know ("Kim Kardashian") is no mention, and after it a
 *   bare form means only a candidate named in full since;
 * - `needsContext` topics are kept only on pages that mention `core` entities at least
 *   `CONTEXT_MIN_CORE_MENTIONS` times: one passing "Putin" in a related-story link on a page
 *   about Sudan's sanctions does not make its "sanctions" the story's.
 * Linear in the number of candidates, so the scanner can re-run it after every batch.
 */
/** Core mentions a page needs before its context-only topics are painted. */
export const CONTEXT_MIN_CORE_MENTIONS = 2;
/** Candidates handled between two chances to yield, in `resolveMentionsInSteps`. */
export const CANDIDATES_PER_STEP = 4096;

export function resolveMentions(
  candidates: readonly Candidate[],
  index: MatchIndex,
): ResolvedMention[] {
  return runToEnd(resolveMentionsInSteps(candidates, index));
}

/**
 * `resolveMentions` for a time-sliced caller: yields every `CANDIDATES_PER_STEP` candidates
 * (a page naming 20,000 mentions took 27 ms in one go) and returns the mentions.
 */
export function* resolveMentionsInSteps(
  candidates: readonly Candidate[],
  index: MatchIndex,
): Generator<undefined, ResolvedMention[]> {
  const entities = index.entities;
  const firstNamed = new Map<string, number>();
  let coreMentions = 0;
  for (let i = 0; i < candidates.length; i++) {
    const entity = (candidates[i] as Candidate).entity;
    if (entity === null) continue;
    if (!firstNamed.has(entity)) firstNamed.set(entity, i);
    if (entities.get(entity)?.core === true) coreMentions++;
  }
  yield undefined;
  const context = coreMentions >= CONTEXT_MIN_CORE_MENTIONS;
  /** Ambiguities whose form has begun another, unknown name on the page. */
  const interrupted = new Set<number>();

  const lastNamed = new Map<string, number>();
  const out: ResolvedMention[] = [];
  for (let i = 0; i < candidates.length; i++) {
    if (i % CANDIDATES_PER_STEP === CANDIDATES_PER_STEP - 1) yield undefined;
    const candidate = candidates[i] as Candidate;
    let entity = candidate.entity;
    let alternatives: string[] | undefined;
    if (entity !== null) {
      lastNamed.set(entity, i);
    } else {
      const ambiguity = index.ambiguities[candidate.ambiguity];
      if (ambiguity === undefined) continue;
      if (candidate.otherName === true) {
        for (const id of ambiguity.candidates) lastNamed.delete(id);
        interrupted.add(candidate.ambiguity);
        continue;
      }
      if (ambiguity.rule === 'last-named') {
        entity =
          pick(ambiguity.candidates, lastNamed, true) ??
          (interrupted.has(candidate.ambiguity)
            ? null
            : pick(ambiguity.candidates, firstNamed, false));
      }
      entity ??= ambiguity.fallback ?? null;
      if (entity === null) continue;
      const chosen = entity;
      alternatives = ambiguity.candidates.filter((id) => id !== chosen);
    }
    const info = entities.get(entity);
    if (info === undefined || (info.needsContext && !context)) continue;
    const mention: ResolvedMention = {
      start: candidate.start,
      end: candidate.end,
      entity,
      category: info.category,
      surface: candidate.surface,
      via: candidate.via ?? 'alias',
      candidate: i,
    };
    if (alternatives !== undefined && alternatives.length > 0) mention.alternatives = alternatives;
    out.push(mention);
  }
  return out;
}

/** The id among `ids` with the latest (`latest`) or earliest position in `seen`. */
function pick(
  ids: readonly string[],
  seen: ReadonlyMap<string, number>,
  latest: boolean,
): string | null {
  let best: string | null = null;
  let bestAt = latest ? -1 : Number.POSITIVE_INFINITY;
  for (const id of ids) {
    const at = seen.get(id);
    if (at === undefined) continue;
    if (latest ? at > bestAt : at < bestAt) {
      best = id;
      bestAt = at;
    }
  }
  return best;
}
