import { findCandidates } from './find-candidates';
import { resolveMentions } from './resolve-mentions';
import type { MatchIndex, Mention } from './types';

/**
 * Every mention in one self-contained text (a report, a file for the CLI, a test string): the
 * candidates of `findCandidates` with the page-level rules of `resolveMentions` applied.
 */
export function findMentions(text: string, index: MatchIndex): Mention[] {
  return resolveMentions(findCandidates(text, index), index).map(
    ({ candidate: _, ...mention }) => mention,
  );
}
