import Dexie from 'dexie';
import { SCHEMA_HISTORY, type SchemaVersion } from '../../../renderer/db';

/** Records by store name, as a given schema version stored them. */
export type Rows = Record<string, unknown[]>;

/**
 * Builds database `name` at schema `version` the way the release that shipped that version left
 * it: plain Dexie with only the store declarations of versions 1…`version` (no repositories, no
 * upgrade code), then fills it with `rows`. `history` lets a test add "future" versions.
 */
export async function buildDatabaseAtVersion(
  name: string,
  version: number,
  rows: Rows,
  history: readonly (SchemaVersion | null)[] = SCHEMA_HISTORY,
): Promise<void> {
  const raw = new Dexie(name, { addons: [] });
  for (let v = 1; v <= version; v++) {
    const schema = history[v];
    if (!schema) throw new Error(`No schema for version ${v}`);
    raw.version(v).stores(schema.stores);
  }
  await raw.open();
  await raw.transaction('rw', raw.tables, async () => {
    for (const [table, records] of Object.entries(rows)) await raw.table(table).bulkAdd(records);
  });
  raw.close();
}

export interface IndexShape {
  keyPath: string | string[];
  multiEntry: boolean;
  unique: boolean;
}

export interface StoreShape {
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: Record<string, IndexShape>;
}

export interface RawSnapshot {
  /** IndexedDB's own version number (Dexie's version × 10). */
  nativeVersion: number;
  stores: Record<string, StoreShape>;
  rows: Rows;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * Reads a database with the bare IndexedDB API — no Dexie, no declared schema, no version asked
 * for — so the reading itself cannot change what it reads. Rejects if the database does not exist.
 */
export function readRawDatabase(name: string): Promise<RawSnapshot> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onupgradeneeded = () => {
      // The database did not exist; aborting the creation leaves it not existing.
      open.transaction?.abort();
    };
    open.onerror = () => reject(open.error ?? new Error(`Cannot open ${name}`));
    open.onsuccess = () => {
      const idb = open.result;
      const names = Array.from(idb.objectStoreNames);
      const snapshot: RawSnapshot = { nativeVersion: idb.version, stores: {}, rows: {} };
      if (names.length === 0) {
        idb.close();
        resolve(snapshot);
        return;
      }
      const tx = idb.transaction(names, 'readonly');
      const reads = names.map(async (storeName) => {
        const store = tx.objectStore(storeName);
        const indexes: Record<string, IndexShape> = {};
        for (const indexName of Array.from(store.indexNames)) {
          const index = store.index(indexName);
          indexes[indexName] = {
            keyPath: index.keyPath,
            multiEntry: index.multiEntry,
            unique: index.unique,
          };
        }
        snapshot.stores[storeName] = {
          keyPath: store.keyPath,
          autoIncrement: store.autoIncrement,
          indexes,
        };
        snapshot.rows[storeName] = await request(store.getAll());
      });
      Promise.all(reads).then(
        () => {
          idb.close();
          resolve(snapshot);
        },
        (error: unknown) => {
          idb.close();
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    };
  });
}

/** The store shapes a Dexie `stores()` declaration produces, to compare with `readRawDatabase`. */
export function declaredShape(
  stores: Readonly<Record<string, string | null>>,
): Record<string, StoreShape> {
  const out: Record<string, StoreShape> = {};
  for (const [table, spec] of Object.entries(stores)) {
    if (spec === null) continue;
    const [primary, ...rest] = spec.split(',').map((s) => s.trim());
    const keyPathOf = (s: string): string | string[] =>
      s.startsWith('[') ? s.slice(1, -1).split('+') : s;
    const indexes: Record<string, IndexShape> = {};
    for (const raw of rest) {
      const multiEntry = raw.startsWith('*');
      const unique = raw.startsWith('&');
      const bare = raw.replace(/^[*&]/, '');
      indexes[bare] = { keyPath: keyPathOf(bare), multiEntry, unique };
    }
    out[table] = {
      keyPath: keyPathOf((primary ?? '').replace(/^\+\+|^&/, '')),
      autoIncrement: (primary ?? '').startsWith('++'),
      indexes,
    };
  }
  return out;
}

/**
 * Typed arrays become `{ Float64Array: [...] }`: the tag keeps the type checked, and the plain
 * array compares equal across realms (the structured clone of fake-indexeddb makes typed arrays
 * in Node's realm, which `toEqual` tells apart from the test realm's).
 */
function canonical(value: unknown): unknown {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const tag = Object.prototype.toString.call(value).slice(8, -1);
    return { [tag]: Array.from(value as unknown as ArrayLike<number>) };
  }
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

/** Rows sorted by primary key with typed arrays made comparable, so equal data compares equal. */
export function canonicalRows(rows: Rows): Rows {
  const out: Rows = {};
  for (const [table, records] of Object.entries(rows)) {
    const key = table === 'series' ? 'metricId' : 'id';
    out[table] = [...records]
      .sort((a, b) =>
        String((a as Record<string, unknown>)[key]).localeCompare(
          String((b as Record<string, unknown>)[key]),
        ),
      )
      .map(canonical);
  }
  return out;
}
