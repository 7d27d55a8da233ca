import { afterEach, describe, expect, it, vi } from 'vitest';
import {
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

  it('starts one worker, which is taken once', () => {
    const started: string[] = [];
    vi.stubGlobal(
      'Worker',
      class {
        constructor(url: URL) {
          started.push(url.pathname.split('/').pop() ?? '');
        }
      },
    );
    startPortfolioWorkerEarly();
    startPortfolioWorkerEarly();
    expect(started).toEqual(['portfolio.worker.ts']);
    expect(takeEarlyPortfolioWorker()).not.toBeNull();
    expect(takeEarlyPortfolioWorker()).toBeNull();
  });
});
