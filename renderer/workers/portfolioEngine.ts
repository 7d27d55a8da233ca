import {
  aggregateWithoutMeasurements,
  completeAggregate,
  type PortfolioAggregate,
  type PortfolioAggregateBase,
} from '@shared/domain/portfolio';
import { PortfolioDatabase } from '../db/database';
import type { Handler, HandlerResult, RpcContext } from './rpc';

export interface AggregateArgs {
  dbName: string;
  today: string;
}

const opened = new Map<string, PortfolioDatabase>();

function database(name: string): PortfolioDatabase {
  let db = opened.get(name);
  if (!db) {
    db = new PortfolioDatabase(name);
    opened.set(name, db);
  }
  return db;
}

/**
 * Reads the tables the dashboard needs straight from IndexedDB (in the worker, so the page never
 * holds a million measurements) and aggregates them. One read transaction: a consistent snapshot.
 * The measurements are asked for with the rest but take far longer to arrive; everything that
 * needs none of them is worked out meanwhile, and handed to `onBase` (the dashboard draws what it
 * can from it while the measurements still arrive).
 */
export async function aggregateDatabase(
  args: AggregateArgs,
  onBase?: (base: PortfolioAggregateBase) => void,
): Promise<PortfolioAggregate> {
  const db = database(args.dbName);
  const tables = [
    db.settings,
    db.people,
    db.pilots,
    db.agents,
    db.assignments,
    db.supervisionLogs,
    db.metrics,
    db.series,
    db.decisions,
  ];
  return db.transaction('r', tables, async () => {
    const rest = Promise.all([
      db.settings.toCollection().first(),
      db.people.toArray(),
      db.pilots.toArray(),
      db.agents.toArray(),
      db.assignments.toArray(),
      db.supervisionLogs.toArray(),
      db.decisions.toArray(),
    ]);
    const measurements = Promise.all([db.metrics.toArray(), db.series.toArray()]);
    // Should the rest fail first, the aborted read of the measurements is no second error.
    measurements.catch(() => undefined);
    const [settings, people, pilots, agents, assignments, supervisionLogs, decisions] = await rest;
    if (!settings) throw new Error('This portfolio has no settings record.');
    const partial = aggregateWithoutMeasurements(
      { settings, people, pilots, agents, assignments, supervisionLogs, decisions },
      args.today,
    );
    onBase?.(partial.base);
    const [metrics, series] = await measurements;
    return completeAggregate(partial, { metrics, series });
  });
}

export const portfolioHandlers: Record<string, Handler> = {
  aggregate: async (
    args: AggregateArgs,
    context: RpcContext,
  ): Promise<HandlerResult<PortfolioAggregate>> => ({
    value: await aggregateDatabase(args, context.partial),
  }),
};
