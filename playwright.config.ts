import { defineConfig } from '@playwright/test';

// find-browser.mjs is plain JavaScript so `node scripts/run-e2e.mjs` can use it without a
// TypeScript loader; a computed specifier keeps tsc from demanding a declaration file, and the
// interface below states the one function we rely on.
interface FindBrowserModule {
  findBrowser: () => string | null;
}
const findBrowserUrl = new URL('./scripts/find-browser.mjs', import.meta.url).href;
const { findBrowser } = (await import(findBrowserUrl)) as FindBrowserModule;

const executablePath = findBrowser() ?? undefined;

/**
 * What Debian's Chromium needs to start as root in a container, and to stay off the network on its
 * own (component updates, sync, QUIC probes): the offline guard must only ever see the app's requests.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default defineConfig({
  testDir: 'test/e2e',
  // Artifacts go below test-results/ but not into it: Playwright empties its outputDir at start,
  // which would delete the Vitest report that `npm test` writes next to ours.
  outputDir: 'test-results/e2e-artifacts',
  // Generous for a loaded 2-core machine; performance is measured by `npm run bench`, not here.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: 0,
  // A stray `.only` would silently drop every other test from `npm test`.
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  projects: [
    {
      name: 'chromium',
      testDir: 'test/e2e',
      // Every test gets a fresh context (fresh IndexedDB), so order within a file never matters.
      fullyParallel: true,
      use: {
        browserName: 'chromium',
        // Undefined when no browser was found: test/e2e/fixtures.ts then fails with a clear hint
        // instead of Playwright's advice to download browsers, which cannot work here.
        launchOptions: { executablePath, args: CHROMIUM_ARGS },
        viewport: { width: 1280, height: 800 },
        locale: 'en-US',
        // Toasts and dialogs fade in; axe measuring colour contrast mid-fade reported text
        // that is fully legible once shown (seen on a loaded machine). Reduced motion (which the
        // app and sonner honour) makes every check see the settled screen.
        reducedMotion: 'reduce',
        // A fixed zone keeps date assertions the same on every machine.
        timezoneId: 'UTC',
        actionTimeout: 15_000,
        navigationTimeout: 30_000,
        trace: 'retain-on-failure',
        screenshot: 'only-on-failure',
      },
    },
    {
      // Specs there launch the packaged app with Playwright's `_electron` and skip themselves
      // (saying so) when no Electron binary is installed.
      name: 'electron',
      testDir: 'test/e2e-electron',
    },
  ],
});
