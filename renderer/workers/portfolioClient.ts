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

const newWorker = () =>
  new Worker(new URL('./portfolio.worker.ts', import.meta.url), { type: 'module' });

/** Starts the aggregation's worker ahead of its first call; null where there is none (jsdom). */
export function startPortfolioWorker(): Worker | null {
  return workersAvailable ? newWorker() : null;
}

/**
 * `started`: a worker begun earlier (startPortfolioWorker) that this aggregator takes over, so its
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
          const worker = early ?? newWorker();
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
