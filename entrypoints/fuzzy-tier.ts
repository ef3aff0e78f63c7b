import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerFuzzyTier } from '../lib/dom/load-fuzzy-tier';
import { startFuzzyTier } from '../lib/dom/start-fuzzy-tier';

// The fuzzy tier (fuse.js) and the check of the page that decides on a rescan, loaded by the
// content script after its first pass (see lib/dom/load-fuzzy-tier.ts), so they stay out of
// its start-up.
export default defineUnlistedScript(() => registerFuzzyTier(startFuzzyTier));
