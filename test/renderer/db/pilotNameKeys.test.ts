import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newId } from '../../../shared/ids';
import { nameKeyGeneration } from '../../../shared/nameKeyGeneration';
import type { Pilot } from '../../../shared/model';
import {
  PortfolioDatabase,
  createPilot,
  deletePilot,
  loadPortfolioData,
  readPortfolioData,
  restoreDeleted,
  setCurrentActor,
  updatePilot,
} from '../../../renderer/db';
import { replacePortfolioData } from '../../../renderer/db/exchange';
import {
  GENERATION_KEY,
  PILOT_NAME_KEYS,
  pilotNameKeysRefreshed,
  refreshPilotNameKeys,
  type NameKeysGeneration,
  type PilotNameKey,
  IDLE_NEEDED_MS,
  REFRESH_DELAY_MS,
  whenIdle,
} from '../../../renderer/db/pilotNameKeys';
import { sortPilotRows, toPilotRows } from '../../../renderer/features/pilots/pilotRows';
import { buildSmallPortfolio, deleteOpenedDatabases, emptyDatabase, newDatabase } from './fixtures';
import { buildDatabaseAtVersion, type Rows } from './migrationHarness';

/** Names that a plain code-unit or locale order would each put differently. */
const AWKWARD_NAMES = [
  'pilot 10',
  'Pilot 9',
  'Émile',
  'emile',
  'Zeta',
  'zèta',
  '🚀 Launch',
  'Øresund',
  'Oslo',
  'Straße',
  'Strasse',
  '  Spaced   out',
  'Pilot 010',
  'Pilot ２',
  'a',
  'B',
];

/** The pilots' ids as the name-key index lists them, forwards or backwards. */
async function idsByNameIndex(db: PortfolioDatabase, reverse = false): Promise<string[]> {
  const byKey = db.table<PilotNameKey, string>(PILOT_NAME_KEYS).orderBy('nameKey');
  const entries = await (reverse ? byKey.reverse() : byKey).toArray();
  return entries.map((entry) => entry.id);
}

/** The pilots' ids in the Pilots table's name order. */
async function idsByTableOrder(db: PortfolioDatabase, desc = false): Promise<string[]> {
  const rows = toPilotRows(await db.pilots.toArray(), new Map());
  return sortPilotRows(rows, [{ id: 'name', desc }]).map((row) => row.id);
}

/** How many pilots' keys the index holds (the generation record is not in it). */
async function keyCount(db: PortfolioDatabase): Promise<number> {
  return db.table(PILOT_NAME_KEYS).orderBy('nameKey').count();
}

/** The generation the keys of `db` were recorded under. */
async function storedGeneration(db: PortfolioDatabase): Promise<string | undefined> {
  const record = await db.table<NameKeysGeneration, number>(PILOT_NAME_KEYS).get(GENERATION_KEY);
  return record?.generation;
}

/**
 * What an older engine left: every key as it would have computed it (here: the name reversed,
 * an order unlike today's) and its generation recorded — written around the app, as only the
 * engine's own upgrade could change them.
 */
async function writeKeysOfAnotherEngine(db: PortfolioDatabase, generation: string): Promise<void> {
  const pilots = await db.pilots.toArray();
  const keys = db.table<PilotNameKey | NameKeysGeneration, string | number>(PILOT_NAME_KEYS);
  await db.transaction('rw', PILOT_NAME_KEYS, async () => {
    await keys.bulkPut(
      pilots.map((p) => ({ id: p.id, nameKey: [...p.name.toLowerCase()].reverse().join('') })),
    );
    await keys.put({ id: GENERATION_KEY, generation });
  });
}

/** `db` closed and opened again, as the app does on its next start, and its keys' check done. */
async function reopened(db: PortfolioDatabase): Promise<PortfolioDatabase> {
  db.close();
  await db.open();
  await pilotNameKeysRefreshed(db);
  return db;
}

afterEach(deleteOpenedDatabases);

describe('the pilots’ name keys', () => {
  let db: PortfolioDatabase;
  beforeEach(async () => {
    db = await newDatabase();
    setCurrentActor('You');
  });

  it('list the pilots in exactly the table’s name order, both ways, ties by id', async () => {
    for (const name of AWKWARD_NAMES) await createPilot(db, { name });
    // Equal keys ("Émile"/"emile", "Straße"/"Strasse", "Pilot 10"/"Pilot 010"): ids decide.
    for (let i = 0; i < 3; i++) await createPilot(db, { name: 'Same name' });

    const forwards = await idsByNameIndex(db);
    expect(forwards).toHaveLength(AWKWARD_NAMES.length + 3);
    expect(forwards).toEqual(await idsByTableOrder(db));
    expect(await idsByNameIndex(db, true)).toEqual(await idsByTableOrder(db, true));

    const nameOf = new Map((await db.pilots.toArray()).map((p) => [p.id, p.name]));
    const either = (...names: string[]) => expect.stringMatching(`^(${names.join('|')})$`);
    expect(forwards.map((id) => nameOf.get(id))).toEqual([
      'a',
      'B',
      either('Émile', 'emile'),
      either('Émile', 'emile'),
      'Øresund',
      'Oslo',
      'Pilot ２',
      'Pilot 9',
      either('pilot 10', 'Pilot 010'),
      either('pilot 10', 'Pilot 010'),
      'Same name',
      'Same name',
      'Same name',
      'Spaced   out', // createPilot trims the name; the key also folds the inner spaces
      either('Straße', 'Strasse'),
      either('Straße', 'Strasse'),
      either('Zeta', 'zèta'),
      either('Zeta', 'zèta'),
      '🚀 Launch',
    ]);
  });

  it('follow a rename, a delete and its undo', async () => {
    const a = await createPilot(db, { name: 'Alpha' });
    const b = await createPilot(db, { name: 'Beta' });
    expect(await idsByNameIndex(db)).toEqual([a.id, b.id]);

    await updatePilot(db, a.id, { name: 'Zulu' });
    expect(await idsByNameIndex(db)).toEqual([b.id, a.id]);

    const token = await deletePilot(db, b.id);
    expect(await idsByNameIndex(db)).toEqual([a.id]);

    await restoreDeleted(db, token);
    expect(await idsByNameIndex(db)).toEqual([b.id, a.id]);
  });

  it('leave no key behind for an add that failed', async () => {
    const a = await createPilot(db, { name: 'Alpha' });
    const copy: Pilot = { ...a, id: newId(), name: 'Copy' };
    const error = await db.pilots.bulkAdd([{ ...a, name: 'Duplicate' }, copy]).catch((e) => e);
    expect(error).toBeInstanceOf(Dexie.BulkError);
    expect(await idsByNameIndex(db)).toEqual([a.id, copy.id]);
    expect((await db.table<PilotNameKey>(PILOT_NAME_KEYS).get(a.id))?.nameKey).toBe('alpha');
  });
});

describe('the generation of the keys', () => {
  let db: PortfolioDatabase;
  beforeEach(async () => {
    db = await newDatabase();
    setCurrentActor('You');
    for (const name of AWKWARD_NAMES) await createPilot(db, { name });
  });

  it('is this engine’s in a new database', async () => {
    expect(await storedGeneration(db)).toBe(nameKeyGeneration());
    expect(await idsByNameIndex(db)).toEqual(await idsByTableOrder(db));
  });

  it('from another engine: every key is written again after the database opens', async () => {
    await writeKeysOfAnotherEngine(db, '1-0123456789abcdef');
    expect(await idsByNameIndex(db)).not.toEqual(await idsByTableOrder(db));
    // A key left behind for a pilot no longer there goes too.
    await db.table(PILOT_NAME_KEYS).put({ id: 'gone', nameKey: '' });

    db.close();
    await db.open();
    // Opening does not wait for it (the first screen checks the generation itself).
    expect(await storedGeneration(db)).toBe('1-0123456789abcdef');
    expect(await pilotNameKeysRefreshed(db)).toBe(true);
    expect(await storedGeneration(db)).toBe(nameKeyGeneration());
    expect(await keyCount(db)).toBe(AWKWARD_NAMES.length);
    expect(await idsByNameIndex(db)).toEqual(await idsByTableOrder(db));
    expect(await idsByNameIndex(db, true)).toEqual(await idsByTableOrder(db, true));
  });

  it('recorded by none (a database from before generations): rewritten the same way', async () => {
    await writeKeysOfAnotherEngine(db, 'none');
    await db.table(PILOT_NAME_KEYS).delete(GENERATION_KEY);
    await reopened(db);
    expect(await storedGeneration(db)).toBe(nameKeyGeneration());
    expect(await idsByNameIndex(db)).toEqual(await idsByTableOrder(db));
  });

  it('this engine’s: nothing is written after the database opens', async () => {
    // Keys no write of this engine makes, under its generation: left exactly as they are.
    await writeKeysOfAnotherEngine(db, nameKeyGeneration());
    const before = await idsByNameIndex(db);
    const write = vi.spyOn(IDBObjectStore.prototype, 'put');

    db.close();
    await db.open();
    expect(await pilotNameKeysRefreshed(db)).toBe(false);
    expect(write).not.toHaveBeenCalled();
    expect(await idsByNameIndex(db)).toEqual(before);
    expect(await refreshPilotNameKeys(db)).toBe(false);
    vi.restoreAllMocks();
  });

  it('from another engine, with every key still right: only the generation is written', async () => {
    await db.table(PILOT_NAME_KEYS).put({ id: GENERATION_KEY, generation: 'older' });
    const write = vi.spyOn(IDBObjectStore.prototype, 'put');
    expect(await refreshPilotNameKeys(db)).toBe(true);
    expect(write.mock.calls.map(([record]) => record as unknown)).toEqual([
      { id: GENERATION_KEY, generation: nameKeyGeneration() },
    ]);
    vi.restoreAllMocks();
  });

  it('from another engine, in a rewrite that fails: the database still opens, marked stale', async () => {
    await writeKeysOfAnotherEngine(db, 'stale');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The disk is full.', 'QuotaExceededError');
    });
    await reopened(db);
    vi.restoreAllMocks();
    expect(await db.pilots.count()).toBe(AWKWARD_NAMES.length);
    expect(await storedGeneration(db)).toBe('stale');
    // The next opening tries again.
    await reopened(db);
    expect(await storedGeneration(db)).toBe(nameKeyGeneration());
    expect(await idsByNameIndex(db)).toEqual(await idsByTableOrder(db));
  });

  it('survives deleting every pilot, which deletes every key', async () => {
    await db.pilots.clear();
    expect(await keyCount(db)).toBe(0);
    expect(await storedGeneration(db)).toBe(nameKeyGeneration());
  });
});

describe('whole-portfolio writes', () => {
  it('a loaded portfolio has a key for every pilot, and a replaced one only the new ones', async () => {
    const db = emptyDatabase();
    const first = buildSmallPortfolio();
    await loadPortfolioData(db, first);
    expect(await keyCount(db)).toBe(first.pilots.length);
    expect(await idsByNameIndex(db)).toEqual(await idsByTableOrder(db));

    const second = buildSmallPortfolio();
    second.pilots = second.pilots.slice(0, 1);
    await replacePortfolioData(db, second);
    expect(await idsByNameIndex(db)).toEqual([second.pilots[0]?.id]);
    expect(await storedGeneration(db)).toBe(nameKeyGeneration());

    // What a backup is made of carries no key: not as a table, not as a field of a pilot.
    const saved = await readPortfolioData(db);
    expect(Object.keys(saved)).not.toContain(PILOT_NAME_KEYS);
    expect(saved.pilots).toEqual(second.pilots);
    expect(JSON.stringify(saved)).not.toContain(nameKeyGeneration());
  });
});

describe('a database saved at schema version 1', () => {
  const names: string[] = [];
  afterEach(async () => {
    for (const name of names.splice(0)) await Dexie.delete(name);
  });

  it('gains a key for every pilot it holds when today’s code opens it', async () => {
    const name = `name-keys-${newId()}`;
    names.push(name);
    const data = buildSmallPortfolio();
    const pilots = AWKWARD_NAMES.map((pilotName, i) => ({
      ...(data.pilots[0] as Pilot),
      id: newId(),
      name: pilotName,
      createdAt: `2026-01-0${(i % 9) + 1}T09:00:00.000Z`,
    }));
    const rows: Rows = { settings: [data.settings], pilots };
    await buildDatabaseAtVersion(name, 1, rows);

    const db = new PortfolioDatabase(name);
    await db.open();
    try {
      expect(await keyCount(db)).toBe(pilots.length);
      // Stamped by the upgrade: its keys are this engine's, none needs writing again.
      expect(await storedGeneration(db)).toBe(nameKeyGeneration());
      expect(await pilotNameKeysRefreshed(db)).toBe(false);
      expect(await idsByNameIndex(db)).toEqual(await idsByTableOrder(db));
      expect(await idsByNameIndex(db, true)).toEqual(await idsByTableOrder(db, true));
      // The pilots themselves are untouched: no field was added to them.
      expect(Object.keys((await db.pilots.get(pilots[0]!.id))!).sort()).toEqual(
        Object.keys(pilots[0]!).sort(),
      );
    } finally {
      db.close();
    }
  });
});

describe('the refresh after opening waits for a long idle moment', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  /** requestIdleCallback answered by hand: each call waits for `idle(ms)` or `timeout()`. */
  function fakeIdleCallbacks() {
    const waiting: { callback: IdleRequestCallback; timeout: number }[] = [];
    vi.stubGlobal(
      'requestIdleCallback',
      (callback: IdleRequestCallback, options?: IdleRequestOptions) => {
        waiting.push({ callback, timeout: options?.timeout ?? 0 });
        return waiting.length;
      },
    );
    const answer = (remaining: number, didTimeout: boolean) => {
      const next = waiting.shift();
      next?.callback({ didTimeout, timeRemaining: () => remaining });
      return next;
    };
    return {
      waiting,
      idle: (ms: number) => answer(ms, false),
      timeout: () => answer(0, true),
    };
  }

  it('runs in an idle moment of IDLE_NEEDED_MS, not in the short ones between frames', () => {
    const idle = fakeIdleCallbacks();
    const task = vi.fn();
    whenIdle(task);
    idle.idle(4);
    idle.idle(IDLE_NEEDED_MS - 1);
    expect(task).not.toHaveBeenCalled();
    expect(idle.waiting).toHaveLength(1);
    idle.idle(IDLE_NEEDED_MS);
    expect(task).toHaveBeenCalledTimes(1);
    expect(idle.waiting).toHaveLength(0);
  });

  it('with a delay, begins to wait for its idle moment only once the delay is over', () => {
    vi.useFakeTimers();
    try {
      const idle = fakeIdleCallbacks();
      const task = vi.fn();
      whenIdle(task, REFRESH_DELAY_MS);
      expect(idle.waiting).toHaveLength(0);
      vi.advanceTimersByTime(REFRESH_DELAY_MS - 1);
      expect(idle.waiting).toHaveLength(0);
      vi.advanceTimersByTime(1);
      expect(idle.waiting).toHaveLength(1);
      idle.idle(IDLE_NEEDED_MS);
      expect(task).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('runs at the latest when its wait times out', () => {
    const idle = fakeIdleCallbacks();
    const task = vi.fn();
    whenIdle(task);
    expect(idle.waiting[0]?.timeout).toBeGreaterThan(1000);
    idle.idle(2);
    idle.timeout();
    expect(task).toHaveBeenCalledTimes(1);
  });
});
