import type { PortfolioAggregate, PortfolioAggregateBase } from '@shared/domain/portfolio';
import type { AggregateArgs } from './portfolioEngine';
import { newPortfolioWorker } from './portfolioWorkerStart';
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

/**
 * `started`: a worker begun earlier (see portfolioWorkerStart.ts) that this aggregator takes over, so its
 * booting (a thread, its script) overlaps whatever came before the first call.
 */
export function createPortfolioAggregator(
  useWorker = workersAvailable,
  started?: Worker,
): PortfolioAggregator {
  let early = started;
  const rpc = new RpcClient(
    useWorker || early
      ? () => {
          // The early worker once; should it fail, a later call starts a new one.
          const worker = early ?? newPortfolioWorker();
          early = undefined;
          return worker;
        }
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
