import { MAX_KOREAN_SUFFIX } from '../match/korean-suffixes';
import { findCandidates } from '../match/find-candidates';
import { resolveMentions } from '../match/resolve-mentions';
import type { FuzzyTier } from '../match/create-fuzzy-tier';
import type { Candidate, MatchIndex, Mention } from '../match/types';
import type { PageMatcher } from './types';

/** Room per word of a name for the gap between words ("U.N. \n Security"). */
const GAP_PER_WORD = 6;

/**
 * The engine of `lib/match` shaped for the page scanner: candidates per block, and one
 * resolution over all blocks' candidates in document order, handed back per block. With a
 * `fuzzy` tier, each block's exact candidates get its near-misses added.
 */
export function createEngineMatcher(index: MatchIndex, fuzzy?: FuzzyTier): PageMatcher<Candidate> {
  let longest = 0;
  for (const alias of index.aliases) {
    const length = alias.alias.length + alias.tokens.length * GAP_PER_WORD + MAX_KOREAN_SUFFIX;
    if (length > longest) longest = length;
  }
  return {
    maxMatchLength: longest,
    find: fuzzy
      ? (text) => fuzzy.withFuzzy(text, findCandidates(text, index))
      : (text) => findCandidates(text, index),
    resolve(blocks) {
      const flat: Candidate[] = [];
      const blockOf: number[] = [];
      blocks.forEach((candidates, b) => {
        for (const candidate of candidates) {
          flat.push(candidate);
          blockOf.push(b);
        }
      });
      const out: Mention[][] = blocks.map(() => []);
      for (const { candidate, ...mention } of resolveMentions(flat, index)) {
        out[blockOf[candidate] as number]?.push(mention);
      }
      return out;
    },
  };
}
