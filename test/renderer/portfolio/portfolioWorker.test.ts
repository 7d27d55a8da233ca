import { afterEach, describe, expect, it } from 'vitest';
import {
  aggregatePortfolio,
  aggregateWithoutMeasurements,
  type PortfolioAggregateBase,
} from '@shared/domain/portfolio';
import { aggregateDatabase } from '../../../renderer/workers/portfolioEngine';
import { createPortfolioAggregator } from '../../../renderer/workers/portfolioClient';
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

  it('refuses a database that does not exist, and leaves none behind', async () => {
    const name = 'no-such-portfolio';
    await expect(aggregateDatabase({ dbName: name, today: TODAY })).rejects.toThrow(
      'There is no portfolio database no-such-portfolio.',
    );
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(name);
  });
});
