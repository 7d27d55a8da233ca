import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseBackup, serializeBackup } from '../../../../shared/formats/backup';
import {
  listPortfolios,
  loadPortfolioData,
  openPortfolio,
  readPortfolioData,
  resetRegistryForTests,
  type PortfolioDatabase,
} from '../../../../renderer/db';
import {
  countPortfolio,
  replacePortfolioData,
  restoreIntoNewPortfolio,
} from '../../../../renderer/db/exchange';
import { portfolioArbitrary } from '../../../shared/formats/portfolioArbitrary';
import { buildSmallPortfolio, deleteOpenedDatabases, emptyDatabase } from '../fixtures';
import { readRawDatabase } from '../migrationHarness';

const META = { appVersion: '0.1.0', createdAt: '2026-11-29T10:00:00.000Z' };

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteOpenedDatabases();
  await resetRegistryForTests();
  for (const info of await indexedDB.databases()) {
    if (info.name?.startsWith('pilot-portfolio-')) await Dexie.delete(info.name);
  }
});

async function loaded(data = buildSmallPortfolio()): Promise<PortfolioDatabase> {
  const db = emptyDatabase();
  await db.open();
  await loadPortfolioData(db, data);
  return db;
}

/** Back up, delete the database, restore the file as a new portfolio, back up again. */
async function roundTrip(db: PortfolioDatabase): Promise<{ first: string; second: string }> {
  const first = serializeBackup(await readPortfolioData(db), META);
  db.close();
  await Dexie.delete(db.name);
  const entry = await restoreIntoNewPortfolio(parseBackup(first, 'backup.json').data);
  const second = serializeBackup(await readPortfolioData(openPortfolio(entry)), META);
  return { first, second };
}

describe('backup → wipe → restore → backup', () => {
  it('gives the same bytes for the sample portfolio', async () => {
    const { generateSamplePortfolio } = await import('../../../../shared/sample');
    const sample = generateSamplePortfolio({ today: '2026-11-29' });
    const { first, second } = await roundTrip(await loaded(sample));
    expect(second).toBe(first);
    expect(first.length).toBeGreaterThan(10_000);
    expect(await listPortfolios()).toEqual([
      expect.objectContaining({ name: sample.settings.name }) as unknown,
    ]);
  }, 60_000);

  it('gives the same bytes for random portfolios (Unicode, RTL, emoji, formulas, extremes)', async () => {
    await fc.assert(
      fc.asyncProperty(portfolioArbitrary({ maxRecords: 8 }), async (data) => {
        const { first, second } = await roundTrip(await loaded(data));
        expect(second).toBe(first);
        await resetRegistryForTests();
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe('restore over the open portfolio', () => {
  it('replaces every record in one go and hands back what it replaced', async () => {
    const db = await loaded();
    const before = await readPortfolioData(db);
    const other = buildSmallPortfolio();
    other.pilots.pop();

    const previous = await replacePortfolioData(db, other);

    expect(serializeBackup(previous, META)).toBe(serializeBackup(before, META));
    expect(serializeBackup(await readPortfolioData(db), META)).toBe(serializeBackup(other, META));
    expect(countPortfolio(other)).toMatchObject({ pilots: 1, measurements: 4, history: 1 });
  });

  it.each([1, 2, 5, 8, 11, 12])(
    'leaves the database exactly as it was when storage fails at table write %i',
    async (k) => {
      const db = await loaded();
      const before = await readRawDatabase(db.name);
      let writes = 0;
      for (const table of db.tables) {
        const original = table.bulkPut.bind(table);
        vi.spyOn(table, 'bulkPut').mockImplementation((...args: Parameters<typeof original>) => {
          writes++;
          if (writes === k) {
            return Promise.reject(
              new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
            ) as ReturnType<typeof original>;
          }
          return original(...args);
        });
      }

      const error = await replacePortfolioData(db, buildSmallPortfolio()).catch((e: unknown) => e);

      expect((error as Error).name).toBe('QuotaExceededError');
      expect(writes).toBe(k);
      vi.restoreAllMocks();
      expect(await readRawDatabase(db.name)).toEqual(before);
    },
  );

  it.each([1, 9, 16])('leaves it unchanged when IndexedDB refuses record %i (of 16)', async (k) => {
    const db = await loaded();
    const before = await readRawDatabase(db.name);
    const original = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      puts++;
      if (puts === k) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    });

    const error = await replacePortfolioData(db, buildSmallPortfolio()).catch((e: unknown) => e);

    expect(String(error)).toContain('QuotaExceededError');
    vi.restoreAllMocks();
    expect(await readRawDatabase(db.name)).toEqual(before);
  });
});

describe('restore into a new portfolio', () => {
  it('leaves no portfolio behind when writing fails', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const data = buildSmallPortfolio();
    const error = await restoreIntoNewPortfolio(data).catch((e: unknown) => e);
    expect(String(error)).toContain('QuotaExceededError');
    vi.restoreAllMocks();
    expect(await listPortfolios()).toEqual([]);
  });
});
