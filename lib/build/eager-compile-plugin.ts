import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * V8's explicit compile hint: a script that starts with this comment has all its functions
 * compiled when it is loaded, not one by one on their first call.
 * https://v8.dev/blog/explicit-compile-hints
 */
export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Puts V8's `allFunctionsCalledOnLoad` hint at the top of the content script. Every page runs
 * the content script in a new renderer process, where V8 compiles nothing ahead: by default each
 * function is pre-parsed when the script loads and parsed again when first called, which lands
 * about 114 compilations (8–12 ms on theguardian) inside the first scan's slices. With the hint
 * they happen once, in the task that loads the script, which also skips the pre-parse. Other
 * engines ignore the comment. Only the content script: `card-ui.js` and `fuzzy-tier.js` load
 * later and call a small part of what they hold (Preact, fuse.js).
 */
export function eagerCompilePlugin(root: string, contentEntry: string): Plugin {
  const entry = path.resolve(root, contentEntry);
  return {
    name: 'summit-lens:eager-compile',
    // Last: after minifying, which would drop the comment, and after WXT's own plugin that
    // turns `var content = (function…` into an anonymous IIFE, which matches the code's start.
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        // WXT wraps each entry point in a virtual module named `…entrypoint?<path of the entry>`.
        const facade = chunk.facadeModuleId?.split('?').pop();
        if (facade === undefined || path.resolve(facade) !== entry) continue;
        if (!chunk.code.startsWith(EAGER_COMPILE_HINT)) {
          chunk.code = `${EAGER_COMPILE_HINT}\n${chunk.code}`;
        }
      }
    },
  };
}
