import { MAX_KOREAN_SUFFIX } from '../match/korean-suffixes';
import { findCandidates } from '../match/find-candidates';
import { resolveMentions } from '../match/resolve-mentions';
import type { FuzzyTier } from '../match/create-fuzzy-tier';
import type { Candidate, MatchIndex, Mention } from '../match/types';
import type { PageMatcher } from './types';

/** Room per word of a name for the gap between words ("U.N. \n Security"). */
const GAP_PER_WORD = 6;

/** The page matcher of `createEngineMatcher`, which can take the fuzzy tier once it loads. */
export type EngineMatcher = PageMatcher<Candidate> & {
  /**
   * Adds the fuzzy tier, built by `create` over this matcher's index: every later `find` gives
   * near-misses too. Text already matched keeps its candidates until it is matched again.
   */
  addFuzzy(create: (index: MatchIndex) => FuzzyTier): void;
  /** Whether the fuzzy tier is in. */
  readonly fuzzy: boolean;
};

/**
 * The engine of `lib/match` shaped for the page scanner: candidates per block, and one
 * resolution over all blocks' candidates in document order, handed back per block. With a
 * `fuzzy` tier (given here, or added later with `addFuzzy`), each block's exact candidates get
 * its near-misses added.
 */
export function createEngineMatcher(index: MatchIndex, fuzzy?: FuzzyTier): EngineMatcher {
  let longest = 0;
  for (const alias of index.aliases) {
    const length = alias.alias.length + alias.tokens.length * GAP_PER_WORD + MAX_KOREAN_SUFFIX;
    if (length > longest) longest = length;
  }
  let tier = fuzzy;
  return {
    maxMatchLength: longest,
    find(text) {
      const exact = findCandidates(text, index);
      return tier ? tier.withFuzzy(text, exact) : exact;
    },
    addFuzzy(create) {
      tier ??= create(index);
    },
    get fuzzy() {
      return tier !== undefined;
    },
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
