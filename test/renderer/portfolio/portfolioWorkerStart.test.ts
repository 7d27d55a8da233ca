import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  EARLY_PORTFOLIO_WORKER,
  newPortfolioWorker,
  startPortfolioWorkerEarly,
  takeEarlyPortfolioWorker,
} from '../../../renderer/workers/portfolioWorkerStart';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('starting the aggregation worker early', () => {
  it('starts nothing where there are no workers (jsdom)', () => {
    startPortfolioWorkerEarly();
    expect(takeEarlyPortfolioWorker()).toBeNull();
  });

  it('starts one worker, named to read the portfolio opened last at once, which is taken once', () => {
    const started: string[] = [];
    vi.stubGlobal(
      'Worker',
      class {
        constructor(url: URL, options: WorkerOptions) {
          started.push(`${url.pathname.split('/').pop() ?? ''} ${options.name ?? '(no name)'}`);
        }
      },
    );
    startPortfolioWorkerEarly();
    startPortfolioWorkerEarly();
    // Later workers (the page's own aggregations) read only what they are asked for.
    newPortfolioWorker();
    expect(started).toEqual([
      `portfolio.worker.ts ${EARLY_PORTFOLIO_WORKER}`,
      'portfolio.worker.ts (no name)',
    ]);
    expect(takeEarlyPortfolioWorker()).not.toBeNull();
    expect(takeEarlyPortfolioWorker()).toBeNull();
  });
});
