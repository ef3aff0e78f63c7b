import type { PrebuiltFuzzyTier } from './create-fuzzy-tier';

/**
 * The fuzzy tier's fuse.js indexes, built ahead of time. The build replaces this module with
 * the indexes compiled from the knowledge base (`prebuiltFuzzyTierPlugin`); elsewhere (tests,
 * scripts) it is null and the tier builds them itself.
 */
export const prebuiltFuzzyTier: PrebuiltFuzzyTier | null = null;
