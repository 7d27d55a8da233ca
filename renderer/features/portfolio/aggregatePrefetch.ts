import Dexie from 'dexie';
import { todayIso } from '@shared/dates';
import type { PortfolioAggregate, PortfolioAggregateBase } from '@shared/domain/portfolio';
import { createPortfolioAggregator, type PortfolioAggregator } from '../../workers/portfolioClient';
import { takeEarlyPortfolioWorker } from '../../workers/portfolioWorkerStart';

/** An aggregation started before the dashboard mounted, handed to it when it does. */
export interface PrefetchedAggregate {
  aggregator: PortfolioAggregator;
  result: Promise<PortfolioAggregate>;
  /** A write was committed after the aggregation started: the dashboard must run it again. */
  stale: boolean;
  /** Hands `listener` the worker's measurement-free first answer: now if it came, else when it does. */
  onBase: (listener: (base: PortfolioAggregateBase) => void) => void;
}

interface Waiting extends PrefetchedAggregate {
  stopWatching: () => void;
  /** Ends the worker unless the dashboard has taken it. */
  cleanup: () => void;
  /** A page's effect owns `cleanup` (false while only start-up has begun it). */
  claimed: boolean;
}

const waiting = new Map<string, Waiting>();
/** Databases whose dashboard is mounted and runs its own aggregations. */
const mounted = new Set<string>();

/**
 * Starts aggregating `dbName` in a worker now, while the dashboard's lazy chunks (Recharts) are
 * still downloading: on a large portfolio the worker's reading is the longest step of showing the
 * page, and it needs nothing from those chunks. Returns a cleanup that ends the worker unless the
 * dashboard has taken it (the page was left first, or the portfolio has no pilots to chart). An
 * aggregation begun at start-up (`prefetchAggregateAtStartup`) is adopted: its cleanup is returned.
 */
export function prefetchAggregate(dbName: string): () => void {
  const started = waiting.get(dbName);
  if (started && !started.claimed) {
    started.claimed = true;
    return started.cleanup;
  }
  if (started || mounted.has(dbName)) return () => undefined;
  return start(dbName, true).cleanup;
}

/**
 * Starts aggregating `dbName` as the app starts on the Portfolio page, before the app's own code
 * has loaded (renderer/app/startup.ts): the worker then reads while that code is fetched and
 * compiled. The page's `prefetchAggregate` takes charge of it when its effect runs. The worker,
 * started earlier still, has begun reading the portfolio opened last on its own: this request
 * takes that read when it names the same database (see workers/portfolioEarlyRead.ts), at the
 * same `version` (the database's, as the app has opened it).
 */
export function prefetchAggregateAtStartup(dbName: string, version?: number): void {
  if (waiting.has(dbName) || mounted.has(dbName)) {
    endAggregationWorker();
    return;
  }
  start(dbName, false, version);
}

/** No portfolio to aggregate after all (none was open, or its database failed to open). */
export function endAggregationWorker(): void {
  takeEarlyPortfolioWorker()?.terminate();
}

function start(dbName: string, claimed: boolean, version?: number): Waiting {
  // The worker start-up began (portfolioWorkerStart.ts), if any: it is running already.
  const aggregator = createPortfolioAggregator(undefined, takeEarlyPortfolioWorker() ?? undefined);
  let base: PortfolioAggregateBase | undefined;
  let baseListener: ((base: PortfolioAggregateBase) => void) | undefined;
  const result = aggregator.aggregate({ dbName, today: todayIso(), version }, (first) => {
    base = first;
    baseListener?.(first);
  });
  // Failures are the dashboard's to report once it takes the result; none if it never does.
  result.catch(() => undefined);
  // Only a write to this portfolio's database can change its figures.
  const prefix = `idb://${dbName}/`;
  const onChange = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((part) => part.startsWith(prefix))) entry.stale = true;
  };
  const entry: Waiting = {
    aggregator,
    result,
    stale: false,
    onBase: (listener: (base: PortfolioAggregateBase) => void) => {
      baseListener = listener;
      if (base) listener(base);
    },
    stopWatching: () => Dexie.on.storagemutated.unsubscribe(onChange),
    cleanup: () => {
      if (waiting.get(dbName) !== entry) return;
      waiting.delete(dbName);
      entry.stopWatching();
      aggregator.dispose();
    },
    claimed,
  };
  Dexie.on('storagemutated', onChange);
  waiting.set(dbName, entry);
  return entry;
}

/**
 * The dashboard of `dbName` mounts: it takes the aggregation prefetched for it, if any, and no
 * other is prefetched until `release` (its unmount).
 */
export function takePrefetchedAggregate(dbName: string): {
  prefetched: PrefetchedAggregate | undefined;
  release: () => void;
} {
  const entry = waiting.get(dbName);
  waiting.delete(dbName);
  entry?.stopWatching();
  mounted.add(dbName);
  return {
    prefetched: entry && {
      aggregator: entry.aggregator,
      result: entry.result,
      stale: entry.stale,
      onBase: entry.onBase,
    },
    release: () => mounted.delete(dbName),
  };
}
