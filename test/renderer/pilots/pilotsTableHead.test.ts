import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newId } from '@shared/ids';
import type { Pilot } from '@shared/model';
import { createPerson, type PortfolioDatabase } from '../../../renderer/db';
import {
  GENERATION_KEY,
  PILOT_NAME_KEYS,
  pilotNameKeysRefreshed,
  type NameKeysGeneration,
  type PilotNameKey,
} from '../../../renderer/db/pilotNameKeys';
import {
  toPilotRows,
  viewPilotRows,
  viewPilotsTable,
  type PilotRow,
  type PilotSort,
} from '../../../renderer/features/pilots/pilotRows';
import { readPilotsTableData } from '../../../renderer/features/pilots/pilotsTableData';
import { fromPilotColumns } from '../../../renderer/workers/pilotsTableColumns';
import {
  HEAD_ROWS,
  readPilotsTable,
  type PilotsTableResult,
} from '../../../renderer/workers/pilotsTableEngine';
import { deleteOpenedDatabases, newDatabase } from '../db/fixtures';
import { buildDatabaseAtVersion } from '../db/migrationHarness';
import { pilotRecord } from './pilotRecord';

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteOpenedDatabases();
});

const BY_NAME: PilotSort[] = [{ id: 'name', desc: false }];
const BY_NAME_DESC: PilotSort[] = [{ id: 'name', desc: true }];
const view = (sorting: PilotSort[]) => ({ search: '', stage: '', businessUnit: '', sorting });

/** Names a plain or a locale order would each put differently, numbered past HEAD_ROWS. */
const AWKWARD = ['Émile', 'emile', 'Øresund', 'Oslo', '🚀 Launch', 'Straße', 'Strasse', 'B', 'a'];

/**
 * `count` pilots with awkward names (and repeats, so ties are by id), stored in an order unlike
 * the name order; Ana sponsors the even ones, and each has a tag.
 */
async function seedPilots(count: number): Promise<PortfolioDatabase> {
  const db = await newDatabase();
  const ana = await createPerson(db, { name: 'Ana' });
  const pilots: Pilot[] = Array.from({ length: count }, (_, i) =>
    pilotRecord(`id-${String((i * 7919) % 100_000).padStart(5, '0')}`, {
      name: i < AWKWARD.length ? (AWKWARD[i] ?? '') : `Pilot ${count - i}`,
      summary: `Summary ${i}`,
      sponsorId: i % 2 === 0 ? ana.id : null,
      tags: [`tag-${i}`],
    }),
  );
  pilots.push(
    pilotRecord('id-tie-b', { name: 'Pilot 5' }),
    pilotRecord('id-tie-a', { name: 'Pilot 5' }),
  );
  await db.pilots.bulkAdd(pilots);
  return db;
}

async function mainThreadView(db: PortfolioDatabase, sorting: PilotSort[]): Promise<PilotRow[]> {
  const data = await readPilotsTableData(db);
  return viewPilotRows(toPilotRows(data.pilots, data.names), view(sorting));
}

const shownOf = (result: PilotsTableResult, sorting: PilotSort[]) =>
  viewPilotRows(fromPilotColumns(result.columns), view(sorting), result.presorted);

describe('the first answer of a table sorted by name', () => {
  it.each([
    ['ascending', BY_NAME],
    ['descending', BY_NAME_DESC],
  ])(
    'is the first rows in name order (%s), named and tagged, read without the others',
    async (_direction, sorting) => {
      const db = await seedPilots(150);
      const total = 152;
      const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
      const firsts: PilotsTableResult[] = [];
      let readsBeforeFirst = -1;
      const result = await readPilotsTable({ dbName: db.name, sorting }, (first) => {
        readsBeforeFirst = getAll.mock.calls.length;
        firsts.push(first);
      });
      const expected = await mainThreadView(db, sorting);

      // No pilot read beyond the first rows: the whole store is read only after the answer.
      expect(readsBeforeFirst).toBe(0);
      expect(getAll).toHaveBeenCalled();
      expect(firsts).toHaveLength(1);
      const [first] = firsts;
      if (!first) throw new Error('no first answer');
      expect(first).toMatchObject({ complete: false, total, dbName: db.name });
      expect(first.columns.id).toHaveLength(HEAD_ROWS);
      // Exactly the rows the complete table starts with, people and tags included.
      expect(shownOf(first, sorting)).toEqual(expected.slice(0, HEAD_ROWS));
      expect(shownOf(first, sorting).some((row) => row.sponsorName === 'Ana')).toBe(true);
      // Like every answer, its rows are in stored (id) order, `presorted` giving their order.
      expect(first.columns.id).toEqual([...first.columns.id].sort());

      expect(result).toMatchObject({ complete: true, total });
      expect(shownOf(result, sorting)).toEqual(expected);
    },
  );

  it('lists awkward names and ties exactly as the complete table does', async () => {
    const db = await seedPilots(HEAD_ROWS - 10);
    const expected = await mainThreadView(db, BY_NAME);
    expect(expected.slice(0, 8).map((row) => row.name)).toEqual([
      'a',
      'B',
      'Émile',
      'emile',
      'Øresund',
      'Oslo',
      'Pilot 1',
      'Pilot 2',
    ]);
    const tie = expected.filter((row) => row.name === 'Pilot 5').map((row) => row.id);
    expect(tie.slice(-2)).toEqual(['id-tie-a', 'id-tie-b']);
    // Fewer pilots than a first answer holds: it is the complete table, given as the result.
    const firsts: PilotsTableResult[] = [];
    const result = await readPilotsTable({ dbName: db.name, sorting: BY_NAME }, (first) =>
      firsts.push(first),
    );
    expect(firsts).toEqual([]);
    expect(result).toMatchObject({ complete: true, total: HEAD_ROWS - 8 });
    expect(shownOf(result, BY_NAME)).toEqual(expected);
  });

  it('is not given from name keys out of step with the pilots', async () => {
    const db = await seedPilots(150);
    const [firstKey] = await db.table(PILOT_NAME_KEYS).orderBy('nameKey').primaryKeys();
    // Only a write around the app's database code could do this; the table then reads it all.
    await db.transaction('rw', PILOT_NAME_KEYS, () => db.table(PILOT_NAME_KEYS).delete(firstKey!));
    const firsts: PilotsTableResult[] = [];
    const result = await readPilotsTable({ dbName: db.name, sorting: BY_NAME }, (first) =>
      firsts.push(first),
    );
    // The first answer, if any, has every row (the people of the first rows named).
    expect(firsts.every((first) => first.columns.id.length === 152)).toBe(true);
    expect(shownOf(result, BY_NAME)).toEqual(await mainThreadView(db, BY_NAME));
  });
});

describe('name keys another engine computed (an Electron with other Unicode tables)', () => {
  /**
   * What the older engine left, written around the app: its generation recorded, and (so that
   * trusting them would show) "Pilot 141" keyed first and "a" last.
   */
  async function keysOfAnotherEngine(db: PortfolioDatabase): Promise<void> {
    const keys = db.table<PilotNameKey | NameKeysGeneration, string | number>(PILOT_NAME_KEYS);
    const [a, pilot141] = await Promise.all(
      ['a', 'Pilot 141'].map((name) => db.pilots.where('name').equals(name).first()),
    );
    await db.transaction('rw', PILOT_NAME_KEYS, async () => {
      await keys.put({ id: a!.id, nameKey: '\uffff' });
      await keys.put({ id: pilot141!.id, nameKey: '' });
      await keys.put({ id: GENERATION_KEY, generation: '1-0123456789abcdef' });
    });
  }

  it('are not trusted by a read before the app opens the database: it reads every row', async () => {
    const db = await seedPilots(150);
    await keysOfAnotherEngine(db);
    db.close();
    const firsts: PilotsTableResult[] = [];
    const result = await readPilotsTable({ dbName: db.name, sorting: BY_NAME }, (first) =>
      firsts.push(first),
    );
    // A first answer, if any, is the first rows of every pilot read, not of the stale index.
    expect(firsts.every((first) => first.columns.id.length === 152)).toBe(true);
    await db.open();
    const expected = await mainThreadView(db, BY_NAME);
    expect(expected[0]?.name).toBe('a');
    expect(shownOf(result, BY_NAME)).toEqual(expected);
  });

  it('are written again once the app has opened the database, and then read first', async () => {
    const db = await seedPilots(150);
    await keysOfAnotherEngine(db);
    db.close();
    await db.open();
    expect(await pilotNameKeysRefreshed(db)).toBe(true);
    const firsts: PilotsTableResult[] = [];
    await readPilotsTable({ dbName: db.name, sorting: BY_NAME }, (first) => firsts.push(first));
    expect(firsts.map((first) => first.columns.id.length)).toEqual([HEAD_ROWS]);
    const [first] = firsts;
    expect(shownOf(first!, BY_NAME)).toEqual(
      (await mainThreadView(db, BY_NAME)).slice(0, HEAD_ROWS),
    );
    expect(shownOf(first!, BY_NAME)[0]?.name).toBe('a');
  });
});

describe('a database not yet upgraded to the name keys (schema version 1)', () => {
  it('gets the first answer of every row, as before', async () => {
    const name = `head-v1-${newId()}`;
    const pilots = Array.from({ length: HEAD_ROWS + 5 }, (_, i) =>
      pilotRecord(`id-${String(i).padStart(3, '0')}`, { name: `Pilot ${HEAD_ROWS + 5 - i}` }),
    );
    await buildDatabaseAtVersion(name, 1, { pilots });
    try {
      const firsts: PilotsTableResult[] = [];
      const result = await readPilotsTable({ dbName: name, sorting: BY_NAME }, (first) =>
        firsts.push(first),
      );
      expect(firsts.map((first) => first.columns.id.length)).toEqual([HEAD_ROWS + 5]);
      expect(result.version).toBe(10);
      expect(shownOf(result, BY_NAME).map((row) => row.name)[0]).toBe('Pilot 1');
    } finally {
      await Dexie.delete(name);
    }
  });
});

describe('viewPilotsTable', () => {
  const row = (id: string, name: string, stage: Pilot['stage'] = 'idea'): PilotRow => ({
    ...toPilotRows([pilotRecord(id, { name, stage })], new Map())[0]!,
  });
  const b = row('1', 'Bravo', 'pilot');
  const a = row('2', 'Alpha');
  // The first two of three rows, in stored order; "Alpha" comes first by name.
  const head = { rows: [b, a], presorted: { sorting: BY_NAME, order: Uint32Array.of(1, 0) } };

  it('shows the first rows in the order they were read, unfiltered', () => {
    expect(viewPilotsTable({ ...head, total: 3 }, view(BY_NAME))).toEqual([a, b]);
  });

  it('answers nothing for a search, a filter or another order until the rest is in', () => {
    const first = { ...head, total: 3 };
    expect(viewPilotsTable(first, { ...view(BY_NAME), search: 'alpha' })).toBeNull();
    expect(viewPilotsTable(first, { ...view(BY_NAME), stage: 'pilot' })).toBeNull();
    expect(viewPilotsTable(first, { ...view(BY_NAME), businessUnit: 'Ops' })).toBeNull();
    expect(viewPilotsTable(first, view(BY_NAME_DESC))).toBeNull();
    expect(viewPilotsTable(first, view([{ id: 'stage', desc: false }]))).toBeNull();
  });

  it('filters and sorts a complete table as viewPilotRows does', () => {
    const all = { ...head, total: 2 };
    expect(viewPilotsTable(all, { ...view(BY_NAME), stage: 'pilot' })).toEqual([b]);
    expect(viewPilotsTable(all, view(BY_NAME_DESC))).toEqual([b, a]);
  });
});
