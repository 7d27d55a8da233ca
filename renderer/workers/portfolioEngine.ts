// Before any schema parses (the domain's model uses zod): see zodConfig.ts.
import '../zodConfig';
import {
  aggregateWithoutMeasurements,
  completeAggregate,
  type PortfolioAggregate,
  type PortfolioAggregateBase,
} from '@shared/domain/portfolio';
import { readPortfolio, type PortfolioRead } from './portfolioRead';
import type { Handler, HandlerResult, RpcContext } from './rpc';

export interface AggregateArgs {
  dbName: string;
  today: string;
}

/**
 * Aggregates what `read` brings (see readPortfolio): everything that needs no measurement is
 * worked out while the measurements, most of what it reads, are still arriving, and handed to
 * `onBase` (the dashboard draws what it can from it meanwhile).
 */
export async function aggregateRead(
  read: PortfolioRead,
  today: string,
  onBase?: (base: PortfolioAggregateBase) => void,
): Promise<PortfolioAggregate> {
  const partial = aggregateWithoutMeasurements(await read.rest, today);
  onBase?.(partial.base);
  return completeAggregate(partial, await read.measurements);
}

/** Reads the tables the dashboard needs straight from IndexedDB and aggregates them. */
export function aggregateDatabase(
  args: AggregateArgs,
  onBase?: (base: PortfolioAggregateBase) => void,
): Promise<PortfolioAggregate> {
  return aggregateRead(readPortfolio(args.dbName), args.today, onBase);
}

export const portfolioHandlers: Record<string, Handler> = {
  aggregate: async (
    args: AggregateArgs,
    context: RpcContext,
  ): Promise<HandlerResult<PortfolioAggregate>> => ({
    value: await aggregateDatabase(args, context.partial),
  }),
};
