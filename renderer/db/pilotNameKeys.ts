import {
  cmp,
  type DBCore,
  type DBCoreKeyRange,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreRangeType,
  type DBCoreTable,
  type Dexie,
  type Middleware,
  type Transaction,
} from 'dexie';
import { nameKeyGeneration } from '../../shared/nameKeyGeneration';
import { nameSortKey } from '../../shared/nameSortKey';
import type { Pilot } from '../../shared/model';

/**
 * The store keeping each pilot's name sort key (shared/nameSortKey.ts), indexed: read in index
 * order it lists the pilots in the Pilots table's name order, so the table's first screen of a
 * large portfolio is a few dozen records read, not all of them (see pilotsTableHead.ts). Derived
 * data: never part of a backup or export (not in TABLE_NAMES), always rewritable from the pilots.
 */
export const PILOT_NAME_KEYS = 'pilotNameKeys';

/** One entry of PILOT_NAME_KEYS: the pilot's id and its name's sort key. */
export interface PilotNameKey {
  id: string;
  nameKey: string;
}

/**
 * The key, in PILOT_NAME_KEYS, of the one record that is not a pilot's: the generation of the
 * keys stored (shared/nameKeyGeneration.ts). A number, because pilots' ids are strings and
 * IndexedDB orders every number before every string: no pilot is ever keyed by it, and no range
 * of pilots' keys reaches it. Having no `nameKey`, it is not in the index either. The worker's
 * head read (renderer/workers/pilotsTableHead.ts) names it too.
 */
export const GENERATION_KEY = 0;

/** The record at GENERATION_KEY: every key stored was computed by this generation. */
export interface NameKeysGeneration {
  id: typeof GENERATION_KEY;
  generation: string;
}

export const pilotNameKeyOf = (pilot: Pick<Pilot, 'id' | 'name'>): PilotNameKey => ({
  id: pilot.id,
  nameKey: nameSortKey(pilot.name),
});

/** The least string key: every number and date key is below it. */
const LEAST_STRING = '';
/** DBCoreRangeType.Range (a const enum, which isolated modules cannot read by name). */
const RANGE: DBCoreRangeType = 2;

/**
 * The part of `range` that can hold pilots' keys (strings and above), so that mirroring a
 * deleted range of pilots — `clear()` deletes them all — leaves the generation record alone.
 * Null when nothing is left.
 */
function pilotKeysIn(range: DBCoreKeyRange): DBCoreKeyRange | null {
  const { lower, upper } = range;
  if (upper !== undefined && cmp(upper, LEAST_STRING) < 0) return null;
  if (lower !== undefined && cmp(lower, LEAST_STRING) >= 0) return range;
  return { type: RANGE, lower: LEAST_STRING, upper, upperOpen: range.upperOpen };
}

/** The write to PILOT_NAME_KEYS that mirrors `request` to the pilots, given how it went. */
function mirrorOf(
  request: DBCoreMutateRequest,
  response: DBCoreMutateResponse,
): DBCoreMutateRequest | null {
  const { trans } = request;
  switch (request.type) {
    case 'add':
    case 'put': {
      // Only the pilots stored: an `add` whose key was taken fails alone (Dexie's bulkAdd).
      const values = (request.values as readonly Pilot[])
        .filter((_pilot, i) => !(i in response.failures))
        .map(pilotNameKeyOf);
      return values.length > 0 ? { type: 'put', trans, values } : null;
    }
    case 'delete':
      return request.keys.length > 0 ? { type: 'delete', trans, keys: request.keys } : null;
    case 'deleteRange': {
      // Both stores are keyed by the pilot's id: the same range, but for the generation record.
      const range = pilotKeysIn(request.range);
      return range ? { type: 'deleteRange', trans, range } : null;
    }
  }
}

/**
 * Keeps PILOT_NAME_KEYS in step with the pilots on every write, whichever path makes it
 * (repositories, import, restore, sample portfolio, undo): each write to the pilots writes their
 * keys in the same transaction, which this widens to include the keys' store. One place, so no
 * new write path can forget it.
 */
export const pilotNameKeysMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'PilotNameKeys',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) =>
      down.transaction(
        mode === 'readwrite' && stores.includes('pilots') && !stores.includes(PILOT_NAME_KEYS)
          ? [...stores, PILOT_NAME_KEYS]
          : stores,
        mode,
        options,
      ),
    table: (name) => {
      const table = down.table(name);
      if (name !== 'pilots') return table;
      const mutate: DBCoreTable['mutate'] = (request) =>
        table.mutate(request).then((response) => {
          const mirror = mirrorOf(request, response);
          if (!mirror) return response;
          return down
            .table(PILOT_NAME_KEYS)
            .mutate(mirror)
            .then(() => response);
        });
      return { ...table, mutate };
    },
  }),
};

/** PILOT_NAME_KEYS in `tx`, with both kinds of record it holds. */
const keysIn = (tx: Transaction) =>
  tx.table<PilotNameKey | NameKeysGeneration, string | number>(PILOT_NAME_KEYS);

const isPilotKey = (record: PilotNameKey | NameKeysGeneration): record is PilotNameKey =>
  typeof record.id === 'string';

/**
 * Makes every pilot's stored key the one this engine computes, and records this engine's
 * generation: the schema upgrade that added PILOT_NAME_KEYS, and the rewrite of keys another
 * generation computed. One transaction, so a reader sees the old keys under their old generation
 * or the new ones under the new. Only keys that differ are written (and keys of no pilot
 * deleted): a new engine changes the keys of few names, if any, and writing 10,000 records takes
 * IndexedDB about a second where reading them takes a fraction of that.
 */
export async function writeEveryPilotNameKey(tx: Transaction): Promise<void> {
  const keys = keysIn(tx);
  const [pilots, stored] = await Promise.all([
    tx.table<Pilot, string>('pilots').toArray(),
    keys.toArray(),
  ]);
  const storedKeys = new Map(stored.filter(isPilotKey).map((entry) => [entry.id, entry.nameKey]));
  const changed = pilots
    .map(pilotNameKeyOf)
    .filter((key) => storedKeys.get(key.id) !== key.nameKey);
  const pilotIds = new Set(pilots.map((pilot) => pilot.id));
  const orphans = [...storedKeys.keys()].filter((id) => !pilotIds.has(id));
  const stamp: NameKeysGeneration = { id: GENERATION_KEY, generation: nameKeyGeneration() };
  if (orphans.length > 0) await keys.bulkDelete(orphans);
  await keys.bulkPut([...changed, stamp]);
}

/** The generation `db`'s keys were computed by; undefined before any was recorded. */
async function storedGeneration(db: Dexie): Promise<string | undefined> {
  const keys = db.table<NameKeysGeneration, number>(PILOT_NAME_KEYS);
  return (await keys.get(GENERATION_KEY))?.generation;
}

/**
 * Rewrites the keys of `db` unless this engine's generation computed them (see
 * nameKeyGeneration: an Electron upgrade can bring Unicode tables that key some names
 * differently). True when it rewrote them. A database from before generations were recorded
 * has none: its keys are checked once, and stamped.
 */
export async function refreshPilotNameKeys(db: Dexie): Promise<boolean> {
  const current = nameKeyGeneration();
  // Read first, outside a read-write transaction: the check must not queue behind, or hold up,
  // other reads and writes when there is nothing to do — nearly always.
  if ((await storedGeneration(db)) === current) return false;
  return db.transaction('rw', ['pilots', PILOT_NAME_KEYS], async (tx) => {
    // Another window of the app may have rewritten them meanwhile.
    if ((await storedGeneration(db)) === current) return false;
    await writeEveryPilotNameKey(tx);
    return true;
  });
}

/** The latest refresh begun for each database (see keepPilotNameKeys). */
const refreshes = new WeakMap<Dexie, Promise<boolean>>();

/** Resolves once the refresh begun when `db` last opened is done: true if it rewrote keys. */
export function pilotNameKeysRefreshed(db: Dexie): Promise<boolean> {
  return refreshes.get(db) ?? Promise.resolve(false);
}

/** The longest a refresh waits for an idle moment. */
const IDLE_TIMEOUT = 5_000;
/**
 * The idle time a refresh waits for: its check computes the generation (~10-25 ms). The short
 * idle moments between frames while a page draws (the Portfolio page's charts, one a task) are
 * not enough: started in one, it held up the next chart by as long.
 */
export const IDLE_NEEDED_MS = 30;

/**
 * How long after opening a refresh begins to wait for its idle moment. A page being drawn has
 * idle moments long enough while it waits for its data (the Portfolio page for its aggregation
 * worker): the check then took a share of the machine the worker needed. Nothing needs it soon
 * (see keepPilotNameKeys).
 */
export const REFRESH_DELAY_MS = 3_000;

/**
 * Runs `task` once the page has an idle moment of IDLE_NEEDED_MS (or at once without
 * requestIdleCallback: in a worker or the tests), at the latest after IDLE_TIMEOUT; with
 * `delayMs`, only from `delayMs` on.
 */
export function whenIdle(task: () => void, delayMs = 0): void {
  if (typeof requestIdleCallback !== 'function') {
    setTimeout(task, 0);
    return;
  }
  if (delayMs > 0) {
    setTimeout(() => whenIdle(task), delayMs);
    return;
  }
  const startedAt = Date.now();
  const wait = () =>
    requestIdleCallback(
      (deadline) => {
        const waited = Date.now() - startedAt;
        if (deadline.timeRemaining() >= IDLE_NEEDED_MS || deadline.didTimeout) task();
        else if (waited >= IDLE_TIMEOUT) task();
        else wait();
      },
      { timeout: Math.max(1, IDLE_TIMEOUT - (Date.now() - startedAt)) },
    );
  wait();
}

/**
 * Keeps `db`'s name keys right. Every write to the pilots writes their keys (the middleware). A
 * new database records this engine's generation as it is created (it holds no key yet). And
 * after every opening, a few seconds later once the page is idle, the keys are rewritten if
 * another generation computed them.
 *
 * Why after opening and not before: computing the generation takes ~10-25 ms of the main
 * thread, which start-up cannot spare, and nothing needs it first — the only reader of the
 * keys, the Pilots table's first screen (renderer/workers/pilotsTableHead.ts), checks the
 * generation itself and reads every pilot instead while it differs. So an engine upgrade costs
 * one start-up without that shortcut. A refresh that fails (the disk full, the database closed
 * meanwhile) leaves the old generation recorded and is tried again at the next opening; opening
 * never fails for it: the keys are derived, the pilots are what matters.
 */
export function keepPilotNameKeys(db: Dexie): void {
  db.use(pilotNameKeysMiddleware);
  db.on('populate', (tx: Transaction) =>
    keysIn(tx).put({ id: GENERATION_KEY, generation: nameKeyGeneration() }),
  );
  db.on(
    'ready',
    () => {
      const refreshed = new Promise<boolean>((resolve) =>
        whenIdle(() => resolve(refreshPilotNameKeys(db).catch(() => false)), REFRESH_DELAY_MS),
      );
      refreshes.set(db, refreshed);
    },
    true,
  );
}
