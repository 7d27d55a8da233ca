import { aggregatePortfolio, type PortfolioAggregate } from '@shared/domain/portfolio';
import { PortfolioDatabase } from '../db/database';
import type { Handler, HandlerResult } from './rpc';

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
 */
export async function aggregateDatabase(args: AggregateArgs): Promise<PortfolioAggregate> {
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
  const input = await db.transaction('r', tables, async () => {
    const [
      settings,
      people,
      pilots,
      agents,
      assignments,
      supervisionLogs,
      metrics,
      series,
      decisions,
    ] = await Promise.all([
      db.settings.toCollection().first(),
      db.people.toArray(),
      db.pilots.toArray(),
      db.agents.toArray(),
      db.assignments.toArray(),
      db.supervisionLogs.toArray(),
      db.metrics.toArray(),
      db.series.toArray(),
      db.decisions.toArray(),
    ]);
    if (!settings) throw new Error('This portfolio has no settings record.');
    return {
      settings,
      people,
      pilots,
      agents,
      assignments,
      supervisionLogs,
      metrics,
      series,
      decisions,
    };
  });
  return aggregatePortfolio(input, args.today);
}

export const portfolioHandlers: Record<string, Handler> = {
  aggregate: async (args: AggregateArgs): Promise<HandlerResult<PortfolioAggregate>> => ({
    value: await aggregateDatabase(args),
  }),
};
