import { todayIso } from '@shared/dates';
import type { PortfolioAggregate, PortfolioAggregateBase } from '@shared/domain/portfolio';
import { openExisting } from './idbRequests';
import type { AggregateArgs } from './portfolioEngine';
import { readPortfolio } from './portfolioRead';
import { lastOpenedDbName } from './pilotsTableRead';

type Aggregate = (
  read: ReturnType<typeof readPortfolio>,
  today: string,
  onBase: (base: PortfolioAggregateBase) => void,
) => Promise<PortfolioAggregate>;

/** An aggregation the worker began on its own, before the app asked for one. */
export interface EarlyAggregation {
  /**
   * Its answer to `args`, the first answer handed to `partial` first; null where it cannot be
   * (another portfolio or day, the schema upgraded since it read, or it failed): read afresh.
   */
  answer: (
    args: AggregateArgs,
    partial?: (base: PortfolioAggregateBase) => void,
  ) => Promise<PortfolioAggregate | null>;
  /** Settles once it has finished, or failed. */
  ready: Promise<void>;
}

async function currentVersion(dbName: string): Promise<number> {
  const db = await openExisting(dbName);
  const { version } = db;
  db.close();
  return version;
}

/**
 * Begins reading and aggregating the portfolio opened last, as the worker the app starts with the
 * Portfolio page boots: the app asks for it only once it has loaded its code, looked that portfolio
 * up and opened its database (some 250 ms on a large portfolio, the read's longest wait); begun
 * here, the read overlaps all of that. The app's request then takes this answer if it names the
 * same database and day, and the database has kept its version (an upgrade by the app, which
 * finishes before it asks, would make what was read stale).
 */
export function beginEarlyAggregation(
  aggregate: Promise<Aggregate>,
  today = todayIso(),
): EarlyAggregation {
  const dbName = lastOpenedDbName();
  const read = dbName.then((name) => readPortfolio(name));
  let resolveBase: (base: PortfolioAggregateBase) => void = () => undefined;
  const base = new Promise<PortfolioAggregateBase>((resolve) => (resolveBase = resolve));
  const result = Promise.all([read, aggregate]).then(([r, run]) => run(r, today, resolveBase));
  // Unused or failed, it is no error: the request reads afresh.
  result.catch(() => undefined);
  let taken = false;
  return {
    ready: result.then(
      () => undefined,
      () => undefined,
    ),
    answer: async (args, partial) => {
      if (taken) return null;
      taken = true;
      try {
        if ((await dbName) !== args.dbName || args.today !== today) return null;
        const [readVersion, nowVersion] = await Promise.all([
          read.then((r) => r.version),
          args.version ?? currentVersion(args.dbName),
        ]);
        if (readVersion !== nowVersion) return null;
        // The app asks once it has opened the portfolio and read what its first render needs:
        // what is left to read holds up no read of its own now, and is asked for all at once
        // (after the version's check above, which would otherwise wait for all of it).
        (await read).allAtOnce();
        // The first answer always comes before the result: a failure before it reads afresh.
        const first = await Promise.race([base, result.then(() => base)]);
        partial?.(first);
        return await result;
      } catch {
        return null;
      }
    },
  };
}
