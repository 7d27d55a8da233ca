import { indexedDbVersionOf, REGISTRY_SCHEMA_VERSION, SCHEMA_VERSION } from '../db/schemaVersion';
import { DEFAULT_PILOT_SORTING } from '../features/pilots/pilotsTableData';
import { toPilotRows, type PilotRow } from '../features/pilots/pilotRows';
import { answer as answerOr, openExisting } from '../workers/idbRequests';
import { readPilotsHead } from '../workers/pilotsTableHead';
import { cachedNameKeyGeneration } from './nameKeyGenerationCache';

// What the first screen shows, read with IndexedDB itself: Dexie, zod and the repositories are
// what the app's code spends its first few hundred milliseconds loading (see showFirstScreen.tsx).

/** The registry's database and stores (renderer/db/registryDatabase.ts), named here. */
const REGISTRY = 'pilot-portfolio-registry';

export interface FirstScreenData {
  /** The portfolio opened last, which the app opens again. */
  portfolioName: string;
  /** How many portfolios there are on this computer (the sidebar's switcher says). */
  portfolioCount: number;
  currency: string;
  /** The Pilots table's first rows in name order, when the app starts on the Pilots page. */
  pilots: { rows: PilotRow[]; total: number } | null;
}

const answer = <T>(request: IDBRequest<T>): Promise<T> =>
  answerOr(request, 'The first screen could not be read.');

interface LastOpened {
  name: string;
  dbName: string;
  count: number;
}

async function readLastOpened(): Promise<LastOpened | null> {
  // None on a first run (openExisting creates none), or unreadable: the app's own screen says.
  const db = await openExisting(REGISTRY).catch(() => null);
  if (!db) return null;
  try {
    // Another version (a newer build's): the app refuses it and says so.
    if (db.version !== indexedDbVersionOf(REGISTRY_SCHEMA_VERSION)) return null;
    const tx = db.transaction(['meta', 'portfolios'], 'readonly');
    // Both at once (one round trip, not two): the list of portfolios is a handful of entries.
    const [last, entries] = await Promise.all([
      answer<{ value: string } | undefined>(tx.objectStore('meta').get('lastPortfolioId')),
      answer<{ id: string; name: string; dbName: string }[]>(tx.objectStore('portfolios').getAll()),
    ]);
    const entry = last && entries.find((e) => e.id === last.value);
    return entry ? { name: entry.name, dbName: entry.dbName, count: entries.length } : null;
  } finally {
    db.close();
  }
}

/** What the first screen shows of one portfolio's database. */
type PortfolioRead = Pick<FirstScreenData, 'currency' | 'pilots'>;

async function readPortfolio(
  dbName: string,
  onPilotsPage: boolean,
  rowLimit: number,
): Promise<PortfolioRead | null> {
  const db = await openExisting(dbName);
  try {
    if (db.version !== indexedDbVersionOf(SCHEMA_VERSION)) return null;
    const [settings, head] = await Promise.all([
      answer<{ currency?: string }[]>(
        db.transaction('settings', 'readonly').objectStore('settings').getAll(null, 1),
      ),
      onPilotsPage
        ? readPilotsHead(db, DEFAULT_PILOT_SORTING, rowLimit, cachedNameKeyGeneration)
        : null,
    ]);
    const currency = settings[0]?.currency;
    if (!currency) return null;
    return {
      currency,
      pilots: head && { rows: toPilotRows(head.pilots, head.names), total: head.total },
    };
  } finally {
    db.close();
  }
}

/**
 * The database the first screen read last time, kept in local storage: it is read at once, beside
 * the registry, instead of after it (two round trips of IndexedDB fewer before the first screen).
 * The registry still decides: a guess it does not confirm is never shown.
 */
const GUESS_KEY = 'pilot-portfolio-first-screen-database';

function guessedDatabase(): string | null {
  try {
    return localStorage.getItem(GUESS_KEY);
  } catch {
    return null;
  }
}

function rememberDatabase(dbName: string): void {
  try {
    localStorage.setItem(GUESS_KEY, dbName);
  } catch {
    // Storage refused: next time the registry is read first, as without a guess.
  }
}

/**
 * What the first screen shows: the portfolio opened last and, on the Pilots page, the table's
 * first `rowLimit` rows. Null when there is none to show — no portfolio opened last, or its
 * database at another schema version than this build's (the app upgrades it, or refuses it, and
 * says so): then the app's own first screen is the first. Rejects if anything cannot be read.
 */
export async function readFirstScreen(
  onPilotsPage: boolean,
  rowLimit: number,
): Promise<FirstScreenData | null> {
  const guess = guessedDatabase();
  // Its failure (a database since deleted, say) is no failure of the first screen's.
  const guessed = guess ? readPortfolio(guess, onPilotsPage, rowLimit).catch(() => null) : null;
  const last = await readLastOpened();
  if (!last) return null;
  let read: PortfolioRead | null;
  if (guessed && guess === last.dbName) {
    read = await guessed;
  } else {
    rememberDatabase(last.dbName);
    read = await readPortfolio(last.dbName, onPilotsPage, rowLimit);
  }
  return read && { portfolioName: last.name, portfolioCount: last.count, ...read };
}
