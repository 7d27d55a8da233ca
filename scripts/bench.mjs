// `npm run bench`: builds the app and the benchmark pages, runs every benchmark of QUALITY.md that
// can run today in headless Chromium, prints a table and writes bench/results.json.
// Exit code 1 when any benchmark fails its target or could not be measured.
//
// Options (for working on the benchmarks; a real run takes none):
//   --skip-build   reuse out/renderer and out/bench/pages as they are
//   BENCH_RUNS=n   recorded runs per benchmark (default 5; the two page loads, first-render and
//                  pilots-table-10k, take three times as many; the chart benchmark at most 5, the
//                  import of a million rows at most 3)
//   BENCH_ONLY=a,b run only these benchmarks; bench/results.json is then left as it is
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTable, resultsJson } from '../bench/contract.mjs';
import { PATHS, runBenchmarks } from '../bench/runner.mjs';
import { NO_BROWSER_HINT, chromePathProblem, findBrowser } from './find-browser.mjs';
import { serveStatic } from './serve-static.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shell = process.platform === 'win32';
const benchOut = join(root, 'out', 'bench');

/** Benchmarks of QUALITY.md that cannot run yet, and why; printed so their absence is visible. */
const OMITTED = /** @type {{ name: string, reason: string }[]} */ ([]);

/** @param {string} name */
function localBin(name) {
  return join(root, 'node_modules', '.bin', shell ? `${name}.cmd` : name);
}

/**
 * @param {string} label
 * @param {string} bin
 * @param {string[]} args
 */
function step(label, bin, args) {
  console.log(`bench: ${label}`);
  const run = spawnSync(localBin(bin), args, { cwd: root, stdio: 'inherit', shell });
  if (run.status !== 0) {
    console.error(`bench: ${label} failed`);
    process.exit(run.status || 1);
  }
}

function build() {
  const started = Date.now();
  step('building the app (electron-vite build)', 'electron-vite', ['build']);
  // The pages import the app's renderer code; a type error there would be timed, not reported.
  step('typechecking the benchmark pages', 'tsc', ['-p', 'bench/tsconfig.json']);
  step('building the benchmark pages', 'vite', ['build', '--config', 'bench/vite.config.ts']);
  // A private copy of the built app: others may rebuild out/renderer while the benchmarks run.
  rmSync(join(benchOut, 'app'), { recursive: true, force: true });
  cpSync(join(root, 'out', 'renderer'), join(benchOut, 'app'), { recursive: true });
  console.log(`bench: built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

async function main() {
  const problem = chromePathProblem();
  if (problem) console.warn(`bench: ${problem}`);
  const executablePath = findBrowser();
  if (!executablePath) {
    console.error(`bench: ${NO_BROWSER_HINT}`);
    return 1;
  }
  if (!process.argv.includes('--skip-build')) build();
  for (const page of Object.values(PATHS)) {
    if (!existsSync(join(benchOut, page))) {
      console.error(`bench: out/bench/${page} is missing; run without --skip-build`);
      return 1;
    }
  }
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error('bench: BENCH_RUNS must be a positive integer');
    return 1;
  }

  const only = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',') : undefined;
  const started = Date.now();
  console.log(`bench: browser ${executablePath}`);
  console.log(
    `bench: load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')} (shared machine)`,
  );
  const server = await serveStatic({ root: benchOut, port: 0 });
  let outcome;
  try {
    outcome = await runBenchmarks({
      executablePath,
      baseUrl: server.url,
      warmup: 1,
      runs,
      // A page load takes a fifth of a second, and one in five on this shared machine is 50-100 ms
      // off: five loads made the median swing by ±0.3 in ratio from run to run. Fifteen cost ~10 s.
      loadRuns: runs * 3,
      chartRuns: Math.min(runs, 5),
      // The dashboard's load pairs take ~2 s: five of them, as its ratio swung from 1.9 to 2.4
      // between runs of three. The import's take ~4 s and a fresh portfolio each: three.
      dashboardRuns: runs,
      heavyRuns: Math.min(runs, 3),
      workDir: benchOut,
      only,
      log: (line) => console.log(line),
    });
  } finally {
    await server.close();
  }

  const json = resultsJson(outcome.rows);
  if (!only) writeFileSync(join(root, 'bench', 'results.json'), json);
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  console.log(`\n${formatTable(outcome.rows, outcome.notes, OMITTED)}\n`);
  const failed = outcome.rows.filter((r) => !r.pass).map((r) => r.name);
  console.log(
    `bench: ${outcome.rows.length - failed.length} of ${outcome.rows.length} pass` +
      (failed.length ? `; failing or not measurable: ${failed.join(', ')}` : '') +
      ` (benchmarks took ${minutes} min)` +
      (only ? '; BENCH_ONLY: bench/results.json left as it was' : '; wrote bench/results.json'),
  );
  return failed.length ? 1 : 0;
}

process.exitCode = await main();
