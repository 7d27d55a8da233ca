import Dexie from 'dexie';
import { todayIso } from '@shared/dates';
import type { PortfolioAggregate, PortfolioAggregateBase } from '@shared/domain/portfolio';
import { createPortfolioAggregator, type PortfolioAggregator } from '../../workers/portfolioClient';

/** An aggregation started before the dashboard mounted, handed to it when it does. */
export interface PrefetchedAggregate {
  aggregator: PortfolioAggregator;
  result: Promise<PortfolioAggregate>;
  /** A write was committed after the aggregation started: the dashboard must run it again. */
  stale: boolean;
  /** Hands `listener` the worker's measurement-free first answer: now if it came, else when it does. */
  onBase: (listener: (base: PortfolioAggregateBase) => void) => void;
}

const waiting = new Map<string, PrefetchedAggregate & { stopWatching: () => void }>();
/** Databases whose dashboard is mounted and runs its own aggregations. */
const mounted = new Set<string>();

/**
 * Starts aggregating `dbName` in a worker now, while the dashboard's lazy chunks (Recharts) are
 * still downloading: on a large portfolio the worker's reading is the longest step of showing the
 * page, and it needs nothing from those chunks. Returns a cleanup that ends the worker unless the
 * dashboard has taken it (the page was left first, or the portfolio has no pilots to chart).
 */
export function prefetchAggregate(dbName: string): () => void {
  if (waiting.has(dbName) || mounted.has(dbName)) return () => undefined;
  const aggregator = createPortfolioAggregator();
  let base: PortfolioAggregateBase | undefined;
  let baseListener: ((base: PortfolioAggregateBase) => void) | undefined;
  const result = aggregator.aggregate({ dbName, today: todayIso() }, (first) => {
    base = first;
    baseListener?.(first);
  });
  // Failures are the dashboard's to report once it takes the result; none if it never does.
  result.catch(() => undefined);
  const onChange = () => {
    entry.stale = true;
  };
  const entry = {
    aggregator,
    result,
    stale: false,
    onBase: (listener: (base: PortfolioAggregateBase) => void) => {
      baseListener = listener;
      if (base) listener(base);
    },
    stopWatching: () => Dexie.on.storagemutated.unsubscribe(onChange),
  };
  Dexie.on('storagemutated', onChange);
  waiting.set(dbName, entry);
  return () => {
    if (waiting.get(dbName) !== entry) return;
    waiting.delete(dbName);
    entry.stopWatching();
    aggregator.dispose();
  };
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
