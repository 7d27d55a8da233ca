// `npm test`: every check the project has, in one run, ending with one line a person (or CI) can
// read: `N passed, M failed[, K skipped]`.
//
// Steps run in order and keep going after a failure, so one run shows everything that is wrong;
// only the end-to-end step is skipped when the build failed (it would test a stale or missing
// build). Static checks count as one test each; test counts come from the runners' JSON reports,
// never from scraping their console output.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SKIP_MESSAGE, exitCodeWithoutBrowser, localBin } from './run-e2e.mjs';
import { findBrowser } from './find-browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shell = process.platform === 'win32';

export const VITEST_REPORT = 'test-results/vitest.json';
export const PLAYWRIGHT_REPORT = 'test-results/e2e.json';

/**
 * @typedef {object} Counts
 * @property {number} passed
 * @property {number} failed
 * @property {number} skipped
 * @property {string} [note] why the numbers are not simply the report's
 */

/** @param {unknown} value */
function count(value) {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;
}

/** @param {unknown} value @returns {value is Record<string, unknown>} */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A pass/fail check (typecheck, lint, format, build) is one test. @param {number} exitCode */
export function countsFromCheck(exitCode) {
  return exitCode === 0
    ? { passed: 1, failed: 0, skipped: 0 }
    : { passed: 0, failed: 1, skipped: 0 };
}

/**
 * Counts from Vitest's JSON report (Jest-compatible shape). A file that fails to load has no
 * tests, only a failed file result: it counts as one failed test so it cannot vanish from the total.
 * @param {unknown} report parsed JSON, or null when there is no report
 * @param {number} exitCode
 * @returns {Counts}
 */
export function countsFromVitestReport(report, exitCode) {
  if (!isObject(report)) {
    return { passed: 0, failed: 1, skipped: 0, note: 'no report: the runner crashed' };
  }
  const passed = count(report.numPassedTests);
  const skipped = count(report.numPendingTests) + count(report.numTodoTests);
  let failed = count(report.numFailedTests);
  const files = Array.isArray(report.testResults) ? report.testResults : [];
  const brokenFiles = files.filter(
    (file) =>
      isObject(file) &&
      file.status === 'failed' &&
      (!Array.isArray(file.assertionResults) || file.assertionResults.length === 0),
  ).length;
  failed += brokenFiles;
  if (failed === 0 && exitCode !== 0) {
    return { passed, failed: 1, skipped, note: 'the runner failed outside any test' };
  }
  return brokenFiles > 0
    ? { passed, failed, skipped, note: `${brokenFiles} file(s) failed to load` }
    : { passed, failed, skipped };
}

/**
 * Counts from Playwright's JSON report. `flaky` (passed only on a retry) counts as failed: retries
 * are 0 here, so it appears only if someone adds retries, and a test that needs one hides a bug.
 * Top-level errors (a spec that does not load, a crashed global setup) count one each.
 * @param {unknown} report parsed JSON, or null when there is no report
 * @param {number} exitCode
 * @returns {Counts}
 */
export function countsFromPlaywrightReport(report, exitCode) {
  if (!isObject(report) || !isObject(report.stats)) {
    return { passed: 0, failed: 1, skipped: 0, note: 'no report: the runner crashed' };
  }
  const { stats } = report;
  const globalErrors = Array.isArray(report.errors) ? report.errors.length : 0;
  const passed = count(stats.expected);
  const skipped = count(stats.skipped);
  const failed = count(stats.unexpected) + count(stats.flaky) + globalErrors;
  if (failed === 0 && exitCode !== 0) {
    return { passed, failed: 1, skipped, note: 'the runner failed outside any test' };
  }
  return globalErrors > 0
    ? { passed, failed, skipped, note: `${globalErrors} error(s) outside tests` }
    : { passed, failed, skipped };
}

/** @param {Counts[]} all @returns {Counts} */
export function sumCounts(all) {
  return all.reduce(
    (sum, c) => ({
      passed: sum.passed + c.passed,
      failed: sum.failed + c.failed,
      skipped: sum.skipped + c.skipped,
    }),
    { passed: 0, failed: 0, skipped: 0 },
  );
}

/** The last line of every run. @param {Counts} totals */
export function finalLine(totals) {
  const line = `${totals.passed} passed, ${totals.failed} failed`;
  return totals.skipped > 0 ? `${line}, ${totals.skipped} skipped` : line;
}

/**
 * @typedef {object} StepResult
 * @property {string} name
 * @property {'passed' | 'failed' | 'skipped'} result
 * @property {Counts} counts
 * @property {number} seconds
 */

/** @param {StepResult[]} steps @returns {string[]} */
export function summaryTable(steps) {
  const rows = [
    ['step', 'result', 'counts', 'seconds'],
    ...steps.map((step) => {
      const { passed, failed, skipped, note } = step.counts;
      const counts = `${passed} passed, ${failed} failed, ${skipped} skipped${note ? ` (${note})` : ''}`;
      return [step.name, step.result, counts, step.seconds.toFixed(1)];
    }),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const format = (/** @type {string[]} */ row) =>
    row
      .map((cell, column) =>
        column === 3 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]),
      )
      .join('  ')
      .trimEnd();
  return [
    format(rows[0]),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.slice(1).map(format),
  ];
}

/** @param {Counts} counts @returns {StepResult['result']} */
function resultOf(counts) {
  if (counts.failed > 0) return 'failed';
  return counts.passed === 0 && counts.skipped > 0 ? 'skipped' : 'passed';
}

/** @param {string} file */
function readReport(file) {
  try {
    return JSON.parse(readFileSync(join(root, file), 'utf8'));
  } catch {
    return null;
  }
}

class Interrupted extends Error {}

/**
 * Runs a command with the person's terminal attached; returns its exit code.
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
  const child = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell });
  // Ctrl-C reaches the child too; carrying on with the next step would ignore the person.
  if (child.signal === 'SIGINT' || child.signal === 'SIGTERM') throw new Interrupted(child.signal);
  if (child.error) {
    console.error(`could not start ${command}: ${child.error.message}`);
    return 1;
  }
  return child.status ?? 1;
}

function main() {
  const startedAt = performance.now();
  /** @type {StepResult[]} */
  const results = [];
  mkdirSync(join(root, 'test-results'), { recursive: true });

  /** @type {{ name: string, title: string, run: () => Counts }[]} */
  const steps = [
    {
      name: 'typecheck',
      title: 'tsc -b',
      run: () => countsFromCheck(run(localBin('tsc'), ['-b'])),
    },
    {
      name: 'lint',
      title: 'eslint . --max-warnings 0',
      run: () => countsFromCheck(run(localBin('eslint'), ['.', '--max-warnings', '0'])),
    },
    {
      name: 'format',
      title: 'prettier --check .',
      run: () => countsFromCheck(run(localBin('prettier'), ['--check', '.'])),
    },
    {
      name: 'build',
      title: 'electron-vite build',
      run: () => countsFromCheck(run(localBin('electron-vite'), ['build'])),
    },
    {
      name: 'unit',
      title: 'vitest run',
      run: () => {
        // A report left by an earlier run must never be counted for this one.
        rmSync(join(root, VITEST_REPORT), { force: true });
        const code = run(localBin('vitest'), [
          'run',
          '--reporter=default',
          '--reporter=json',
          `--outputFile.json=${VITEST_REPORT}`,
        ]);
        return countsFromVitestReport(readReport(VITEST_REPORT), code);
      },
    },
    {
      name: 'e2e',
      title: 'playwright test (scripts/run-e2e.mjs)',
      run: () => {
        const build = results.find((step) => step.name === 'build');
        if (build?.result === 'failed') {
          console.log('e2e: skipped — the build failed');
          return { passed: 0, failed: 0, skipped: 1, note: 'not run: the build failed' };
        }
        if (!findBrowser()) {
          console.log(SKIP_MESSAGE);
          return exitCodeWithoutBrowser(process.env) === 0
            ? { passed: 0, failed: 0, skipped: 1, note: 'not run: no browser' }
            : { passed: 0, failed: 1, skipped: 0, note: 'no browser in CI' };
        }
        rmSync(join(root, PLAYWRIGHT_REPORT), { force: true });
        const code = run(process.execPath, [join(root, 'scripts', 'run-e2e.mjs')]);
        return countsFromPlaywrightReport(readReport(PLAYWRIGHT_REPORT), code);
      },
    },
  ];

  try {
    steps.forEach((step, index) => {
      console.log(`\n━━━ [${index + 1}/${steps.length}] ${step.name}: ${step.title} ━━━`);
      const stepStart = performance.now();
      const counts = step.run();
      const seconds = (performance.now() - stepStart) / 1000;
      results.push({ name: step.name, result: resultOf(counts), counts, seconds });
      console.log(`━━━ ${step.name}: ${resultOf(counts)} in ${seconds.toFixed(1)} s`);
    });
  } catch (error) {
    if (error instanceof Interrupted) {
      console.error(`\nnpm test: interrupted (${error.message})`);
      return 130;
    }
    throw error;
  }

  const totals = sumCounts(results.map((step) => step.counts));
  const totalSeconds = (performance.now() - startedAt) / 1000;
  console.log('\n━━━ summary ━━━');
  for (const line of summaryTable(results)) console.log(line);
  console.log(`total time ${totalSeconds.toFixed(1)} s`);
  console.log(finalLine(totals));
  return totals.failed > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!existsSync(join(root, 'node_modules'))) {
    console.error('npm test: node_modules is missing; run npm ci first');
    console.log(finalLine({ passed: 0, failed: 1, skipped: 0 }));
    process.exitCode = 1;
  } else {
    process.exitCode = main();
  }
}
