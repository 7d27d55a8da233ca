// Before any schema parses, should one ever load here (the aggregation loads none: see
// shared/model/constants.ts): see zodConfig.ts.
import '../zodConfig';
import {
  addSupervisionLogs,
  aggregateWithoutLogs,
  startCompletion,
  type PortfolioAggregate,
  type PortfolioAggregateBase,
} from '@shared/domain/portfolio';
import { partOfKey, readPortfolio, type PortfolioRead } from './portfolioRead';
import type { Handler, HandlerResult, RpcContext } from './rpc';

export interface AggregateArgs {
  dbName: string;
  today: string;
  /**
   * The database's version as the app has it open, when it has: a worker that read the database
   * earlier checks its read is of this version without opening the database again.
   */
  version?: number;
}

/**
 * Aggregates what `read` brings (see readPortfolio) as it arrives: what needs neither log nor
 * measurement while the supervision logs are read; everything that needs no measurement while
 * the measurements, most of what it reads, are still arriving, handed to `onBase` (the dashboard
 * draws what it can from it meanwhile); then each part of the series' pilots as it comes, so only
 * the last part's are left once the read is done.
 */
export async function aggregateRead(
  read: PortfolioRead,
  today: string,
  onBase?: (base: PortfolioAggregateBase) => void,
): Promise<PortfolioAggregate> {
  const withoutLogs = aggregateWithoutLogs(await read.withoutLogs, today);
  const partial = addSupervisionLogs(withoutLogs, await read.supervisionLogs);
  onBase?.(partial.base);
  const parts = await read.measurementParts;
  const completion = startCompletion(partial, await parts.metrics);
  await Promise.all(
    parts.series.map((part, i) =>
      part.then((series) => completion.add(series, (pilotId) => partOfKey(pilotId) === i)),
    ),
  );
  return completion.finish();
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
