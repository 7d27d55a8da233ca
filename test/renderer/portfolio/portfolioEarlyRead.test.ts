import { afterEach, describe, expect, it } from 'vitest';
import {
  aggregatePortfolio,
  aggregateWithoutMeasurements,
  type PortfolioAggregateBase,
} from '@shared/domain/portfolio';
import { createPortfolio, setLastOpened } from '../../../renderer/db/registry';
import { openPortfolio, resetRegistryForTests } from '../../../renderer/db/registryDatabase';
import { beginEarlyAggregation } from '../../../renderer/workers/portfolioEarlyRead';
import { aggregateRead } from '../../../renderer/workers/portfolioEngine';
import { TODAY } from '../../shared/domain/portfolio/fixture';
import { deleteOpenedDatabases } from '../db/fixtures';
import { seedSmallPortfolio } from './seed';

afterEach(async () => {
  await deleteOpenedDatabases();
  await resetRegistryForTests();
});

/** The small portfolio as the portfolio opened last (what the app would open at start-up). */
async function seedLastOpened() {
  const entry = await createPortfolio({ name: 'Northwind' });
  await setLastOpened(entry.id);
  return seedSmallPortfolio(openPortfolio(entry));
}

describe('the aggregation the worker begins before it is asked', () => {
  it('reads the portfolio opened last and answers a request for it, first answer first', async () => {
    const { db, input } = await seedLastOpened();
    const early = beginEarlyAggregation(Promise.resolve(aggregateRead), TODAY);
    const answers: (PortfolioAggregateBase | 'result')[] = [];
    const result = await early.answer({ dbName: db.name, today: TODAY }, (base) => {
      answers.push(base);
    });
    answers.push('result');
    expect(result).toEqual(aggregatePortfolio(input, TODAY));
    expect(answers).toEqual([aggregateWithoutMeasurements(input, TODAY).base, 'result']);
    // Once: a later request (after a write) reads afresh.
    expect(await early.answer({ dbName: db.name, today: TODAY })).toBeNull();
  });

  it('leaves a request for another portfolio or another day to a fresh read', async () => {
    const { db } = await seedLastOpened();
    const other = beginEarlyAggregation(Promise.resolve(aggregateRead), TODAY);
    expect(await other.answer({ dbName: 'another-portfolio', today: TODAY })).toBeNull();
    const tomorrow = beginEarlyAggregation(Promise.resolve(aggregateRead), TODAY);
    expect(await tomorrow.answer({ dbName: db.name, today: '2026-06-16' })).toBeNull();
  });

  it('leaves it to a fresh read once the schema was upgraded after it read', async () => {
    const { db } = await seedLastOpened();
    const early = beginEarlyAggregation(Promise.resolve(aggregateRead), TODAY);
    // Let the early read finish, then upgrade the database as a newer app would on opening it.
    await early.ready;
    db.close();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(db.name, db.verno * 10 + 1);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error ?? new Error('upgrade failed'));
    });
    expect(await early.answer({ dbName: db.name, today: TODAY })).toBeNull();
  });

  it('checks its read against the version the app names, and leaves another version to a fresh read', async () => {
    const { db, input } = await seedLastOpened();
    const version = db.backendDB().version;
    const newer = beginEarlyAggregation(Promise.resolve(aggregateRead), TODAY);
    expect(await newer.answer({ dbName: db.name, today: TODAY, version: version + 1 })).toBeNull();
    const same = beginEarlyAggregation(Promise.resolve(aggregateRead), TODAY);
    expect(await same.answer({ dbName: db.name, today: TODAY, version })).toEqual(
      aggregatePortfolio(input, TODAY),
    );
  });

  it('gives no answer when no portfolio was opened last', async () => {
    const early = beginEarlyAggregation(Promise.resolve(aggregateRead), TODAY);
    expect(await early.answer({ dbName: 'anything', today: TODAY })).toBeNull();
  });
});
