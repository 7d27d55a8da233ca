import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/ids';
import {
  DERIVED_STORES,
  NewerDatabaseError,
  PortfolioDatabase,
  SCHEMA_HISTORY,
  SCHEMA_VERSION,
  TABLE_NAMES,
  type SchemaVersion,
} from '../../../renderer/db';
import { buildSmallPortfolio } from './fixtures';
import {
  buildDatabaseAtVersion,
  declaredShape,
  readRawDatabase,
  canonicalRows,
  type Rows,
} from './migrationHarness';

const names: string[] = [];
function dbName(): string {
  const name = `migration-${newId()}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

function portfolioRows(): Rows {
  const data = buildSmallPortfolio();
  return {
    settings: [data.settings],
    people: data.people,
    pilots: data.pilots,
    agents: data.agents,
    assignments: data.assignments,
    supervisionLogs: data.supervisionLogs,
    metricDefinitions: data.metricDefinitions,
    metrics: data.metrics,
    series: data.series,
    decisions: data.decisions,
    lessons: data.lessons,
    history: data.history,
  };
}

interface MigrationCase {
  /** Records in the shape that version stored them. */
  rows: () => Rows;
  /** What today's code must read back from them. */
  expected: (rows: Rows) => Rows;
}

/**
 * One entry per schema version ever shipped. Adding version n+1 means adding case n+1 here AND
 * updating the expectations of older cases to today's shape — the test below fails until then.
 */
const MIGRATION_CASES: Record<number, MigrationCase> = {
  // Version 2 added only a derived store (the pilots' name keys): every record reads back as is.
  1: { rows: portfolioRows, expected: (rows) => rows },
  2: { rows: portfolioRows, expected: (rows) => rows },
};

describe('schema history', () => {
  it('lists versions 1 and 2 as the shipped schemas, with UUID keys and no auto-increment', () => {
    expect(SCHEMA_VERSION).toBe(2);
    expect(SCHEMA_HISTORY[0]).toBeNull();
    expect(SCHEMA_HISTORY).toHaveLength(SCHEMA_VERSION + 1);
    for (const schema of SCHEMA_HISTORY.slice(1)) {
      for (const spec of Object.values(schema!.stores)) expect(spec).not.toMatch(/\+\+/);
    }
    expect(Object.keys(SCHEMA_HISTORY[SCHEMA_VERSION]!.stores).sort()).toEqual(
      [...TABLE_NAMES, ...DERIVED_STORES].sort(),
    );
  });

  it('every shipped version has a migration case', () => {
    for (let v = 1; v <= SCHEMA_VERSION; v++)
      expect(MIGRATION_CASES[v], `version ${v}`).toBeDefined();
  });
});

describe.each(Array.from({ length: SCHEMA_VERSION }, (_v, i) => i + 1))(
  'a database written at schema version %i',
  (version) => {
    it('opens with today’s code and every record reads back as expected', async () => {
      const name = dbName();
      const migration = MIGRATION_CASES[version]!;
      const rows = migration.rows();
      await buildDatabaseAtVersion(name, version, rows);

      const db = new PortfolioDatabase(name);
      await db.open();
      const read: Rows = {};
      for (const table of TABLE_NAMES) read[table] = await db.tableOf(table).toArray();
      db.close();

      expect(canonicalRows(read)).toEqual(canonicalRows(migration.expected(rows)));

      const raw = await readRawDatabase(name);
      expect(raw.nativeVersion).toBe(SCHEMA_VERSION * 10);
      expect(raw.stores).toEqual(declaredShape(SCHEMA_HISTORY[SCHEMA_VERSION]!.stores));
    });
  },
);

describe('a database written by a newer version', () => {
  const current = SCHEMA_HISTORY[SCHEMA_VERSION]!;
  // A plausible future: a new table, a new index, and an index today's code declares dropped.
  const future: SchemaVersion = {
    stores: {
      ...current.stores,
      pilots: 'id, name, stage, sponsorId, leadId, nextReviewDate, updatedAt, *tags, programmeId',
      outcomes: 'id, pilotId',
    },
  };
  const history = [...SCHEMA_HISTORY, future];
  const futureVersion = SCHEMA_VERSION + 1;

  async function buildFuture(name: string): Promise<void> {
    const rows = portfolioRows();
    rows['pilots'] = (rows['pilots'] as object[]).map((p) => ({ ...p, programmeId: 'p-1' }));
    rows['outcomes'] = [{ id: newId(), pilotId: 'x', value: 42 }];
    await buildDatabaseAtVersion(name, futureVersion, rows, history);
  }

  it('is refused with a clear NewerDatabaseError, and nothing in it changes', async () => {
    const name = dbName();
    await buildFuture(name);
    const before = await readRawDatabase(name);

    const db = new PortfolioDatabase(name);
    const error = await db.open().catch((e: unknown) => e);
    db.close();

    expect(error).toBeInstanceOf(NewerDatabaseError);
    expect((error as NewerDatabaseError).message).toBe(
      'This portfolio was saved by a newer version of Pilot Portfolio (schema 3); this version reads ' +
        'up to schema 2. Update the app — nothing was changed.',
    );
    expect((error as NewerDatabaseError).foundVersion).toBe(3);
    const after = await readRawDatabase(name);
    expect(after).toEqual(before);
    expect(after.nativeVersion).toBe(futureVersion * 10);
    expect(after.stores['pilots']!.indexes['businessUnit']).toBeUndefined();
  });

  it('is refused as well when a query opens the database implicitly', async () => {
    const name = dbName();
    await buildFuture(name);
    const before = await readRawDatabase(name);

    const db = new PortfolioDatabase(name);
    const error = await db.pilots.toArray().catch((e: unknown) => e);
    db.close();

    expect(error).toBeInstanceOf(Error);
    expect(String((error as Error).message)).toContain(
      'saved by a newer version of Pilot Portfolio',
    );
    expect(await readRawDatabase(name)).toEqual(before);
  });

  it('would be silently altered by Dexie without the guard — why the guard exists', async () => {
    const name = dbName();
    await buildFuture(name);
    const plain = new Dexie(name, { addons: [] });
    plain.version(SCHEMA_VERSION).stores(current.stores);
    const warn = console.warn;
    const log = console.log;
    console.warn = () => undefined;
    console.log = () => undefined;
    try {
      await plain.open();
    } finally {
      console.warn = warn;
      console.log = log;
      plain.close();
    }
    const after = await readRawDatabase(name);
    // Dexie 4 reopened it without a version and re-created the dropped index, bumping the version.
    expect(after.nativeVersion).toBeGreaterThan(futureVersion * 10);
    expect(after.stores['pilots']!.indexes['businessUnit']).toBeDefined();
  });
});
