import type { FuzzyTier } from '../match/create-fuzzy-tier';
import { findCandidates } from '../match/find-candidates';
import { MAX_KOREAN_SUFFIX } from '../match/korean-suffixes';
import { CANDIDATES_PER_STEP, resolveMentionsInSteps } from '../match/resolve-mentions';
import { runToEnd } from '../match/run-to-end';
import type { Candidate, MatchIndex, Mention, ResolvedMention } from '../match/types';
import type { PageMatcher } from './types';

/** Room per word of a name for the gap between words ("U.N. \n Security"). */
const GAP_PER_WORD = 6;

/** The page matcher of `createEngineMatcher`, which can take the fuzzy tier once it loads. */
export type EngineMatcher = PageMatcher<Candidate> & {
  /**
   * Adds the fuzzy tier, built by `create` over this matcher's index (unless it has one), and
   * returns it: every later `find` gives near-misses too. Text already matched keeps its
   * candidates until it is matched again.
   */
  addFuzzy(create: (index: MatchIndex) => FuzzyTier): FuzzyTier;
  /** Whether the fuzzy tier is in. */
  readonly fuzzy: boolean;
  /**
   * The texts matched so far without the fuzzy tier, handed over once: what the tier has to
   * check for near-misses when it arrives, without walking the page again. From then on none
   * are kept. Null when they grew past `MAX_UNCHECKED_CHARS` (a page changing for long before
   * the tier arrived) and were let go: then any text may hide a near-miss.
   */
  takeUnchecked(): readonly string[] | null;
};

/**
 * At most this much text (UTF-16 code units, 2 MB) is kept for the fuzzy tier's check. A long
 * page's first pass is well under it (wikipedia-new-zealand: 0.3 M); past it, the texts are let
 * go at once and the page is matched again when the tier arrives, so a page that keeps changing
 * and never lets the tier load (a ticker) holds no more than this.
 */
export const MAX_UNCHECKED_CHARS = 1_000_000;

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
  let unchecked: string[] | null = [];
  let uncheckedChars = 0;
  return {
    maxMatchLength: longest,
    find(text) {
      const exact = findCandidates(text, index);
      if (tier) return tier.withFuzzy(text, exact);
      if (unchecked !== null) {
        uncheckedChars += text.length;
        if (uncheckedChars <= MAX_UNCHECKED_CHARS) unchecked.push(text);
        else unchecked = null;
      }
      return exact;
    },
    addFuzzy(create) {
      tier ??= create(index);
      return tier;
    },
    get fuzzy() {
      return tier !== undefined;
    },
    takeUnchecked() {
      const texts = uncheckedChars > MAX_UNCHECKED_CHARS ? null : (unchecked ?? []);
      unchecked = null;
      uncheckedChars = 0;
      return texts;
    },
    *resolve(blocks) {
      const flat: Candidate[] = [];
      const blockOf: number[] = [];
      blocks.forEach((candidates, b) => {
        for (const candidate of candidates) {
          flat.push(candidate);
          blockOf.push(b);
        }
      });
      const out: Mention[][] = blocks.map(() => []);
      const resolved = yield* resolveMentionsInSteps(flat, index);
      for (let i = 0; i < resolved.length; i++) {
        const { candidate, ...mention } = resolved[i] as ResolvedMention;
        out[blockOf[candidate] as number]?.push(mention);
        if (i % CANDIDATES_PER_STEP === CANDIDATES_PER_STEP - 1) yield undefined;
      }
      return out;
    },
  };
}

/** Runs a matcher's `resolve` to the end at once (the batch CLI, tests). */
export function resolveAll<C extends { start: number; end: number }>(
  matcher: PageMatcher<C>,
  blocks: readonly (readonly C[])[],
): Mention[][] {
  return runToEnd(matcher.resolve(blocks));
}
