import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ValidationError,
  createPortfolio,
  deletePortfolio,
  getLastOpenedId,
  getSettings,
  listPortfolios,
  openPortfolio,
  readPortfolioData,
  renamePortfolio,
  resetRegistryForTests,
  restorePortfolio,
  setLastOpened,
} from '../../../renderer/db';
import { buildSmallPortfolio } from './fixtures';
import { canonicalRows } from './migrationHarness';

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '');
}

/** Portfolio databases, leaving out the registry itself. */
async function portfolioDatabaseNames(): Promise<string[]> {
  return (await databaseNames()).filter(
    (n) => n.startsWith('pilot-portfolio-') && n !== 'pilot-portfolio-registry',
  );
}

afterEach(async () => {
  await resetRegistryForTests();
  for (const name of await databaseNames()) {
    if (name.startsWith('pilot-portfolio-')) await Dexie.delete(name);
  }
});

describe('portfolio registry', () => {
  it('creates an empty portfolio in its own database with default settings', async () => {
    const entry = await createPortfolio({
      name: 'Acme',
      organisation: 'Acme Corp',
      currency: 'GBP',
    });

    expect(entry).toMatchObject({
      name: 'Acme',
      lastOpenedAt: null,
      dbName: `pilot-portfolio-${entry.id}`,
    });
    expect(await listPortfolios()).toEqual([entry]);
    expect(await databaseNames()).toContain(entry.dbName);
    const db = openPortfolio(entry);
    expect(openPortfolio(entry)).toBe(db);
    expect(await getSettings(db)).toMatchObject({
      name: 'Acme',
      organisation: 'Acme Corp',
      currency: 'GBP',
      gateCriteria: { outcomeProgressThreshold: 0.8, minRoi: 1.5 },
    });
    expect((await db.history.toArray()).map((h) => h.summary)).toEqual([
      'Created the portfolio “Acme”',
    ]);
  });

  it('creates a portfolio from whole data, under the name given', async () => {
    const data = buildSmallPortfolio();
    const entry = await createPortfolio({ name: 'Client copy', data });
    const read = await readPortfolioData(openPortfolio(entry));
    expect(read.settings.name).toBe('Client copy');
    expect(canonicalRows({ pilots: read.pilots, series: read.series })).toEqual(
      canonicalRows({ pilots: data.pilots, series: data.series }),
    );
    expect(read.history.find((h) => h.entityType === 'portfolio')!.summary).toMatch(
      /^Loaded “Client copy”: 2 pilots/,
    );
  });

  it('refuses an empty name and leaves no database behind', async () => {
    const error = await createPortfolio({ name: '  ' }).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors).toEqual({ name: 'Required' });
    expect(await listPortfolios()).toEqual([]);
    expect(await portfolioDatabaseNames()).toEqual([]);
  });

  it('removes the half-made database when the data cannot be written', async () => {
    const data = buildSmallPortfolio();
    data.series[0]!.days = Float64Array.from([2, 1, 3]);
    await expect(createPortfolio({ name: 'Broken', data })).rejects.toBeInstanceOf(ValidationError);
    expect(await listPortfolios()).toEqual([]);
    expect(await portfolioDatabaseNames()).toEqual([]);
  });

  it('lists portfolios by name', async () => {
    await createPortfolio({ name: 'Zeta' });
    await createPortfolio({ name: 'alpha' });
    await createPortfolio({ name: 'Beta' });
    expect((await listPortfolios()).map((p) => p.name)).toEqual(['alpha', 'Beta', 'Zeta']);
  });

  it('renames in the registry and in the portfolio’s own settings, with history', async () => {
    const entry = await createPortfolio({ name: 'Acme' });
    const renamed = await renamePortfolio(entry.id, 'Acme 2027');
    expect(renamed.name).toBe('Acme 2027');
    expect((await listPortfolios())[0]!.name).toBe('Acme 2027');
    const db = openPortfolio(entry);
    expect((await getSettings(db))!.name).toBe('Acme 2027');
    expect((await db.history.orderBy('at').last())!.summary).toBe(
      'Renamed portfolio “Acme” to “Acme 2027”',
    );
  });

  it('remembers the last opened portfolio and forgets it when that portfolio is deleted', async () => {
    expect(await getLastOpenedId()).toBeNull();
    const a = await createPortfolio({ name: 'A' });
    const b = await createPortfolio({ name: 'B' });
    await setLastOpened(a.id);
    await setLastOpened(b.id);
    expect(await getLastOpenedId()).toBe(b.id);
    expect((await listPortfolios()).find((p) => p.id === b.id)!.lastOpenedAt).not.toBeNull();

    await deletePortfolio(b.id);
    expect(await getLastOpenedId()).toBeNull();
  });

  it('deletes a portfolio’s database and entry; restore brings back every record', async () => {
    const entry = await createPortfolio({ name: 'Client', data: buildSmallPortfolio() });
    const before = await readPortfolioData(openPortfolio(entry));
    const keep = await createPortfolio({ name: 'Other' });

    const deleted = await deletePortfolio(entry.id);

    expect(await listPortfolios()).toEqual([keep]);
    expect(await databaseNames()).not.toContain(entry.dbName);
    expect(deleted.entry).toEqual(entry);

    await restorePortfolio(deleted);
    expect((await listPortfolios()).map((p) => p.name)).toEqual(['Client', 'Other']);
    const after = await readPortfolioData(openPortfolio(entry));
    const { history: historyAfter, ...restAfter } = after;
    const { history: historyBefore, ...restBefore } = before;
    expect(canonicalRows({ ...restAfter, settings: [restAfter.settings] })).toEqual(
      canonicalRows({ ...restBefore, settings: [restBefore.settings] }),
    );
    expect(historyAfter.map((h) => h.id)).toEqual(
      expect.arrayContaining(historyBefore.map((h) => h.id)),
    );
    expect(historyAfter).toHaveLength(historyBefore.length + 1);
  });
});
