import Dexie from 'dexie';
import { useEffect, useState } from 'react';
import { todayIso } from '@shared/dates';
import type { PortfolioAggregate } from '@shared/domain/portfolio';
import { useDb } from '../../app/PortfolioContext';
import { createPortfolioAggregator } from '../../workers/portfolioClient';
import { takePrefetchedAggregate } from './aggregatePrefetch';

export interface AggregateState {
  aggregate: PortfolioAggregate | undefined;
  error: string | null;
}

/**
 * The last result per database: coming back from a pilot shows the dashboard at once while it is
 * worked out again, instead of a loading message each time.
 */
const lastResults = new Map<string, PortfolioAggregate>();

/** Changes arriving in a burst (an import, a restore) are aggregated once, after they settle. */
const SETTLE_MS = 200;

/**
 * The portfolio aggregated in a worker (inline where there is none), re-run after any change to
 * the database. The previous result stays on screen while the next one is computed.
 */
export function usePortfolioAggregate(): AggregateState {
  const db = useDb();
  const [state, setState] = useState<AggregateState>(() => ({
    aggregate: lastResults.get(db.name),
    error: null,
  }));

  useEffect(() => {
    const { prefetched, release } = takePrefetchedAggregate(db.name);
    const aggregator = prefetched?.aggregator ?? createPortfolioAggregator();
    let disposed = false;
    let running = false;
    let again = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    /** `started`: an aggregation already under way (the prefetched one) to wait for. */
    const run = async (started?: Promise<PortfolioAggregate>): Promise<void> => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        const aggregate = await (started ??
          aggregator.aggregate({ dbName: db.name, today: todayIso() }));
        lastResults.set(db.name, aggregate);
        if (!disposed) setState({ aggregate, error: null });
      } catch (error) {
        if (!disposed) {
          const message = error instanceof Error ? error.message : String(error);
          setState((s) => ({ ...s, error: message }));
        }
      } finally {
        running = false;
        if (again && !disposed) {
          again = false;
          void run();
        }
      }
    };
    // Any committed write in this window (and, through Dexie, in other windows) may change a
    // figure; a version stamp per table would save little since one aggregation is cheap to ask.
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void run(), SETTLE_MS);
    };
    Dexie.on('storagemutated', onChange);
    // A write committed while the prefetched aggregation ran: it may have read the old records.
    again = prefetched?.stale ?? false;
    void run(prefetched?.result);
    return () => {
      disposed = true;
      release();
      clearTimeout(timer);
      Dexie.on.storagemutated.unsubscribe(onChange);
      aggregator.dispose();
    };
  }, [db]);

  return state;
}
