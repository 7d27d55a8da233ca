import type { PortfolioAggregate } from '@shared/domain/portfolio';
import type { AggregateArgs } from './portfolioEngine';
import { RpcClient, workersAvailable } from './rpc';

/** Aggregates a portfolio's database off the main thread; inline where there is no Worker (jsdom). */
export interface PortfolioAggregator {
  aggregate: (args: AggregateArgs) => Promise<PortfolioAggregate>;
  dispose: () => void;
}

export function createPortfolioAggregator(useWorker = workersAvailable): PortfolioAggregator {
  const rpc = new RpcClient(
    useWorker
      ? () => new Worker(new URL('./portfolio.worker.ts', import.meta.url), { type: 'module' })
      : null,
    async () => (await import('./portfolioEngine')).portfolioHandlers,
  );
  return {
    aggregate: (args) => rpc.call<PortfolioAggregate>('aggregate', args),
    dispose: () => rpc.dispose(),
  };
}
