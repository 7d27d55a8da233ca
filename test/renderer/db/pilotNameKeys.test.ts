import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/ids';
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
import { PILOT_NAME_KEYS, type PilotNameKey } from '../../../renderer/db/pilotNameKeys';
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

async function keyCount(db: PortfolioDatabase): Promise<number> {
  return db.table(PILOT_NAME_KEYS).count();
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

    // What a backup is made of carries no key: not as a table, not as a field of a pilot.
    const saved = await readPortfolioData(db);
    expect(Object.keys(saved)).not.toContain(PILOT_NAME_KEYS);
    expect(saved.pilots).toEqual(second.pilots);
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
