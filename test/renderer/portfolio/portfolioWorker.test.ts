import { afterEach, describe, expect, it } from 'vitest';
import {
  aggregatePortfolio,
  aggregateWithoutMeasurements,
  type PortfolioAggregateBase,
} from '@shared/domain/portfolio';
import { aggregateDatabase, portfolioHandlers } from '../../../renderer/workers/portfolioEngine';
import { runRequest, type RpcRequest, type RpcResponse } from '../../../renderer/workers/rpc';
import { createPortfolioAggregator } from '../../../renderer/workers/portfolioClient';
import { readPortfolio } from '../../../renderer/workers/portfolioRead';
import { deleteOpenedDatabases } from '../db/fixtures';
import { TODAY } from '../../shared/domain/portfolio/fixture';
import { seedSmallPortfolio } from './seed';

afterEach(async () => {
  await deleteOpenedDatabases();
});

describe('the portfolio worker', () => {
  it('reads the database and returns exactly the direct aggregation', async () => {
    const { db, input } = await seedSmallPortfolio();
    const fromWorker = await aggregateDatabase({ dbName: db.name, today: TODAY });
    expect(fromWorker).toEqual(aggregatePortfolio(input, TODAY));
    expect(fromWorker.pilots).toHaveLength(4);
  });

  it('runs inline through the same protocol where there is no Worker', async () => {
    const { db, input } = await seedSmallPortfolio();
    const aggregator = createPortfolioAggregator(false);
    try {
      const bases: PortfolioAggregateBase[] = [];
      const result = aggregator.aggregate({ dbName: db.name, today: TODAY }, (base) => {
        bases.push(base);
      });
      expect(await result).toEqual(aggregatePortfolio(input, TODAY));
      // The measurement-free first answer came once, before the result.
      expect(bases).toEqual([aggregateWithoutMeasurements(input, TODAY).base]);
    } finally {
      aggregator.dispose();
    }
  });

  it('takes over a worker started before the first call', async () => {
    const { db, input } = await seedSmallPortfolio();
    // A stand-in for a worker (jsdom has none) that answers with the worker's own handlers.
    const requests: RpcRequest[] = [];
    const started = {
      onmessage: null as ((event: { data: RpcResponse }) => void) | null,
      onerror: null,
      postMessage(request: RpcRequest) {
        requests.push(request);
        void runRequest(portfolioHandlers, request, (data) => this.onmessage?.({ data }));
      },
      terminate: () => undefined,
    };
    const aggregator = createPortfolioAggregator(false, started as unknown as Worker);
    try {
      const result = await aggregator.aggregate({ dbName: db.name, today: TODAY });
      expect(result).toEqual(aggregatePortfolio(input, TODAY));
      expect(requests.map((r) => r.method)).toEqual(['aggregate']);
    } finally {
      aggregator.dispose();
    }
  });

  it('reads every measurement series once, by its pilot, whatever the pilot key', async () => {
    const { db, input } = await seedSmallPortfolio();
    // The read asks for the series in parts split at hex digits of their pilot's id: pilot keys
    // on either side of every split, and ones that are no UUID at all, must each come once.
    const keys = ['', '0', '1f', '2', '7zz', 'a', 'Abc', 'e', 'e0', 'f', 'zz', '~'];
    const template = await db.series.toCollection().first();
    if (!template) throw new Error('the small portfolio has series');
    await db.series.bulkAdd(
      keys.map((pilotId, i) => ({ ...template, metricId: `m${i}`, pilotId })),
    );
    const { series } = await readPortfolio(db.name).measurements;
    const expected = [...keys.map((_, i) => `m${i}`), ...input.series.map((s) => s.metricId)];
    expect(series.map((s) => s.metricId).sort()).toEqual(expected.sort());
    // In the order of the index: by pilot.
    const pilots = series.map((s) => (s as unknown as { pilotId: string }).pilotId);
    expect(pilots).toEqual([...pilots].sort());
  });

  it("counts a series filed under another pilot, or under none, as its metric's", async () => {
    const { db, input } = await seedSmallPortfolio();
    const [moved, unfiled] = await db.series.toArray();
    if (!moved || !unfiled) throw new Error('the small portfolio has two series');
    // '~' sorts after every hex digit: the series comes in the last part, after its pilot's.
    await db.series.put({ ...moved, pilotId: '~' });
    const { pilotId: _pilotId, ...withoutPilot } = unfiled;
    await db.series.put(withoutPilot as typeof unfiled);
    const fromWorker = await aggregateDatabase({ dbName: db.name, today: TODAY });
    expect(fromWorker).toEqual(aggregatePortfolio(input, TODAY));
    // Without those two series the figures differ: the read did bring them.
    const without = new Set([moved.metricId, unfiled.metricId]);
    const series = input.series.filter((s) => !without.has(s.metricId));
    expect(fromWorker).not.toEqual(aggregatePortfolio({ ...input, series }, TODAY));
  });

  it('refuses a database that does not exist, and leaves none behind', async () => {
    const name = 'no-such-portfolio';
    await expect(aggregateDatabase({ dbName: name, today: TODAY })).rejects.toThrow(
      'There is no portfolio database no-such-portfolio.',
    );
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(name);
  });
});
