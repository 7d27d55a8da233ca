import { afterEach, describe, expect, it, vi } from 'vitest';
import { newId } from '../../../shared/ids';
import type { PortfolioData } from '../../../shared/model';
import {
  DatabaseNotEmptyError,
  ValidationError,
  loadPortfolioData,
  readPortfolioData,
  type PortfolioDatabase,
} from '../../../renderer/db';
import {
  buildLargeSeries,
  buildSmallPortfolio,
  deleteOpenedDatabases,
  emptyDatabase,
} from './fixtures';
import { canonicalRows, readRawDatabase, type Rows } from './migrationHarness';

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteOpenedDatabases();
});

function asRows(data: PortfolioData): Rows {
  const { settings, ...rest } = data;
  return { settings: [settings], ...rest };
}

async function openEmpty(): Promise<PortfolioDatabase> {
  const db = emptyDatabase();
  await db.open();
  return db;
}

describe('loadPortfolioData', () => {
  it('writes every record and one history entry saying what was loaded', async () => {
    const db = await openEmpty();
    const data = buildSmallPortfolio();

    const entry = await loadPortfolioData(db, data, { description: 'Loaded the sample portfolio' });

    expect(entry.summary).toBe(
      'Loaded the sample portfolio: 2 pilots, 2 people, 1 agent, 1 agent assignment, 2 metrics, ' +
        '4 measurements, 1 decision, 1 lesson',
    );
    expect(entry).toMatchObject({ action: 'import', entityType: 'portfolio', pilotId: null });
    const read = await readPortfolioData(db);
    expect(canonicalRows(asRows(read))).toEqual(
      canonicalRows(asRows({ ...data, history: [...data.history, entry] })),
    );
  });

  it('refuses a database that already holds records, changing nothing', async () => {
    const db = await openEmpty();
    await loadPortfolioData(db, buildSmallPortfolio());
    const before = await readRawDatabase(db.name);

    const error = await loadPortfolioData(db, buildSmallPortfolio()).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DatabaseNotEmptyError);
    expect((error as Error).message).toContain('already has settings, people, pilots');
    expect(await readRawDatabase(db.name)).toEqual(before);
  });

  it('refuses a series whose days are out of order', async () => {
    const db = await openEmpty();
    const data = buildSmallPortfolio();
    data.series[0]!.days = Float64Array.from([3, 1, 2]);
    const error = await loadPortfolioData(db, data).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors).toEqual({
      'series.0.days.1': 'Days must be strictly ascending',
    });
    expect(await db.pilots.count()).toBe(0);
  });

  it('loads 1,000,000 measurements in 2,000 series and reads them back', async () => {
    const db = await openEmpty();
    const data = buildSmallPortfolio();
    const pilot = data.pilots[0]!;
    const template = data.metrics[1]!;
    const metricIds = Array.from({ length: 2_000 }, () => newId());
    data.metrics = metricIds.map((id) => ({ ...template, id, definitionId: null }));
    data.series = buildLargeSeries(metricIds, pilot.id, 500);

    const entry = await loadPortfolioData(db, data);

    expect(entry.summary).toContain('2,000 metrics, 1,000,000 measurements');
    const series = await db.series.toArray();
    expect(series).toHaveLength(2_000);
    expect(series.reduce((n, s) => n + s.days.length, 0)).toBe(1_000_000);
    const one = await db.series.get(metricIds[1_234]!);
    expect(one!.values[499]).toBeCloseTo(1_234 + 0.499, 10);
  }, 60_000);

  describe('a storage error part-way leaves the database exactly as it was', () => {
    const tablesWithRows = 12;

    it.each(Array.from({ length: tablesWithRows }, (_v, i) => i + 1))(
      'QuotaExceededError at table write %i',
      async (k) => {
        const db = await openEmpty();
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

        const error = await loadPortfolioData(db, buildSmallPortfolio()).catch((e: unknown) => e);

        expect((error as Error).name).toBe('QuotaExceededError');
        expect(writes).toBe(k);
        expect(await readRawDatabase(db.name)).toEqual(before);
      },
    );

    it.each([1, 7, 14])('QuotaExceededError at record %i inside IndexedDB', async (k) => {
      const db = await openEmpty();
      const before = await readRawDatabase(db.name);
      const original = IDBObjectStore.prototype.put;
      let puts = 0;
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore['put']>
      ) {
        puts++;
        if (puts === k)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      });

      const error = await loadPortfolioData(db, buildSmallPortfolio()).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(Error);
      expect(JSON.stringify(String(error))).toContain('QuotaExceededError');
      expect(puts).toBe(k);
      vi.restoreAllMocks();
      expect(await readRawDatabase(db.name)).toEqual(before);
    });
  });
});

describe('the generated sample portfolio', () => {
  it('loads in one go and reads back record for record', async () => {
    const { generateSamplePortfolio } = await import('../../../shared/sample');
    const data = generateSamplePortfolio({ today: '2026-11-29' });
    const db = await openEmpty();

    const entry = await loadPortfolioData(db, data, { description: 'Loaded the sample portfolio' });

    expect(entry.summary).toMatch(/^Loaded the sample portfolio: 24 pilots, /);
    const read = await readPortfolioData(db);
    expect(canonicalRows(asRows(read))).toEqual(
      canonicalRows(asRows({ ...data, history: [...data.history, entry] })),
    );
  }, 60_000);
});
