import { afterEach, describe, expect, it } from 'vitest';
import { pilotRecord } from './pilotRecord';
import type { Pilot } from '@shared/model';
import {
  createPerson,
  createPilot,
  deletePilot,
  restoreDeleted,
  updatePerson,
  updatePilot,
  type PortfolioDatabase,
} from '../../../renderer/db';
import { createPortfolio, setLastOpened } from '../../../renderer/db/registry';
import { openPortfolio, resetRegistryForTests } from '../../../renderer/db/registryDatabase';
import {
  toPilotRows,
  viewPilotRows,
  type PilotRow,
} from '../../../renderer/features/pilots/pilotRows';
import {
  readPilotsTableData,
  type PilotsTable,
} from '../../../renderer/features/pilots/pilotsTableData';
import {
  beginPilotsTableRead,
  PilotsTableSource,
} from '../../../renderer/features/pilots/pilotsTableSource';
import { createPilotsTableReader } from '../../../renderer/workers/pilotsTableClient';
import { fromPilotColumns } from '../../../renderer/workers/pilotsTableColumns';
import {
  FIRST_ROWS,
  readPilotsTable,
  type PilotsTableResult,
} from '../../../renderer/workers/pilotsTableEngine';
import { deleteOpenedDatabases, newDatabase } from '../db/fixtures';

afterEach(async () => {
  await deleteOpenedDatabases();
  await resetRegistryForTests();
});

const BY_NAME = [{ id: 'name', desc: false }];
const VIEW = { search: '', stage: '', businessUnit: '', sorting: BY_NAME };
const BY_BUDGET = [{ id: 'budget', desc: false }];
const BUDGET_VIEW = { ...VIEW, sorting: BY_BUDGET };

async function seed() {
  const db = await newDatabase();
  const sam = await createPerson(db, { name: 'Sam Sponsor' });
  const lee = await createPerson(db, { name: 'Lee Lead' });
  // Cited by no pilot: the table never needs their name.
  await createPerson(db, { name: 'Nobody Cited' });
  const ten = await createPilot(db, {
    name: 'Pilot 10',
    summary: 'Reads invoices',
    budget: 100,
    sponsorId: sam.id,
    tags: ['ocr', 'finance'],
  });
  await createPilot(db, { name: 'pilot 2', budget: 300, leadId: lee.id, stage: 'pilot' });
  await createPilot(db, { name: 'Ärzte desk', fte: 1.5, nextReviewDate: '2026-04-01' });
  return { db, sam, lee, ten };
}

/** What the page showed before the worker: the main thread's read, made rows, sorted by name. */
async function mainThreadView(db: PortfolioDatabase, view = VIEW): Promise<PilotRow[]> {
  const data = await readPilotsTableData(db);
  return viewPilotRows(toPilotRows(data.pilots, data.names), view);
}

const shownRows = (table: PilotsTable) => viewPilotRows(table.rows, VIEW, table.presorted);
const resultRows = (result: PilotsTableResult) => fromPilotColumns(result.columns);

describe("the Pilots table's worker read", () => {
  it('gives exactly the rows and order of the main-thread read', async () => {
    const { db } = await seed();
    const result = await readPilotsTable({ dbName: db.name, sorting: BY_NAME });
    const expected = await mainThreadView(db);
    expect(result.complete).toBe(true);
    expect(result.dbName).toBe(db.name);
    expect(viewPilotRows(resultRows(result), VIEW, result.presorted)).toEqual(expected);
    expect(expected.map((r) => [r.name, r.sponsorName, r.leadName, r.tags])).toEqual([
      ['Ärzte desk', '', '', []],
      ['pilot 2', '', 'Lee Lead', []],
      ['Pilot 10', 'Sam Sponsor', '', ['ocr', 'finance']],
    ]);
  });

  it('names the first rows in order in a first answer, then all of them', async () => {
    const db = await newDatabase();
    const ana = await createPerson(db, { name: 'Ana' });
    const ben = await createPerson(db, { name: 'Ben' });
    // Sorted by budget (the name order has its own first answer, below): the pilot of budget 0
    // first. Ana sponsors the first rows, Ben the last one, which is beyond the first answer.
    const pilots: Pilot[] = Array.from({ length: FIRST_ROWS + 1 }, (_, i) => ({
      ...pilotRecord(`p${String(FIRST_ROWS - i).padStart(4, '0')}`),
      name: `Pilot ${String(i + 1).padStart(3, '0')}`,
      summary: `About Pilot ${String(i + 1).padStart(3, '0')}`,
      budget: i,
      sponsorId: i === FIRST_ROWS ? ben.id : ana.id,
    }));
    await db.pilots.bulkAdd(pilots);
    const firsts: PilotsTableResult[] = [];
    const result = await readPilotsTable({ dbName: db.name, sorting: BY_BUDGET }, (first) =>
      firsts.push(first),
    );
    expect(firsts).toHaveLength(1);
    const [first] = firsts;
    if (!first) throw new Error('no first answer');
    expect(first.complete).toBe(false);
    expect(first.total).toBe(FIRST_ROWS + 1);
    const firstShown = viewPilotRows(resultRows(first), BUDGET_VIEW, first.presorted);
    expect(firstShown.slice(0, FIRST_ROWS).every((r) => r.sponsorName === 'Ana')).toBe(true);
    expect(firstShown[FIRST_ROWS]).toMatchObject({
      name: 'Pilot 101',
      sponsorName: '',
      summary: '',
    });
    const shown = viewPilotRows(resultRows(result), BUDGET_VIEW, result.presorted);
    expect(shown[FIRST_ROWS]).toMatchObject({
      name: 'Pilot 101',
      sponsorName: 'Ben',
      summary: 'About Pilot 101',
    });
    expect(firstShown[0]).toMatchObject({ name: 'Pilot 001', summary: 'About Pilot 001' });
    expect(shown).toEqual(await mainThreadView(db, BUDGET_VIEW));
  });

  it('gives no first answer when the order depends on the people', async () => {
    const { db } = await seed();
    const firsts: PilotsTableResult[] = [];
    await readPilotsTable({ dbName: db.name, sorting: [{ id: 'sponsorName', desc: true }] }, (f) =>
      firsts.push(f),
    );
    expect(firsts).toEqual([]);
  });

  it('finds the portfolio opened last itself, at start-up', async () => {
    const entry = await createPortfolio({ name: 'Northwind' });
    await setLastOpened(entry.id);
    const db = openPortfolio(entry);
    await createPilot(db, { name: 'Only pilot' });
    const result = await readPilotsTable({ dbName: null, sorting: BY_NAME });
    expect(result.dbName).toBe(entry.dbName);
    expect(resultRows(result).map((r) => r.name)).toEqual(['Only pilot']);
    db.close();
  });

  it('refuses when no portfolio was opened, and a database that does not exist', async () => {
    await expect(readPilotsTable({ dbName: null, sorting: BY_NAME })).rejects.toThrow();
    await expect(readPilotsTable({ dbName: 'no-such-portfolio', sorting: [] })).rejects.toThrow(
      'There is no portfolio database no-such-portfolio.',
    );
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('no-such-portfolio');
  });

  it('runs inline through the same protocol where there is no Worker', async () => {
    const { db } = await seed();
    const reader = createPilotsTableReader(false);
    try {
      // Asked for a first answer, the read waits after it until told to go on.
      const firsts: PilotsTableResult[] = [];
      const result = await reader.read(
        { dbName: db.name, sorting: BY_BUDGET, firstAnswer: true },
        (first) => {
          firsts.push(first);
          reader.proceed();
        },
      );
      expect(firsts.map((f) => f.complete)).toEqual([false]);
      expect(viewPilotRows(resultRows(result), BUDGET_VIEW, result.presorted)).toEqual(
        await mainThreadView(db, BUDGET_VIEW),
      );
    } finally {
      reader.dispose();
    }
  });
});

/** The values `source` publishes, and a way to wait for one. */
function watch(source: PilotsTableSource) {
  const seen: PilotsTable[] = [];
  const waiters: { accept: (t: PilotsTable) => boolean; resolve: (t: PilotsTable) => void }[] = [];
  const subscription = source.subscribe((table) => {
    seen.push(table);
    for (const w of [...waiters]) {
      if (w.accept(table)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(table);
      }
    }
  });
  const next = (accept: (t: PilotsTable) => boolean) =>
    new Promise<PilotsTable>((resolve) => {
      // The latest value or a later one: an earlier one predates what the test just did.
      const latest = seen.at(-1);
      if (latest && accept(latest)) resolve(latest);
      else waiters.push({ accept, resolve });
    });
  return { seen, next, stop: () => subscription.unsubscribe() };
}

const complete = (t: PilotsTable) => t.complete;
const named = (name: string) => (t: PilotsTable) =>
  t.complete && t.rows.some((r) => r.name === name);

describe('PilotsTableSource', () => {
  it('follows every write to the pilots and people: create, edit, rename, delete, undo', async () => {
    const { db, sam, ten } = await seed();
    const source = new PilotsTableSource(db, BY_NAME, {
      createReader: () => createPilotsTableReader(false),
    });
    const { next, stop } = watch(source);
    try {
      await next(complete);
      await createPilot(db, { name: 'Pilot 11' });
      await next(named('Pilot 11'));
      await updatePilot(db, ten.id, { name: 'Pilot 1' });
      let table = await next(named('Pilot 1'));
      expect(table.rows.map((r) => r.name)).not.toContain('Pilot 10');
      await updatePerson(db, sam.id, { name: 'Samira Sponsor' });
      table = await next((t) => t.rows.some((r) => r.sponsorName === 'Samira Sponsor'));
      const token = await deletePilot(db, ten.id);
      table = await next((t) => t.complete && !t.rows.some((r) => r.id === ten.id));
      await restoreDeleted(db, token);
      table = await next((t) => t.complete && t.rows.some((r) => r.id === ten.id));
      expect(shownRows(table)).toEqual(await mainThreadView(db));
    } finally {
      stop();
    }
  });

  it('reads on the main thread should the worker fail, with the same rows', async () => {
    const { db } = await seed();
    const source = new PilotsTableSource(db, BY_NAME, {
      createReader: () => ({
        read: () => Promise.reject(new Error('The background task failed: boom')),
        proceed: () => undefined,
        dispose: () => undefined,
      }),
    });
    const { next, stop } = watch(source);
    try {
      const table = await next(complete);
      expect(shownRows(table)).toEqual(await mainThreadView(db));
      // And it still follows writes.
      await createPilot(db, { name: 'Pilot 0' });
      await next(named('Pilot 0'));
    } finally {
      stop();
    }
  });

  it('never shows a read that a write overtook', async () => {
    const { db, ten } = await seed();
    const inline = createPilotsTableReader(false);
    let calls = 0;
    let releaseFirst: () => void = () => undefined;
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstDone: () => void = () => undefined;
    const firstRead = new Promise<void>((resolve) => (firstDone = resolve));
    const source = new PilotsTableSource(db, BY_NAME, {
      createReader: () => ({
        read: async (args) => {
          calls += 1;
          const call = calls;
          // No first answer: this test is about the complete ones.
          const result = await inline.read({ ...args, firstAnswer: false });
          // The first read has read the old name; a write commits before it is handed over.
          if (call === 1) {
            firstDone();
            await firstHeld;
          }
          return result;
        },
        proceed: () => undefined,
        dispose: () => inline.dispose(),
      }),
    });
    const { seen, next, stop } = watch(source);
    try {
      await firstRead;
      await updatePilot(db, ten.id, { name: 'Pilot 1' });
      releaseFirst();
      await next(named('Pilot 1'));
      expect(seen.some((t) => t.rows.some((r) => r.name === 'Pilot 10'))).toBe(false);
    } finally {
      stop();
    }
  });

  it("takes over start-up's read, or reads its own database when that read another", async () => {
    const { db } = await seed();
    const other = await newDatabase();
    await createPilot(other, { name: 'Elsewhere' });
    const reader = createPilotsTableReader(false);
    const begun = {
      reader,
      result: reader.read({ dbName: other.name, sorting: BY_NAME }),
      onFirst: () => undefined,
    };
    const source = new PilotsTableSource(db, BY_NAME, {
      begun,
      createReader: () => createPilotsTableReader(false),
    });
    const { seen, next, stop } = watch(source);
    try {
      const table = await next(complete);
      expect(shownRows(table)).toEqual(await mainThreadView(db));
      expect(seen.some((t) => t.rows.some((r) => r.name === 'Elsewhere'))).toBe(false);
    } finally {
      stop();
    }
  });

  it("shows start-up's first answer, then the complete table", async () => {
    const entry = await createPortfolio({ name: 'Northwind' });
    await setLastOpened(entry.id);
    const db = openPortfolio(entry);
    await createPilot(db, { name: 'Only pilot' });
    const source = new PilotsTableSource(db, BY_NAME, {
      eager: true,
      begun: beginPilotsTableRead(BY_NAME, () => createPilotsTableReader(false)),
    });
    await source.settled;
    const { seen, next, stop } = watch(source);
    try {
      await next(complete);
      expect(seen.at(-1)?.rows.map((r) => r.name)).toEqual(['Only pilot']);
    } finally {
      stop();
      db.close();
    }
  });
});
