import { defineConfig } from 'wxt';
import { eagerCompilePlugin } from './lib/build/eager-compile-plugin';
import { assertKnowledgeBase } from './lib/knowledge/validate';
import { prebuiltFuzzyTierPlugin } from './lib/match/prebuilt-fuzzy-tier-plugin';
import { precompiledIndexPlugin } from './lib/match/precompiled-index-plugin';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Parallel builds (one per worktree or agent) can each have their own output folder.
  outDir: process.env.SL_OUT_DIR ?? '.output',
  // The product owner's layout has no top-level public/: static files (icons) live in assets/.
  publicDir: 'assets/public',
  modules: ['@wxt-dev/webextension-polyfill'],
  // The sources zip for Firefox review holds the code, not test data, benchmark output or the
  // saved third-party news pages.
  zip: {
    excludeSources: [
      'reports/**',
      'tests/**',
      'test-results*/**',
      'playwright-report/**',
      'coverage/**',
      '.output*/**',
    ],
  },
  // The content script gets the match index compiled here, not the knowledge base's text, and
  // V8's hint to compile it as it loads; the fuzzy tier gets its fuse.js indexes built here too.
  vite: () => ({
    plugins: [
      precompiledIndexPlugin(import.meta.dirname, 'entrypoints/content/index.ts'),
      prebuiltFuzzyTierPlugin(import.meta.dirname),
      eagerCompilePlugin(import.meta.dirname, 'entrypoints/content/index.ts'),
    ],
  }),
  hooks: {
    // A knowledge base that fails validation (a quote not verbatim, a dangling reference…)
    // stops the build with one line per problem naming the file, record and field.
    'build:before': (wxt) => assertKnowledgeBase(wxt.config.root),
  },
  manifest: ({ browser }) => ({
    name: 'Summit Lens',
    description:
      'Highlights the people, places and topics of the 2023 Kim–Putin summit on news pages, with what five reports say.',
    permissions: ['storage'],
    // The hover card's UI (on first hover) and the fuzzy tier (after the first pass) load with
    // import() from the content script, which needs the files web-accessible. Only on the pages
    // the content script runs on, and on Chrome behind a per-session URL, so pages can't probe
    // for the extension with them.
    web_accessible_resources: [
      {
        resources: ['card-ui.js', 'fuzzy-tier.js'],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // Keyboard walk through the mentions on a page. Alt+Shift+Period/Comma are valid suggested
    // keys in both Chrome (Ctrl or Alt required, Shift optional) and Firefox (Comma and Period
    // are named keys there too), and clash with no default shortcut of either browser.
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: 'Go to the next highlighted mention and open its card',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: 'Go to the previous highlighted mention and open its card',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'summit-lens@summitlens.local',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
