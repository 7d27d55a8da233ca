import Dexie, { type PromiseExtended, type Table } from 'dexie';
import { nowIso } from '../../shared/ids';
import { PortfolioDatabase } from './database';
import { RecordNotFoundError } from './errors';
import { explainOpenError, factoryRefusingNewerSchema } from './newerSchemaGuard';
import { REGISTRY_SCHEMA_VERSION } from './schemaVersion';

// The registry's database and its reads: what the app needs before its first screen. Kept apart
// from registry.ts (creating, renaming, deleting), which brings zod and the repositories, so the
// start-up code (renderer/app/startup.ts) can open the databases while the rest of the code loads.

/** One portfolio the app knows about; its records live in the database `dbName`. */
export interface PortfolioEntry {
  id: string;
  name: string;
  dbName: string;
  createdAt: string;
  lastOpenedAt: string | null;
}

interface MetaRow {
  key: string;
  value: string;
}

export const REGISTRY_DB_NAME = 'pilot-portfolio-registry';
const REGISTRY_VERSION = REGISTRY_SCHEMA_VERSION;
const REGISTRY_SUBJECT = 'The list of portfolios';

/** The small database listing every portfolio, kept apart so each portfolio stays one database. */
export class RegistryDatabase extends Dexie {
  declare portfolios: Table<PortfolioEntry, string>;
  declare meta: Table<MetaRow, string>;

  constructor(name = REGISTRY_DB_NAME) {
    super(name, {
      indexedDB: factoryRefusingNewerSchema(REGISTRY_SUBJECT, REGISTRY_VERSION),
      chromeTransactionDurability: 'strict',
    });
    this.version(1).stores({ portfolios: 'id, name, dbName, lastOpenedAt', meta: 'key' });
  }

  override open(): PromiseExtended<Dexie> {
    return super.open().catch(async (error: unknown) => {
      throw await explainOpenError(error, this.name, REGISTRY_SUBJECT, REGISTRY_VERSION);
    });
  }
}

let registry: RegistryDatabase | null = null;
const openDatabases = new Map<string, PortfolioDatabase>();

export function getRegistry(): RegistryDatabase {
  registry ??= new RegistryDatabase();
  return registry;
}

/** Forgets the shared instance of a database (it was deleted, or never finished being made). */
export function forgetPortfolioDatabase(dbName: string): void {
  openDatabases.delete(dbName);
}

/** Closes everything this module opened and deletes the registry, so each test starts clean. */
export async function resetRegistryForTests(): Promise<void> {
  for (const db of openDatabases.values()) db.close();
  openDatabases.clear();
  registry?.close();
  registry = null;
  await Dexie.delete(REGISTRY_DB_NAME);
}

/** Every portfolio, by name. Plain Dexie reads, so it works inside `useLiveQuery`. */
export async function listPortfolios(): Promise<PortfolioEntry[]> {
  const entries = await getRegistry().portfolios.toArray();
  return entries.sort(
    (a, b) => a.name.localeCompare(b.name) || a.createdAt.localeCompare(b.createdAt),
  );
}

export async function getPortfolio(id: string): Promise<PortfolioEntry | undefined> {
  return getRegistry().portfolios.get(id);
}

/**
 * The database of `entry`, one instance per database name so every screen shares its connection
 * and live queries. Not opened yet: `await db.open()` reports a newer-schema database clearly.
 */
export function openPortfolio(entry: Pick<PortfolioEntry, 'dbName'>): PortfolioDatabase {
  let db = openDatabases.get(entry.dbName);
  if (!db) {
    db = new PortfolioDatabase(entry.dbName);
    openDatabases.set(entry.dbName, db);
  }
  return db;
}

/** The portfolio opened last, or null when there is none (or it has since been deleted). */
export async function getLastOpened(): Promise<PortfolioEntry | null> {
  const reg = getRegistry();
  return reg.transaction('r', [reg.portfolios, reg.meta], async () => {
    const last = await reg.meta.get('lastPortfolioId');
    if (!last) return null;
    return (await reg.portfolios.get(last.value)) ?? null;
  });
}

/** The id of the portfolio opened last, or null (see `getLastOpened`). */
export async function getLastOpenedId(): Promise<string | null> {
  return (await getLastOpened())?.id ?? null;
}

/** Makes `id` the portfolio the app opens next time (and records when it was opened). */
export async function setLastOpened(id: string): Promise<void> {
  const reg = getRegistry();
  await reg.transaction('rw', [reg.portfolios, reg.meta], async () => {
    const entry = await reg.portfolios.get(id);
    if (!entry) throw new RecordNotFoundError('portfolio', id);
    await reg.portfolios.put({ ...entry, lastOpenedAt: nowIso() });
    await reg.meta.put({ key: 'lastPortfolioId', value: id });
  });
}
