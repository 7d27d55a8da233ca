// The browser half of `npm run bench`: seeds data at the app's origin, loads pages in headless
// Chromium and times them. Pure arithmetic (median, ratio, pass) lives in bench/contract.mjs.
//
// How one load is timed: an init script, installed before any of the page's own scripts, watches
// the DOM with a MutationObserver and notes `performance.now()` (milliseconds since navigation
// start) the first time each selector matches. The benchmark's time is when the final selector
// matched AND the browser has painted that frame (rAF, then a task: the frame is on screen). A
// polling `waitForFunction` would add up to one polling interval of error to every sample.
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { benchmark, makeRow, median, unmeasuredRow } from './contract.mjs';

/** The flags every browser run of this project uses (see scripts/screenshots.mjs, e2e config). */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Pages of the static server that `npm run bench` starts on out/bench. */
export const PATHS = {
  app: 'app/index.html',
  seed: 'pages/seed/index.html',
  blank: 'pages/blank/index.html',
  read: 'pages/read/index.html',
  papaparse: 'pages/papaparse/index.html',
};

/** What "shown" means for each page. Selectors only: the product carries no benchmark hooks. */
export const SELECTORS = {
  /** The app has run and React has committed its first screen (a loading state or the shell). */
  appStarted: '#root > *',
  shell: '.app-shell',
  /** The app's own shell, not the first screen's (renderer/firstScreen marks its shell). */
  appShell: '#root > .app-shell:not([data-first-screen])',
  /** A body row of the Pilots table (VirtualTable renders only the rows in view). */
  pilotRows: 'table[aria-label="Pilots"] tbody tr',
  blankReady: '#root [data-bench-ready]',
  pilotPage: '[role="tabpanel"]',
  /** A drawn Recharts line or area with a path (lucide icons are svg too, hence the classes). */
  /** The Portfolio page's chart cards (ChartCard in renderer/features/portfolio/). */
  dashboardCharts: '.portfolio-grid > .portfolio-chart',
  /**
   * A drawn mark inside a chart card: a Recharts bar or scatter symbol with a path, a value-vs-cost
   * circle (its marks are drawn in one layer, not as Recharts symbols), a bar of the hand-drawn
   * timeline svg, or the card's stated empty state ("No … in this period").
   */
  dashboardMark:
    '.recharts-bar-rectangle path[d], .recharts-scatter-symbol path[d], ' +
    'circle.portfolio-valuecost-mark[r], svg.portfolio-timeline rect, .portfolio-chart-empty',
  /** The headline figures above the charts. */
  dashboardTileValue: '.portfolio-tiles .tile-value',
  /** The Data page's import dialog, its column mapping shown (the file has been parsed). */
  importDialog: '[role="dialog"] table caption',
  /** sonner's success toast after an import. */
  toast: '[data-sonner-toast]',
  chartLine:
    'main .recharts-surface path.recharts-line-curve[d]:not([d=""]), ' +
    'main .recharts-surface path.recharts-area-curve[d]:not([d=""])',
};

const SEED_TIMEOUT_MS = 300_000;
const LOAD_TIMEOUT_MS = 90_000;
/** How long the Outcomes tab gets to show any chart before the benchmark is "not measurable". */
const CHART_PROBE_MS = 20_000;
/** 1 KB = 1,000 bytes, as Vite's build report counts. */
const BYTES_PER_KB = 1000;

/**
 * Milliseconds to 0.1: performance.now() is coarsened to 0.1 ms (or 5 µs) anyway, and results.json
 * should not carry float noise such as 835.3000000007451.
 * @param {number} ms
 */
const tenths = (ms) => Math.round(ms * 10) / 10;

/**
 * What a milestone waits for: a selector that matches anything, or a condition over all matches
 * of `each` (at least `min` of them, every one containing `has` and/or with text matching the
 * regular expression `text`), or a list of such conditions that must all hold.
 * @typedef {{ each: string, min?: number, has?: string, text?: string }} Condition
 * @typedef {string | Condition | Condition[]} Milestone
 */

/**
 * Runs in the page before its scripts. Records, per milestone name, the first `performance.now()`
 * its condition held, and — once the `ready` milestone held — the time the next frame was
 * painted. Also sums long tasks (main-thread work over 50 ms), which the report uses to tell a
 * slow download from a slow render.
 * @param {{ milestones: Record<string, Milestone>, ready: string }} watch
 */
function installWatcher(watch) {
  /** @type {Record<string, number>} */
  const seen = {};
  const state = { seen, paintedAt: -1, longTasks: 0, longTaskMs: 0, longestTaskMs: 0 };
  Object.defineProperty(window, '__bench', { value: state });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        state.longTasks += 1;
        state.longTaskMs += entry.duration;
        state.longestTaskMs = Math.max(state.longestTaskMs, entry.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the diagnostics simply stay at zero.
  }
  /** @param {Condition} c */
  const holds1 = (c) => {
    const all = document.querySelectorAll(c.each);
    if (all.length < (c.min ?? 1)) return false;
    const pattern = c.text === undefined ? null : new RegExp(c.text);
    for (const el of all) {
      if (c.has !== undefined && !el.querySelector(c.has)) return false;
      if (pattern && !pattern.test(el.textContent ?? '')) return false;
    }
    return true;
  };
  /** @param {Milestone} m */
  const holds = (m) =>
    typeof m === 'string'
      ? document.querySelector(m) !== null
      : Array.isArray(m)
        ? m.every(holds1)
        : holds1(m);
  /** @param {Milestone} m */
  const readsText = (m) =>
    typeof m !== 'string' && (Array.isArray(m) ? m : [m]).some((c) => c.text !== undefined);
  const names = Object.keys(watch.milestones);
  const check = () => {
    const now = performance.now();
    for (const name of names) {
      if (seen[name] === undefined && holds(watch.milestones[name])) {
        seen[name] = now;
        if (name === watch.ready) {
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              state.paintedAt = performance.now();
            };
            channel.port2.postMessage(null);
          });
        }
      }
    }
    if (names.every((n) => seen[n] !== undefined)) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['d', 'class', 'aria-label'],
    // Text changes only where a milestone reads text: it costs every other benchmark nothing.
    characterData: names.some((n) => readsText(watch.milestones[n])),
  });
}

/**
 * @typedef {object} Load
 * @property {number} ms          navigation start → ready selector matched and painted
 * @property {Record<string, number>} seen  milestone → ms
 * @property {number} longTasks
 * @property {number} longTaskMs
 * @property {number} longestTaskMs
 * @property {number} jsGzipBytes  gzipped JavaScript fetched before ready (when asked for)
 * @property {number} jsRawBytes
 * @property {number} jsCount
 * @property {string[]} errors    console errors and page errors during the load
 */

/**
 * Opens `url` in a new page of `context` and waits until the `ready` milestone is painted.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 * @param {{ milestones: Record<string, Milestone>, ready: string, countScripts?: boolean,
 *   thenWaitFor?: string[], timeoutMs?: number }} watch
 * @returns {Promise<Load>}
 */
export async function timeLoad(context, url, watch) {
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  // The scripts' responses, their bodies read only once the load is measured: reading a body
  // asks the page's own process (DevTools serves it there), which took the app's main thread
  // while it was loading — work the blank page, counted without it, was spared.
  /** @type {Map<string, import('playwright-core').Response>} */
  const scripts = new Map();
  if (watch.countScripts) {
    page.on('response', (response) => {
      const type = response.headers()['content-type'] ?? '';
      if (type.includes('javascript')) scripts.set(response.url(), response);
    });
  }
  try {
    await page.addInitScript(installWatcher, {
      milestones: watch.milestones,
      ready: watch.ready,
    });
    await page.goto(url, { waitUntil: 'commit' });
    try {
      await page.waitForFunction(
        () => {
          const w = /** @type {{ __bench?: { paintedAt: number } }} */ (
            /** @type {unknown} */ (window)
          );
          return (w.__bench?.paintedAt ?? -1) >= 0;
        },
        undefined,
        { polling: 50, timeout: watch.timeoutMs ?? LOAD_TIMEOUT_MS },
      );
    } catch (error) {
      const shown = await page
        .evaluate(() => document.body?.innerText.slice(0, 300) ?? '')
        .catch(() => '(page gone)');
      const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new Error(
        `${url}: "${watch.ready}" never showed (${why}). The page said: ${JSON.stringify(shown)}` +
          (errors.length ? `; errors: ${errors.join(' | ')}` : ''),
      );
    }
    const result = await page.evaluate(() => {
      const w = /** @type {{ __bench: { seen: Record<string, number>, paintedAt: number,
        longTasks: number, longTaskMs: number, longestTaskMs: number } }} */ (
        /** @type {unknown} */ (window)
      );
      const resources = performance.getEntriesByType('resource').map((e) => ({
        name: e.name,
        startTime: e.startTime,
        responseEnd: e.responseEnd,
        script:
          e.initiatorType === 'script' || e.initiatorType === 'link' || e.name.endsWith('.js'),
      }));
      return { ...w.__bench, resources };
    });
    const readyAt = result.seen[watch.ready] ?? result.paintedAt;
    // When the last script needed for the first render had arrived: separates download time from
    // what the page did with it.
    const scriptsLoaded = Math.max(
      0,
      ...result.resources
        .filter((r) => r.script && r.startTime <= readyAt)
        .map((r) => r.responseEnd),
    );
    let jsGzipBytes = 0;
    let jsRawBytes = 0;
    let jsCount = 0;
    if (watch.countScripts) {
      // "Loaded before first render": fetches the page started before the ready selector matched.
      const before = new Set(
        result.resources.filter((r) => r.startTime <= readyAt).map((r) => r.name),
      );
      for (const [scriptUrl, response] of scripts) {
        if (!before.has(scriptUrl)) continue;
        const bytes = await response.body().catch(() => null);
        if (!bytes) throw new Error(`could not read the body of ${scriptUrl}`);
        jsRawBytes += bytes.length;
        jsGzipBytes += gzipSync(bytes).length;
        jsCount += 1;
      }
    }
    // Milestones to wait for after the ready one has painted: the app's own shell replacing the
    // first screen, the moment everything on it works.
    for (const name of watch.thenWaitFor ?? []) {
      if (result.seen[name] !== undefined) continue;
      result.seen[name] = await page
        .waitForFunction(
          (milestone) =>
            /** @type {{ __bench: { seen: Record<string, number> } }} */ (
              /** @type {unknown} */ (window)
            ).__bench.seen[milestone],
          name,
          { polling: 50, timeout: watch.timeoutMs ?? LOAD_TIMEOUT_MS },
        )
        .then((handle) => /** @type {Promise<number>} */ (handle.jsonValue()));
    }
    return {
      ms: result.paintedAt,
      seen: { scriptsLoaded, ...result.seen },
      longTasks: result.longTasks,
      longTaskMs: result.longTaskMs,
      longestTaskMs: result.longestTaskMs,
      jsGzipBytes,
      jsRawBytes,
      jsCount,
      errors,
    };
  } finally {
    await page.close();
  }
}

/**
 * @typedef {object} Seeded  what the seeding page reports (bench/pages/seed/seed.tsx)
 * @property {string} portfolioId
 * @property {string} [pilotId]
 * @property {string[]} [portfolioIds]
 * @property {string} [dbName]
 * @property {number} pilots
 * @property {number} [metrics]
 * @property {{ pilot: string, metric: string }[]} [metricNames]
 * @property {number} measurements
 * @property {number} ms
 * @property {number} [generateMs]
 * @property {number} [writeMs]
 */

/**
 * Fills the IndexedDB of `context` at the app's origin through the seeding page.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} baseUrl
 * @param {Record<string, number | string>} params  e.g. { pilots: 200 } or { measurements: 100000 }
 * @returns {Promise<Seeded>}
 */
export async function seed(context, baseUrl, params) {
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    const query = new URLSearchParams(
      Object.entries(params).map(([k, v]) => [k, String(v)]),
    ).toString();
    // Not waiting for `load`: generating a large sample holds the page's main thread for a while.
    await page.goto(`${baseUrl}${PATHS.seed}?${query}`, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => document.title === 'seeded' || document.title === 'seed-failed',
      undefined,
      {
        polling: 100,
        timeout: SEED_TIMEOUT_MS,
      },
    );
    const result = await page.evaluate(() => {
      const w = /** @type {{ __benchSeed?: Record<string, unknown> }} */ (
        /** @type {unknown} */ (window)
      );
      return w.__benchSeed ?? { ok: false, error: 'no result' };
    });
    if (!result.ok || errors.length > 0) {
      throw new Error(
        `seeding ${query} failed: ${String(result.error ?? '')} ${errors.join(' | ')}`.trim(),
      );
    }
    /** @type {unknown} */
    const seeded = result;
    return /** @type {Seeded} */ (seeded);
  } finally {
    await page.close();
  }
}

/** 1,000,000 measurements: the size of both million-record benchmarks. */
const MILLION = 1_000_000;
/** Seeding 1,000,000 measurements takes a while on a loaded 2-core machine. */
const HEAVY_TIMEOUT_MS = 240_000;
/** The chart cards of the Portfolio page (PortfolioDashboard.tsx): all must have drawn. */
const DASHBOARD_CHARTS = 7;
/**
 * The import's portfolio: shaped like the dashboard's (500 pilots, 5,000 metrics) but with no
 * measurements, so the file's 200 days a metric (2019-01-01 on) never meet a stored date.
 */
const IMPORT_PILOTS = 500;
const IMPORT_METRICS = 5_000;
/** The first day of the generated CSV: fixed, so the file is the same byte for byte every run. */
const CSV_FIRST_DAY = Date.UTC(2019, 0, 1) / 86_400_000;

/** @param {string} field */
const csvField = (field) => (/[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);

/**
 * Writes a measurements CSV of `rows` rows, `pilot,metric,date,value`, spread evenly over
 * `metrics` (each gets consecutive days from 2019-01-01), values a seeded random walk with one
 * decimal. Deterministic: the same names give the same bytes.
 * @param {string} path
 * @param {readonly { pilot: string, metric: string }[]} metrics
 * @param {number} rows
 * @returns {Promise<number>} bytes written
 */
export async function writeMeasurementsCsv(path, metrics, rows) {
  if (metrics.length === 0) throw new Error('no metrics to write measurements for');
  const out = createWriteStream(path);
  let bytes = 0;
  let seed = 20_240_611;
  const random = () => {
    // mulberry32: small, fast, deterministic
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const perMetric = Math.ceil(rows / metrics.length);
  /** @type {string[]} */
  let chunk = ['pilot,metric,date,value'];
  let written = 0;
  const flush = async () => {
    const text = `${chunk.join('\n')}\n`;
    chunk = [];
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  for (const m of metrics) {
    const prefix = `${csvField(m.pilot)},${csvField(m.metric)},`;
    let level = 50 + random() * 100;
    for (let i = 0; i < perMetric && written < rows; i++, written++) {
      level = Math.max(0, level + (random() - 0.5) * 4);
      const date = new Date((CSV_FIRST_DAY + i) * 86_400_000).toISOString().slice(0, 10);
      chunk.push(`${prefix}${date},${level.toFixed(1)}`);
      if (chunk.length >= 50_000) await flush();
    }
  }
  if (chunk.length) await flush();
  out.end();
  await once(out, 'finish');
  return bytes;
}

/**
/**
 * Opens `url`, waits for `startSelector`, installs the milestone watcher, then answers the file
 * chooser `choose` opens with `file` and times until `ready` is painted. `between`, when given,
 * runs once `pause` has shown: the person's turn (e.g. confirming a dialog), not timed.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 * @param {{ file: string, startSelector: string, choose: (page: import('playwright-core').Page) => Promise<void>,
 *   milestones: Record<string, Milestone>, ready: string, pause?: string,
 *   between?: (page: import('playwright-core').Page) => Promise<void> }} how
 * @returns {Promise<Load>}  ms: file chosen → ready painted, less the person's turn
 */
export async function timeFileInteraction(context, url, how) {
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  const now = () => page.evaluate(() => performance.now());
  const state = () =>
    page.evaluate(() => {
      const w = /** @type {{ __bench: { seen: Record<string, number>, paintedAt: number,
        longTasks: number, longTaskMs: number, longestTaskMs: number } }} */ (
        /** @type {unknown} */ (window)
      );
      return { ...w.__bench, seen: { ...w.__bench.seen } };
    });
  const waitFor = async (/** @type {() => boolean} */ fn, /** @type {string} */ what) => {
    try {
      await page.waitForFunction(fn, undefined, { polling: 50, timeout: HEAVY_TIMEOUT_MS });
    } catch (error) {
      const shown = await page
        .evaluate(() => document.body?.innerText.slice(0, 400) ?? '')
        .catch(() => '(page gone)');
      const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new Error(
        `${url}: ${what} never showed (${why}). The page said: ${JSON.stringify(shown)}` +
          (errors.length ? `; errors: ${errors.join(' | ')}` : ''),
      );
    }
  };
  try {
    await page.addInitScript(installWatcher, { milestones: how.milestones, ready: how.ready });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector(how.startSelector, { timeout: LOAD_TIMEOUT_MS });
    const chooser = page.waitForEvent('filechooser', { timeout: LOAD_TIMEOUT_MS });
    await how.choose(page);
    const fileChooser = await chooser;
    const started = await now();
    await fileChooser.setFiles(how.file);
    let turn = 0;
    if (how.pause && how.between) {
      const pause = how.pause;
      await page.waitForFunction(
        (name) => {
          const w = /** @type {{ __bench?: { seen: Record<string, number> } }} */ (
            /** @type {unknown} */ (window)
          );
          return w.__bench?.seen[name] !== undefined;
        },
        pause,
        { polling: 50, timeout: HEAVY_TIMEOUT_MS },
      );
      const paused = (await state()).seen[pause] ?? Number.NaN;
      const resumeAt = await now();
      turn = resumeAt - paused;
      await how.between(page);
    }
    await waitFor(() => {
      const w = /** @type {{ __bench?: { paintedAt: number } }} */ (
        /** @type {unknown} */ (window)
      );
      return (w.__bench?.paintedAt ?? -1) >= 0;
    }, `"${how.ready}"`);
    const result = await state();
    return {
      ms: result.paintedAt - started - turn,
      seen: Object.fromEntries(Object.entries(result.seen).map(([k, v]) => [k, v - started])),
      longTasks: result.longTasks,
      longTaskMs: result.longTaskMs,
      longestTaskMs: result.longestTaskMs,
      jsGzipBytes: 0,
      jsRawBytes: 0,
      jsCount: 0,
      errors,
    };
  } finally {
    await page.close();
  }
}

/**
 * @typedef {object} Pair
 * @property {Load[]} value
 * @property {Load[]} baseline
 */

/**
 * Times `value` and `baseline` side by side: `warmup` unrecorded pairs, then `runs` recorded ones,
 * alternating which goes first so a drift in machine load falls on both alike.
 * @param {number} warmup
 * @param {number} runs
 * @param {() => Promise<Load>} value
 * @param {() => Promise<Load>} baseline
 * @param {(line: string) => void} log
 * @returns {Promise<Pair>}
 */
export async function timePairs(warmup, runs, value, baseline, log) {
  /** @type {Pair} */
  const pair = { value: [], baseline: [] };
  for (let i = 0; i < warmup + runs; i++) {
    const first = i % 2 === 0 ? value : baseline;
    const second = i % 2 === 0 ? baseline : value;
    const a = await first();
    const b = await second();
    const [v, base] = i % 2 === 0 ? [a, b] : [b, a];
    const label = i < warmup ? 'warm-up' : `run ${i - warmup + 1}/${runs}`;
    log(`    ${label}: ${v.ms.toFixed(0)} ms vs ${base.ms.toFixed(0)} ms`);
    if (i >= warmup) {
      pair.value.push(v);
      pair.baseline.push(base);
    }
  }
  return pair;
}

/**
 * Medians of each milestone and of the long-task figures: what the report uses to say where time
 * went (download and parse, opening the database, rendering).
 * @param {readonly Load[]} loads
 */
export function describeLoads(loads) {
  /** @type {Record<string, number>} */
  const milestones = {};
  const names = new Set(loads.flatMap((l) => Object.keys(l.seen)));
  for (const name of names) milestones[name] = median(loads.map((l) => l.seen[name] ?? NaN));
  return {
    ms: median(loads.map((l) => l.ms)),
    milestones,
    longTasks: median(loads.map((l) => l.longTasks)),
    longTaskMs: median(loads.map((l) => l.longTaskMs)),
    longestTaskMs: median(loads.map((l) => l.longestTaskMs)),
  };
}

/** @param {ReturnType<typeof describeLoads>} d */
function describeLine(d) {
  const steps = Object.entries(d.milestones)
    .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
    .join(', ');
  return (
    `${d.ms.toFixed(0)} ms (${steps}); long tasks: ${d.longTasks} ` +
    `totalling ${d.longTaskMs.toFixed(0)} ms, longest ${d.longestTaskMs.toFixed(0)} ms`
  );
}

/**
 * @typedef {object} RunOptions
 * @property {string} executablePath
 * @property {string} baseUrl   the static server's URL, ending in '/'
 * @property {number} warmup
 * @property {number} runs
 * @property {number} loadRuns  recorded runs of each page-load benchmark (first-render, pilots-table-10k)
 * @property {number} chartRuns  recorded runs of the chart benchmark
 * @property {number} dashboardRuns  recorded runs of dashboard-1m
 * @property {number} heavyRuns  recorded runs of import-1m-csv
 * @property {string} workDir    where generated input files (the 1,000,000-row CSV) go
 * @property {(line: string) => void} log
 * @property {readonly string[]} [only]  run just these benchmarks (when working on them)
 */

/**
 * @typedef {object} BenchOutcome
 * @property {import('./contract.mjs').ResultRow[]} rows
 * @property {Record<string, string>} notes
 */

/**
 * Runs every benchmark that can run today, in one browser.
 * @param {RunOptions} options
 * @returns {Promise<BenchOutcome>}
 */
export async function runBenchmarks(options) {
  const { baseUrl, log } = options;
  const browser = await chromium.launch({
    executablePath: options.executablePath,
    args: BROWSER_ARGS,
    headless: true,
  });
  /** @type {import('./contract.mjs').ResultRow[]} */
  const rows = [];
  /** @type {Record<string, string>} */
  const notes = {};
  // One fixed window size: how many table rows are "in view" depends on it.
  const newContext = () =>
    browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });

  /**
   * Runs one benchmark, turning a failure into a failing row with the reason as its note.
   * @param {string} name
   * @param {() => Promise<void>} body
   */
  const guarded = async (name, body) => {
    if (options.only && !options.only.includes(name)) return;
    const started = Date.now();
    log(`\n${name}`);
    try {
      await body();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`  ERROR: ${message}`);
      rows.push(unmeasuredRow(benchmark(name)));
      notes[name] = `error: ${message.slice(0, 200)}`;
    }
    log(`  (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  };

  const appUrl = (/** @type {string} */ route) => `${baseUrl}${PATHS.app}#${route}`;

  try {
    // first-render and initial-js-gzip: the same loads (the built app, 200 pilots, Pilots page).
    await guarded('first-render', async () => {
      const context = await newContext();
      try {
        const seeded = await seed(context, baseUrl, { pilots: 200 });
        log(
          `  seeded ${seeded.pilots} pilots, ${seeded.measurements} measurements in ${seeded.ms} ms`,
        );
        const appWatch = {
          milestones: {
            appStarted: SELECTORS.appStarted,
            shell: SELECTORS.shell,
            rows: SELECTORS.pilotRows,
            appShell: SELECTORS.appShell,
          },
          ready: 'rows',
          countScripts: true,
          thenWaitFor: ['appShell'],
        };
        const pair = await timePairs(
          options.warmup,
          options.loadRuns,
          () => timeLoad(context, appUrl('/pilots'), appWatch),
          () =>
            timeLoad(context, `${baseUrl}${PATHS.blank}`, {
              milestones: { appStarted: SELECTORS.appStarted, rows: SELECTORS.blankReady },
              ready: 'rows',
            }),
          log,
        );
        const value = describeLoads(pair.value);
        const baseline = describeLoads(pair.baseline);
        log(`  app:   ${describeLine(value)}`);
        log(`  blank: ${describeLine(baseline)}`);
        rows.push(
          makeRow({
            ...benchmark('first-render'),
            value: tenths(value.ms),
            baseline: tenths(baseline.ms),
          }),
        );
        notes['first-render'] =
          `200 pilots; median of ${options.loadRuns} after ${options.warmup} warm-up`;

        const kb = median(pair.value.map((l) => l.jsGzipBytes)) / BYTES_PER_KB;
        const rawKb = median(pair.value.map((l) => l.jsRawBytes)) / BYTES_PER_KB;
        const files = median(pair.value.map((l) => l.jsCount));
        log(
          `  initial JS: ${files} files, ${rawKb.toFixed(1)} KB raw, ${kb.toFixed(1)} KB gzipped`,
        );
        rows.push(
          makeRow({
            ...benchmark('initial-js-gzip'),
            value: Math.round(kb * 100) / 100,
            baseline: 1,
          }),
        );
        notes['initial-js-gzip'] =
          `${files} files, ${rawKb.toFixed(0)} KB raw; gzip level 6; 1 KB = 1,000 bytes`;
        const errors = pair.value.flatMap((l) => l.errors);
        if (errors.length) log(`  app errors: ${[...new Set(errors)].join(' | ')}`);
      } finally {
        await context.close();
      }
    });
    if (
      !rows.some((r) => r.name === 'initial-js-gzip') &&
      rows.some((r) => r.name === 'first-render')
    ) {
      rows.push(unmeasuredRow(benchmark('initial-js-gzip')));
      notes['initial-js-gzip'] = 'measured with first-render, which failed';
    }

    await guarded('pilots-table-10k', async () => {
      const small = await newContext();
      const large = await newContext();
      try {
        const seededSmall = await seed(small, baseUrl, { pilots: 100 });
        log(`  seeded ${seededSmall.pilots} pilots in ${seededSmall.ms} ms`);
        const seededLarge = await seed(large, baseUrl, { pilots: 10_000 });
        log(
          `  seeded ${seededLarge.pilots} pilots, ${seededLarge.measurements} measurements ` +
            `in ${seededLarge.ms} ms`,
        );
        const watch = {
          milestones: {
            appStarted: SELECTORS.appStarted,
            shell: SELECTORS.shell,
            rows: SELECTORS.pilotRows,
          },
          ready: 'rows',
        };
        const pair = await timePairs(
          options.warmup,
          options.loadRuns,
          () => timeLoad(large, appUrl('/pilots'), watch),
          () => timeLoad(small, appUrl('/pilots'), watch),
          log,
        );
        const value = describeLoads(pair.value);
        const baseline = describeLoads(pair.baseline);
        log(`  10,000: ${describeLine(value)}`);
        log(`  100:    ${describeLine(baseline)}`);
        rows.push(
          makeRow({
            ...benchmark('pilots-table-10k'),
            value: tenths(value.ms),
            baseline: tenths(baseline.ms),
          }),
        );
        notes['pilots-table-10k'] =
          `10,000 vs 100 pilots (sample density, 78 measurements a pilot); ` +
          `median of ${options.loadRuns} after ${options.warmup} warm-up`;
      } finally {
        await small.close();
        await large.close();
      }
    });

    await guarded('metric-chart-100k', async () => {
      const small = await newContext();
      let large = null;
      try {
        const seededSmall = await seed(small, baseUrl, { measurements: 500 });
        const chartWatch = {
          milestones: {
            appStarted: SELECTORS.appStarted,
            pilotPage: SELECTORS.pilotPage,
            chart: SELECTORS.chartLine,
          },
          ready: 'chart',
        };
        const smallUrl = appUrl(`/pilots/${seededSmall.pilotId}/outcomes`);
        // Is there a chart to time at all? The Outcomes tab may still be a placeholder.
        try {
          await timeLoad(small, smallUrl, { ...chartWatch, timeoutMs: CHART_PROBE_MS });
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          log(`  no chart: ${message.slice(0, 300)}`);
          rows.push(unmeasuredRow(benchmark('metric-chart-100k')));
          notes['metric-chart-100k'] =
            'not measurable yet: the Outcomes tab draws no svg chart (.recharts-line-curve / ' +
            `.recharts-area-curve) within ${CHART_PROBE_MS / 1000} s`;
          return;
        }
        large = await newContext();
        const seededLarge = await seed(large, baseUrl, { measurements: 100_000 });
        log(`  seeded ${seededLarge.measurements} measurements in ${seededLarge.ms} ms`);
        const largeUrl = appUrl(`/pilots/${seededLarge.pilotId}/outcomes`);
        const largeContext = large;
        const pair = await timePairs(
          options.warmup,
          options.chartRuns,
          () => timeLoad(largeContext, largeUrl, chartWatch),
          () => timeLoad(small, smallUrl, chartWatch),
          log,
        );
        const value = describeLoads(pair.value);
        const baseline = describeLoads(pair.baseline);
        log(`  100,000: ${describeLine(value)}`);
        log(`  500:     ${describeLine(baseline)}`);
        rows.push(
          makeRow({
            ...benchmark('metric-chart-100k'),
            value: tenths(value.ms),
            baseline: tenths(baseline.ms),
          }),
        );
        notes['metric-chart-100k'] =
          `one metric, 100,000 vs 500 daily measurements; ` +
          `median of ${options.chartRuns} after ${options.warmup} warm-up`;
      } finally {
        await small.close();
        await large?.close();
      }
    });
    await guarded('dashboard-1m', async () => {
      const context = await newContext();
      try {
        const seeded = await seed(context, baseUrl, {
          pilots: 500,
          measurementsTarget: MILLION,
          metrics: 5_000,
        });
        log(
          `  seeded ${seeded.pilots} pilots, ${seeded.metrics} metrics, ${seeded.measurements} ` +
            `measurements in ${seeded.ms} ms (generate ${seeded.generateMs}, write ${seeded.writeMs})`,
        );
        if (!seeded.dbName) throw new Error('the seeding page did not say which database it wrote');
        const cards = { each: SELECTORS.dashboardCharts, min: DASHBOARD_CHARTS };
        const dashWatch = {
          milestones: {
            appStarted: SELECTORS.appStarted,
            cards: cards,
            tiles: { each: SELECTORS.dashboardTileValue, text: '\\d' },
            drawn: [
              { ...cards, has: SELECTORS.dashboardMark },
              { each: SELECTORS.dashboardTileValue, text: '\\d' },
            ],
          },
          ready: 'drawn',
          timeoutMs: HEAVY_TIMEOUT_MS,
        };
        const readUrl = `${baseUrl}${PATHS.read}?db=${encodeURIComponent(seeded.dbName)}`;
        const readWatch = {
          milestones: { read: SELECTORS.blankReady },
          ready: 'read',
          timeoutMs: HEAVY_TIMEOUT_MS,
        };
        const pair = await timePairs(
          options.warmup,
          options.dashboardRuns,
          () => timeLoad(context, appUrl('/'), dashWatch),
          () => timeLoad(context, readUrl, readWatch),
          log,
        );
        const value = describeLoads(pair.value);
        const baseline = describeLoads(pair.baseline);
        log(`  dashboard: ${describeLine(value)}`);
        log(`  getAll:    ${describeLine(baseline)}`);
        const errors = pair.value.flatMap((l) => l.errors);
        if (errors.length) log(`  app errors: ${[...new Set(errors)].join(' | ')}`);
        rows.push(
          makeRow({
            ...benchmark('dashboard-1m'),
            value: tenths(value.ms),
            baseline: tenths(baseline.ms),
          }),
        );
        notes['dashboard-1m'] =
          `${seeded.pilots} pilots, ${seeded.metrics} metrics, ${seeded.measurements} ` +
          `measurements; all ${DASHBOARD_CHARTS} chart cards drawn vs getAll of every table; ` +
          `median of ${options.dashboardRuns} after ${options.warmup} warm-up`;
      } finally {
        await context.close();
      }
    });

    await guarded('import-1m-csv', async () => {
      const context = await newContext();
      try {
        const portfolios = options.warmup + options.heavyRuns;
        // One fresh portfolio per import (same names, no measurements): every run writes 1,000,000
        // new measurements, none clashes with a stored date, so no run asks keep-or-replace.
        const seeded = await seed(context, baseUrl, {
          pilots: IMPORT_PILOTS,
          metrics: IMPORT_METRICS,
          measurementsTarget: 0,
          copies: portfolios,
          names: 1,
        });
        const ids = seeded.portfolioIds ?? [];
        if (ids.length !== portfolios || !seeded.metricNames) {
          throw new Error('the seeding page did not return the portfolios and names asked for');
        }
        log(
          `  seeded ${portfolios} portfolios of ${seeded.pilots} pilots, ${seeded.metrics} ` +
            `metrics, no measurements in ${seeded.ms} ms`,
        );
        const csv = join(options.workDir, 'import-1m.csv');
        const csvStarted = Date.now();
        const bytes = await writeMeasurementsCsv(csv, seeded.metricNames, MILLION);
        log(
          `  wrote ${MILLION} rows, ${(bytes / 1e6).toFixed(1)} MB to ${csv} in ` +
            `${Date.now() - csvStarted} ms`,
        );
        let next = 0;
        const importOnce = async () => {
          const id = ids[next++];
          if (id === undefined) throw new Error('more imports than portfolios seeded');
          await seed(context, baseUrl, { open: id });
          return timeFileInteraction(context, appUrl('/data'), {
            file: csv,
            startSelector: 'main h1',
            choose: (page) => page.getByRole('button', { name: 'Import CSV…' }).click(),
            milestones: {
              mapping: SELECTORS.importDialog,
              done: { each: SELECTORS.toast, text: '^Imported' },
            },
            pause: 'mapping',
            between: (page) =>
              page
                .getByRole('dialog', { name: 'Import measurements' })
                .getByRole('button', { name: 'Check and import' })
                .click(),
            ready: 'done',
          });
        };
        const parseOnce = () =>
          timeFileInteraction(context, `${baseUrl}${PATHS.papaparse}`, {
            file: csv,
            startSelector: '#file',
            choose: (page) => page.locator('#file').click(),
            milestones: { done: SELECTORS.blankReady },
            ready: 'done',
          });
        const pair = await timePairs(options.warmup, options.heavyRuns, importOnce, parseOnce, log);
        const value = describeLoads(pair.value);
        const baseline = describeLoads(pair.baseline);
        log(`  import:    ${describeLine(value)}`);
        log(`  papaparse: ${describeLine(baseline)}`);
        const errors = pair.value.flatMap((l) => l.errors);
        if (errors.length) log(`  app errors: ${[...new Set(errors)].join(' | ')}`);
        rows.push(
          makeRow({
            ...benchmark('import-1m-csv'),
            value: tenths(value.ms),
            baseline: tenths(baseline.ms),
          }),
        );
        notes['import-1m-csv'] =
          `${MILLION} rows, ${(bytes / 1e6).toFixed(0)} MB, into ${seeded.metrics} metrics of ` +
          `${seeded.pilots} pilots; file chosen → success toast, less the confirm click, vs ` +
          `papaparse on the same File; median of ${options.heavyRuns} after ${options.warmup} warm-up`;
      } finally {
        await context.close();
      }
    });
  } finally {
    await browser.close();
  }
  return { rows, notes };
}
