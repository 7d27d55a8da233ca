import { afterEach, describe, expect, it } from 'vitest';
import { aggregatePortfolio } from '@shared/domain/portfolio';
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
      const result = await aggregator.aggregate({ dbName: db.name, today: TODAY });
      expect(result).toEqual(aggregatePortfolio(input, TODAY));
    } finally {
      aggregator.dispose();
    }
  });
});
