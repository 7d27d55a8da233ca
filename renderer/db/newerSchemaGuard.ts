import Dexie from 'dexie';
import { NewerDatabaseError } from './errors';

/**
 * Dexie multiplies its version numbers by ten for IndexedDB (version 1 is native version 10), so
 * the schema a newer release wrote is the native version divided by ten.
 */
function dexieVersionOf(nativeVersion: number): number {
  return Math.floor(nativeVersion / 10);
}

/**
 * An IndexedDB factory that refuses to open a database without naming a version.
 *
 * Dexie 4 does not report IndexedDB's VersionError when the database on disk is newer than the
 * code: it retries the open without a version and, when the installed schema lacks an index the
 * older code declares, "patches" the newer database (creates the index, bumps its version). That
 * would change a database a newer release owns. Our Dexie classes always declare their versions,
 * so the only version-less open Dexie makes is that retry — refusing it turns the silent patch
 * into a clean failure that has touched nothing.
 */
export function factoryRefusingNewerSchema(
  subject: string,
  supportedVersion: number,
  factory: IDBFactory | undefined = Dexie.dependencies.indexedDB,
): IDBFactory | undefined {
  if (!factory) return undefined;
  return {
    open(name: string, version?: number): IDBOpenDBRequest {
      if (version === undefined) {
        throw new NewerDatabaseError(name, null, supportedVersion, subject);
      }
      return factory.open(name, version);
    },
    deleteDatabase: (name: string) => factory.deleteDatabase(name),
    cmp: (a: unknown, b: unknown) => factory.cmp(a, b),
    databases: () => factory.databases(),
  };
}

function isVersionProblem(error: unknown): boolean {
  if (error instanceof NewerDatabaseError) return true;
  if (!(error instanceof Error)) return false;
  if (error.name === 'VersionError') return true;
  // Dexie wraps the open error in OpenFailedError/DatabaseClosedError for queries that auto-opened.
  const inner: unknown = (error as Error & { inner?: unknown }).inner;
  return inner !== undefined && inner !== error && isVersionProblem(inner);
}

async function installedVersion(factory: IDBFactory, name: string): Promise<number | null> {
  if (typeof factory.databases !== 'function') return null;
  try {
    const found = (await factory.databases()).find((info) => info.name === name);
    return found?.version ? dexieVersionOf(found.version) : null;
  } catch {
    return null;
  }
}

/**
 * Turns whatever an open failed with into a NewerDatabaseError naming the schema on disk when the
 * cause was a newer database; any other error is returned unchanged.
 */
export async function explainOpenError(
  error: unknown,
  databaseName: string,
  subject: string,
  supportedVersion: number,
  factory: IDBFactory | undefined = Dexie.dependencies.indexedDB,
): Promise<unknown> {
  if (!isVersionProblem(error)) return error;
  const found = factory ? await installedVersion(factory, databaseName) : null;
  return new NewerDatabaseError(databaseName, found, supportedVersion, subject);
}
