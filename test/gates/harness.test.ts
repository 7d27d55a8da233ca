// The test harness decides what "green" means, so its counting is tested like any calculation:
// a miscount here would let a crashed runner or a broken file pass `npm test` silently.
import { describe, expect, it } from 'vitest';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  note?: string;
}
interface TestScript {
  countsFromCheck: (exitCode: number) => Counts;
  countsFromVitestReport: (report: unknown, exitCode: number) => Counts;
  countsFromPlaywrightReport: (report: unknown, exitCode: number) => Counts;
  sumCounts: (all: Counts[]) => Counts;
  finalLine: (totals: Counts) => string;
}
interface FindBrowserScript {
  findBrowser: (options: {
    env: Record<string, string | undefined>;
    platform: NodeJS.Platform;
    isExecutable: (file: string) => boolean;
  }) => string | null;
}
interface RunE2eScript {
  exitCodeWithoutBrowser: (env: Record<string, string | undefined>) => number;
  SKIP_MESSAGE: string;
}

// The scripts are plain .mjs so Node runs them without a TypeScript loader; computed specifiers
// keep tsc from demanding declaration files, and the interfaces above state what is relied on.
const load = (file: string): Promise<unknown> =>
  import(/* @vite-ignore */ new URL(`../../scripts/${file}`, import.meta.url).href);
const testScript = (await load('test.mjs')) as TestScript;
const findBrowserScript = (await load('find-browser.mjs')) as FindBrowserScript;
const runE2eScript = (await load('run-e2e.mjs')) as RunE2eScript;

describe('npm test counting', () => {
  it('counts a static check as one test', () => {
    expect(testScript.countsFromCheck(0)).toEqual({ passed: 1, failed: 0, skipped: 0 });
    expect(testScript.countsFromCheck(2)).toEqual({ passed: 0, failed: 1, skipped: 0 });
  });

  it('reads Vitest counts, with pending and todo as skipped', () => {
    const report = {
      numPassedTests: 40,
      numFailedTests: 2,
      numPendingTests: 3,
      numTodoTests: 1,
      testResults: [{ status: 'failed', assertionResults: [{ status: 'failed' }] }],
    };
    expect(testScript.countsFromVitestReport(report, 1)).toEqual({
      passed: 40,
      failed: 2,
      skipped: 4,
    });
  });

  it('counts a Vitest file that failed to load as one failed test', () => {
    const report = {
      numPassedTests: 5,
      numFailedTests: 0,
      numPendingTests: 0,
      numTodoTests: 0,
      testResults: [
        { status: 'passed', assertionResults: [{ status: 'passed' }] },
        { status: 'failed', assertionResults: [], message: 'SyntaxError' },
      ],
    };
    expect(testScript.countsFromVitestReport(report, 1)).toMatchObject({
      passed: 5,
      failed: 1,
      skipped: 0,
    });
  });

  it('never lets a failed runner pass: a non-zero exit with no failed test is one failure', () => {
    const clean = { numPassedTests: 3, numFailedTests: 0, testResults: [] };
    expect(testScript.countsFromVitestReport(clean, 1)).toMatchObject({ passed: 3, failed: 1 });
    const stats = { expected: 3, unexpected: 0, skipped: 0, flaky: 0 };
    expect(testScript.countsFromPlaywrightReport({ stats, errors: [] }, 1)).toMatchObject({
      passed: 3,
      failed: 1,
    });
  });

  it('counts a missing report as one failure', () => {
    expect(testScript.countsFromVitestReport(null, 0)).toMatchObject({ passed: 0, failed: 1 });
    expect(testScript.countsFromPlaywrightReport(null, 0)).toMatchObject({ passed: 0, failed: 1 });
  });

  it('reads Playwright counts, with flaky and top-level errors as failures', () => {
    const report = {
      stats: { expected: 7, unexpected: 1, skipped: 2, flaky: 1 },
      errors: [{ message: 'Error: cannot load spec' }],
    };
    expect(testScript.countsFromPlaywrightReport(report, 1)).toMatchObject({
      passed: 7,
      failed: 3,
      skipped: 2,
    });
  });

  it('sums every step and prints skipped only when there are some', () => {
    const totals = testScript.sumCounts([
      { passed: 1, failed: 0, skipped: 0 },
      { passed: 40, failed: 2, skipped: 4 },
      { passed: 7, failed: 0, skipped: 0 },
    ]);
    expect(totals).toEqual({ passed: 48, failed: 2, skipped: 4 });
    expect(testScript.finalLine(totals)).toBe('48 passed, 2 failed, 4 skipped');
    expect(testScript.finalLine({ passed: 9, failed: 0, skipped: 0 })).toBe('9 passed, 0 failed');
  });
});

describe('browser discovery', () => {
  const only =
    (...files: string[]) =>
    (file: string) =>
      files.includes(file);

  it('prefers an executable CHROME_PATH', () => {
    const found = findBrowserScript.findBrowser({
      env: { CHROME_PATH: '/opt/chrome/chrome' },
      platform: 'linux',
      isExecutable: only('/opt/chrome/chrome', '/usr/bin/chromium'),
    });
    expect(found).toBe('/opt/chrome/chrome');
  });

  it('ignores a CHROME_PATH that is not there and falls back to Debian Chromium', () => {
    const found = findBrowserScript.findBrowser({
      env: { CHROME_PATH: '/nowhere/chrome' },
      platform: 'linux',
      isExecutable: only('/usr/bin/chromium', '/usr/bin/google-chrome'),
    });
    expect(found).toBe('/usr/bin/chromium');
  });

  it('finds Chrome in its usual macOS place and a browser on PATH', () => {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(
      findBrowserScript.findBrowser({ env: {}, platform: 'darwin', isExecutable: only(mac) }),
    ).toBe(mac);
    expect(
      findBrowserScript.findBrowser({
        env: { PATH: '/nix/bin:/home/me/bin' },
        platform: 'linux',
        isExecutable: only('/home/me/bin/chromium'),
      }),
    ).toBe('/home/me/bin/chromium');
  });

  it('returns null when there is none', () => {
    expect(
      findBrowserScript.findBrowser({
        env: { PATH: '/bin' },
        platform: 'linux',
        isExecutable: only(),
      }),
    ).toBeNull();
  });

  it('skips without a browser locally but fails in CI', () => {
    expect(runE2eScript.exitCodeWithoutBrowser({})).toBe(0);
    expect(runE2eScript.exitCodeWithoutBrowser({ CI: 'true' })).toBe(1);
    expect(runE2eScript.SKIP_MESSAGE).toBe(
      'e2e: skipped — no Chromium-family browser found (set CHROME_PATH or apt-get install chromium)',
    );
  });
});
