import { defineConfig } from '@playwright/test';

// Browser tests drive Debian's Chromium with the built extension loaded (see tests/e2e/fixtures.ts).
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  workers: 2,
  fullyParallel: true,
  retries: 0,
  outputDir: 'test-results',
  reporter: [['list']],
});
