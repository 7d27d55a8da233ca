import { afterEach, describe, expect, it } from 'vitest';
import { todayIso } from '@shared/dates';
import { aggregatePortfolio } from '@shared/domain/portfolio';
import {
  prefetchAggregate,
  prefetchAggregateAtStartup,
  takePrefetchedAggregate,
} from '../../../renderer/features/portfolio/aggregatePrefetch';
import { deleteOpenedDatabases } from '../db/fixtures';
import { seedSmallPortfolio } from './seed';

afterEach(async () => {
  await deleteOpenedDatabases();
});

describe('prefetching the dashboard’s aggregation', () => {
  it('hands the dashboard the aggregation started before it mounted', async () => {
    const { db, input } = await seedSmallPortfolio();
    const cleanup = prefetchAggregate(db.name);
    const { prefetched, release } = takePrefetchedAggregate(db.name);
    try {
      expect(prefetched?.stale).toBe(false);
      expect(await prefetched?.result).toEqual(aggregatePortfolio(input, todayIso()));
      // Taken: the page's cleanup leaves the dashboard's worker alone.
      cleanup();
      expect(
        await prefetched?.aggregator.aggregate({ dbName: db.name, today: todayIso() }),
      ).toEqual(aggregatePortfolio(input, todayIso()));
    } finally {
      release();
      prefetched?.aggregator.dispose();
    }
  });

  it('says the result is stale when a write was committed while it ran', async () => {
    const { db, input } = await seedSmallPortfolio();
    const cleanup = prefetchAggregate(db.name);
    const pilot = input.pilots[0];
    if (pilot) await db.pilots.put({ ...pilot, name: 'Renamed' });
    const { prefetched, release } = takePrefetchedAggregate(db.name);
    release();
    prefetched?.aggregator.dispose();
    cleanup();
    expect(prefetched?.stale).toBe(true);
  });

  it('prefetches nothing while the dashboard is mounted, and nothing is left after a cleanup', async () => {
    const { db } = await seedSmallPortfolio();
    const { release } = takePrefetchedAggregate(db.name);
    prefetchAggregate(db.name);
    expect(takePrefetchedAggregate(db.name).prefetched).toBeUndefined();
    release();
    const cleanup = prefetchAggregate(db.name);
    cleanup();
    const { prefetched, release: releaseAgain } = takePrefetchedAggregate(db.name);
    releaseAgain();
    expect(prefetched).toBeUndefined();
  });

  it('lets the page adopt the aggregation start-up began, and end it when left first', async () => {
    const { db } = await seedSmallPortfolio();
    prefetchAggregateAtStartup(db.name);
    // The page's effect takes charge: its cleanup ends the worker the dashboard did not take.
    const cleanup = prefetchAggregate(db.name);
    // A second effect (the page shown again meanwhile) starts nothing and owns nothing.
    prefetchAggregate(db.name)();
    const { prefetched, release } = takePrefetchedAggregate(db.name);
    release();
    expect(prefetched).toBeDefined();
    prefetched?.aggregator.dispose();

    prefetchAggregateAtStartup(db.name);
    prefetchAggregate(db.name)();
    const { prefetched: none, release: releaseNone } = takePrefetchedAggregate(db.name);
    releaseNone();
    expect(none).toBeUndefined();
    cleanup();
  });

  it('is not made stale by writes to another database', async () => {
    const { db } = await seedSmallPortfolio();
    const { db: other, input } = await seedSmallPortfolio();
    const cleanup = prefetchAggregate(db.name);
    const pilot = input.pilots[0];
    if (pilot) await other.pilots.put({ ...pilot, name: 'Renamed' });
    const { prefetched, release } = takePrefetchedAggregate(db.name);
    release();
    prefetched?.aggregator.dispose();
    cleanup();
    expect(prefetched?.stale).toBe(false);
  });
});
