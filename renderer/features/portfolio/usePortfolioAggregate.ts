import Dexie from 'dexie';
import { startTransition, useEffect, useState } from 'react';
import { todayIso } from '@shared/dates';
import type { PortfolioAggregate, PortfolioAggregateBase } from '@shared/domain/portfolio';
import { useDb } from '../../app/PortfolioContext';
import { createPortfolioAggregator } from '../../workers/portfolioClient';
import { takePrefetchedAggregate, type PrefetchedAggregate } from './aggregatePrefetch';

export interface AggregateState {
  aggregate: PortfolioAggregate | undefined;
  /**
   * The worker's measurement-free first answer, while no full answer was on screen when it came
   * (the dashboard's first load): what needs no measurement can be drawn from it meanwhile. Kept
   * (the same object) once the full answer of the same run arrives, so what was drawn from it need
   * not be drawn again; undefined once a later run's full answer replaces it.
   */
  base: PortfolioAggregateBase | undefined;
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
    base: undefined,
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
    const run = async (started?: PrefetchedAggregate): Promise<void> => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      let base: PortfolioAggregateBase | undefined;
      const onBase = (first: PortfolioAggregateBase) => {
        base = first;
        // A full answer on screen stays until the next full one: figures are never mixed.
        // A transition (as below): React renders what it changes in slices between which the
        // browser may paint and a chart waiting its turn may draw, rather than in one long task.
        if (!disposed) {
          startTransition(() => setState((s) => (s.aggregate ? s : { ...s, base: first })));
        }
      };
      try {
        started?.onBase(onBase);
        const aggregate = await (started?.result ??
          aggregator.aggregate({ dbName: db.name, today: todayIso() }, onBase));
        lastResults.set(db.name, aggregate);
        if (!disposed) {
          startTransition(() =>
            setState((s) => ({
              aggregate,
              base: base !== undefined && s.base === base ? base : undefined,
              error: null,
            })),
          );
        }
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
    void run(prefetched);
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
