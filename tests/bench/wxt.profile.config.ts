import { defineConfig } from 'wxt';
import base from '../../wxt.config';

/**
 * The extension built unminified, so `npm run bench -- --profile` names the content script's
 * functions: `SL_OUT_DIR=.output-profile npx wxt build -c tests/bench/wxt.profile.config.ts`,
 * then `SL_OUT_DIR=.output-profile npm run bench -- --quick --profile`. Only for reading the
 * profile: its timings are not the shipped build's.
 */
export default defineConfig({
  ...base,
  // Keep the shipped build's Vite setup (the precompiled match index) and only turn off minifying.
  vite: async (env) => ({ ...(await base.vite?.(env)), build: { minify: false } }),
});
