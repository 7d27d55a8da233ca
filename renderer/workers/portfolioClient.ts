import type { PortfolioAggregate, PortfolioAggregateBase } from '@shared/domain/portfolio';
import type { AggregateArgs } from './portfolioEngine';
import { RpcClient, workersAvailable } from './rpc';

/** Aggregates a portfolio's database off the main thread; inline where there is no Worker (jsdom). */
export interface PortfolioAggregator {
  /** `onBase` receives the measurement-free first answer, before the result (see aggregateDatabase). */
  aggregate: (
    args: AggregateArgs,
    onBase?: (base: PortfolioAggregateBase) => void,
  ) => Promise<PortfolioAggregate>;
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
    aggregate: (args, onBase) =>
      rpc.call<PortfolioAggregate>('aggregate', args, {
        // The engine sends exactly one partial answer: its PortfolioAggregateBase.
        onPartial: onBase && ((value) => onBase(value as PortfolioAggregateBase)),
      }),
    dispose: () => rpc.dispose(),
  };
}
