import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountCard } from '../../lib/card/mount-card';
import { closedShadowRootApi } from '../../lib/dom/closed-shadow-root';
import { createEngineMatcher, type EngineMatcher } from '../../lib/dom/engine-matcher';
import { addFuzzyTierWhenIdle, FUZZY_TIER_FILE } from '../../lib/dom/load-fuzzy-tier';
import { createMentionStore } from '../../lib/dom/mention-store';
import { createPageLens } from '../../lib/dom/page-lens';
import { ambiguities, entities } from '../../lib/knowledge/core';
import { buildIndex } from '../../lib/match/build-index';
import { isMessage } from '../../lib/messages';
import { loadSettings, watchSettings } from '../../lib/settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Top frame only: same-origin frames are walked from here (one store, one card); a
  // cross-origin frame is another site's page.
  runAt: 'document_idle',
  // WXT would also post a message to the page's window on start (kept only for its older
  // versions): every page's own `message` listeners would receive it, and the post costs
  // 4-6 ms of our start-up task. Its custom event on `document` does the same job.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    let settings = await loadSettings();
    if (ctx.isInvalid) return;
    const store = createMentionStore();
    const closedShadowRoot = closedShadowRootApi();
    let matcher: EngineMatcher | undefined;
    const lens = createPageLens({
      document,
      store,
      settings,
      signal: ctx.signal,
      closedShadowRoot,
      createMatcher: () => (matcher = createEngineMatcher(buildIndex(entities, ambiguities))),
    });
    // The fuzzy tier (fuse.js) loads once the scan has painted, off the start-up path.
    let fuzzy: Promise<void> | undefined;
    const addFuzzy = () => {
      if (!matcher || fuzzy) return;
      const url = browser.runtime.getURL(FUZZY_TIER_FILE);
      const options = { matcher, lens, url, signal: ctx.signal };
      fuzzy = addFuzzyTierWhenIdle(options);
    };
    addFuzzy();
    const card = mountCard(ctx, store, () => settings);
    ctx.onInvalidated(
      watchSettings((next) => {
        settings = next;
        lens.update(next);
        addFuzzy();
      }),
    );
    const onMessage = (message: unknown) => {
      if (!isMessage(message)) return undefined;
      if (message.type === 'summit-lens:get-summary') return Promise.resolve(lens.summary());
      if (message.type === 'summit-lens:reveal') card.reveal(message.entity);
      if (message.type === 'summit-lens:navigate') card.navigate(message.direction);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
