import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createPerson,
  createPortfolio,
  openPortfolio,
  resetRegistryForTests,
  setLastOpened,
} from '../../../renderer/db';
import { readFirstScreen } from '../../../renderer/firstScreen/readFirstScreen';
import { pilotRecord } from '../pilots/pilotRecord';

afterEach(async () => {
  await resetRegistryForTests();
  for (const { name } of await indexedDB.databases()) {
    if (name?.startsWith('pilot-portfolio-')) await Dexie.delete(name);
  }
});

/** Makes `name` exist at IndexedDB version `version`, with a store of the same name as ours. */
function openAtVersion(name: string, version: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => {
      for (const store of ['settings', 'pilots', 'meta', 'portfolios']) {
        if (!request.result.objectStoreNames.contains(store))
          request.result.createObjectStore(store);
      }
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '');
}

const GUESS_KEY = 'pilot-portfolio-first-screen-database';

/** Two portfolios; the second, in dollars, with four pilots, opened last. */
async function seed() {
  localStorage.clear();
  const other = await createPortfolio({ name: 'Other', currency: 'GBP' });
  localStorage.setItem('other-database', other.dbName);
  const entry = await createPortfolio({ name: 'Operations', currency: 'USD' });
  const db = openPortfolio(entry);
  const ana = await createPerson(db, { name: 'Ana Ruiz' });
  const ben = await createPerson(db, { name: 'Ben Okafor' });
  await db.pilots.bulkAdd([
    pilotRecord('p-1', { name: 'zeta invoices', sponsorId: ana.id, leadId: ben.id }),
    pilotRecord('p-2', { name: 'Émile', budget: 1200 }),
    pilotRecord('p-3', { name: 'Pilot 10' }),
    pilotRecord('p-4', { name: 'Pilot 9', sponsorId: 'gone' }),
  ]);
  await setLastOpened(entry.id);
  return entry;
}

describe('the first screen’s read', () => {
  it('reads the portfolio opened last and the Pilots table’s first rows in name order, named', async () => {
    await seed();
    const data = await readFirstScreen(true, 3);
    expect(data).not.toBeNull();
    expect(data?.portfolioName).toBe('Operations');
    expect(data?.portfolioCount).toBe(2);
    expect(data?.currency).toBe('USD');
    expect(data?.pilots?.total).toBe(4);
    // Accents and case ignored, numbers by value: the table's own name order.
    expect(data?.pilots?.rows.map((r) => r.name)).toEqual(['Émile', 'Pilot 9', 'Pilot 10']);
    const emile = data?.pilots?.rows[0];
    expect(emile?.budget).toBe(1200);
    // A sponsor who no longer exists is no name at all.
    expect(data?.pilots?.rows[1]?.sponsorName).toBe('');
    const all = await readFirstScreen(true, 10);
    expect(all?.pilots?.rows[3]).toMatchObject({ sponsorName: 'Ana Ruiz', leadName: 'Ben Okafor' });
  });

  it('reads the database the registry names, whatever it read last time', async () => {
    const entry = await seed();
    expect(localStorage.getItem(GUESS_KEY)).toBeNull();
    expect((await readFirstScreen(true, 3))?.currency).toBe('USD');
    // Remembered: read beside the registry next time.
    expect(localStorage.getItem(GUESS_KEY)).toBe(entry.dbName);
    expect((await readFirstScreen(true, 3))?.currency).toBe('USD');
    // Another portfolio opened since (in another window): the registry decides.
    localStorage.setItem(GUESS_KEY, localStorage.getItem('other-database') ?? '');
    const data = await readFirstScreen(true, 3);
    expect(data?.currency).toBe('USD');
    expect(data?.pilots?.total).toBe(4);
    expect(localStorage.getItem(GUESS_KEY)).toBe(entry.dbName);
    // A database since deleted: no harm, and none made.
    localStorage.setItem(GUESS_KEY, 'pilot-portfolio-gone');
    expect((await readFirstScreen(true, 3))?.currency).toBe('USD');
    expect(await databaseNames()).not.toContain('pilot-portfolio-gone');
  });

  it('reads no pilots for another page', async () => {
    await seed();
    const data = await readFirstScreen(false, 10);
    expect(data?.portfolioName).toBe('Operations');
    expect(data?.pilots).toBeNull();
  });

  it('shows no rows from name keys another engine computed (the app rewrites them)', async () => {
    const entry = await seed();
    const db = openPortfolio(entry);
    await db.table('pilotNameKeys').put({ id: 0, generation: 'another engine' });
    db.close();
    const data = await readFirstScreen(true, 10);
    expect(data?.portfolioName).toBe('Operations');
    expect(data?.pilots).toBeNull();
  });

  it('shows nothing when no portfolio was opened last, and creates no registry', async () => {
    expect(await readFirstScreen(true, 10)).toBeNull();
    expect(await databaseNames()).not.toContain('pilot-portfolio-registry');
    await createPortfolio({ name: 'Never opened' });
    expect(await readFirstScreen(true, 10)).toBeNull();
  });

  it('shows nothing for a database at another schema version (the app upgrades or refuses it)', async () => {
    const entry = await seed();
    openPortfolio(entry).close();
    // A newer build's version of the database: this build refuses it, so shows none of it.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(entry.dbName, 30);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    expect(await readFirstScreen(true, 10)).toBeNull();
  });

  it('shows nothing for a registry of another version (a newer build’s: the app refuses it)', async () => {
    await seed();
    expect(await readFirstScreen(true, 10)).not.toBeNull();
    // Upgraded in place, its records kept (Dexie closes its connection for the upgrade).
    await openAtVersion('pilot-portfolio-registry', 20);
    expect(await readFirstScreen(true, 10)).toBeNull();
  });

  it('shows nothing for a database that needs an upgrade (schema version 1)', async () => {
    const entry = await seed();
    openPortfolio(entry).close();
    await Dexie.delete(entry.dbName);
    await openAtVersion(entry.dbName, 10);
    expect(await readFirstScreen(true, 10)).toBeNull();
  });

  it('fails when the portfolio’s database is gone, and leaves none behind', async () => {
    const entry = await seed();
    openPortfolio(entry).close();
    await Dexie.delete(entry.dbName);
    await expect(readFirstScreen(true, 10)).rejects.toThrow();
    expect(await databaseNames()).not.toContain(entry.dbName);
  });
});
