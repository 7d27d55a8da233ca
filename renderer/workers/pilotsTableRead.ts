import type { Person, Pilot } from '@shared/model';
import { answer as answerOr, openExisting } from './idbRequests';

/** Every pilot of a portfolio, read; the names of people are looked up afterwards, by id. */
export interface PilotsRead {
  dbName: string;
  pilots: Pilot[];
  /** The database version read: the app compares it with its own (a schema upgrade in between). */
  version: number;
  /** Person id → name for those of `ids` who exist. */
  namesOf: (ids: Iterable<string>) => Promise<Map<string, string>>;
  /** Closes the connection (once its reads are done). */
  close: () => void;
}

/**
 * The pilots' keys in parts of about equal size: ids are random UUIDs, so their first hex digit
 * splits them evenly. The parts cover every possible key (lower and upper bounds open-ended), so
 * any id is read whatever its form, and in the same order as one getAll.
 */
const PARTS: readonly IDBKeyRange[] = [
  IDBKeyRange.upperBound('4', true),
  IDBKeyRange.bound('4', '8', false, true),
  IDBKeyRange.bound('8', 'c', false, true),
  IDBKeyRange.lowerBound('c'),
];

const answer = <T>(request: IDBRequest<T>): Promise<T> =>
  answerOr(request, 'The pilots could not be read.');

/**
 * Reads every pilot of `dbName` (null: the portfolio opened last) with IndexedDB itself (the worker has no Dexie; the app writes
 * records through Dexie as they are). People are looked up by id: a large portfolio has tens of
 * thousands, its pilots cite a few thousand, and the table's first screen needs a few dozen —
 * which can be asked for first. The lookups are separate read-only transactions: the app reads
 * again after any write, so a write between the two never shows (see PilotsTableSource).
 */
export async function readPilots(dbName: string | null): Promise<PilotsRead> {
  return readPilotsFrom(await openPortfolioDatabase(dbName));
}

/** Opens the database of `dbName` (null: the portfolio opened last) as it is, at its version. */
export async function openPortfolioDatabase(dbName: string | null): Promise<IDBDatabase> {
  return openExisting(dbName ?? (await lastOpenedDbName()));
}

/** `readPilots` on a connection already open; the read's `close` closes it. */
export async function readPilotsFrom(db: IDBDatabase): Promise<PilotsRead> {
  try {
    const store = db.transaction('pilots', 'readonly').objectStore('pilots');
    // Asked for all at once, in key order: the database reads one part while this thread
    // deserialises the one before (a single getAll does one after the other).
    const parts = await Promise.all(PARTS.map((range) => answer<Pilot[]>(store.getAll(range))));
    const pilots = parts.flat();
    const namesOf = async (ids: Iterable<string>) => {
      const store = db.transaction('people', 'readonly').objectStore('people');
      const people = await Promise.all(
        [...ids].map((id) => answer<Person | undefined>(store.get(id))),
      );
      const names = new Map<string, string>();
      for (const person of people) if (person) names.set(person.id, person.name);
      return names;
    };
    return { dbName: db.name, pilots, version: db.version, namesOf, close: () => db.close() };
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * The registry's database (renderer/db/registryDatabase.ts): its `meta` row `lastPortfolioId`
 * names the portfolio opened last, whose `portfolios` entry names its database.
 */
const REGISTRY = 'pilot-portfolio-registry';

/**
 * The database of the portfolio opened last, looked up here at start-up so the worker need not
 * wait for the app to do it; the app checks that it names the same one (see PilotsTableSource).
 */
export async function lastOpenedDbName(): Promise<string> {
  const db = await openExisting(REGISTRY);
  try {
    const tx = db.transaction(['meta', 'portfolios'], 'readonly');
    const last = await answer<{ value: string } | undefined>(
      tx.objectStore('meta').get('lastPortfolioId'),
    );
    const entry =
      last &&
      (await answer<{ dbName: string } | undefined>(tx.objectStore('portfolios').get(last.value)));
    if (!entry) throw new Error('No portfolio was opened last.');
    return entry.dbName;
  } finally {
    db.close();
  }
}

/** The ids of the people `pilots` cite as sponsor or lead. */
export function citedPeople(pilots: Iterable<Pilot>): Set<string> {
  const ids = new Set<string>();
  for (const p of pilots) {
    if (p.sponsorId) ids.add(p.sponsorId);
    if (p.leadId) ids.add(p.leadId);
  }
  return ids;
}
