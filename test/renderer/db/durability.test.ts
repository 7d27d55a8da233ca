import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createPilot,
  createPortfolio,
  loadPortfolioData,
  resetRegistryForTests,
  setLastOpened,
} from '../../../renderer/db';
import { buildSmallPortfolio, deleteOpenedDatabases, emptyDatabase, newDatabase } from './fixtures';

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteOpenedDatabases();
  await resetRegistryForTests();
});

describe('transaction durability', () => {
  it('every transaction of a portfolio database asks for strict durability', async () => {
    const db = await newDatabase();
    const durability = await db.transaction(
      'rw',
      db.pilots,
      () => Dexie.currentTransaction.idbtrans.durability,
    );
    expect(durability).toBe('strict');
  });

  it('repository writes, whole-portfolio loads and registry writes all commit strictly', async () => {
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const db = await newDatabase();
    await createPilot(db, { name: 'Strict' });
    await loadPortfolioData(emptyDatabase(), buildSmallPortfolio());
    const entry = await createPortfolio({ name: 'Registry' });
    await setLastOpened(entry.id);

    const writes = spy.mock.calls.filter(([, mode]) => mode === 'readwrite');
    expect(writes.length).toBeGreaterThanOrEqual(5);
    for (const [, , options] of writes) expect(options?.durability).toBe('strict');
  });
});
