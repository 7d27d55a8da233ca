/**
 * Starting the portfolio's aggregation worker. Small on purpose: the app's first script imports it
 * to start the worker before anything else has loaded (see renderer/app/startup.ts).
 */

export function newPortfolioWorker(): Worker {
  return new Worker(new URL('./portfolio.worker.ts', import.meta.url), { type: 'module' });
}

/** The name of the worker started early: it reads the portfolio opened last as it boots. */
export const EARLY_PORTFOLIO_WORKER = 'portfolio-early';

/** The same worker, named EARLY_PORTFOLIO_WORKER (see portfolioEarlyRead.ts). */
function newEarlyPortfolioWorker(): Worker {
  // The name spelt out: the bundler reads these options as written.
  return new Worker(new URL('./portfolio.worker.ts', import.meta.url), {
    type: 'module',
    name: 'portfolio-early',
  });
}

let early: Worker | null = null;

/**
 * Starts the worker as the app starts on the Portfolio page, before it knows which portfolio is
 * open: its thread, script and aggregation code load while that is read and the app's own code
 * loads. Nothing where there are no workers (jsdom).
 */
export function startPortfolioWorkerEarly(): void {
  if (typeof Worker === 'undefined') return;
  early ??= newEarlyPortfolioWorker();
}

/** The worker started early, if any, once: whoever takes it owns it (and ends it). */
export function takeEarlyPortfolioWorker(): Worker | null {
  const worker = early;
  early = null;
  return worker;
}
