import type { Person, Pilot } from '@shared/model';
import { nameKeyGeneration } from '@shared/nameKeyGeneration';
import type { PilotSort } from '../features/pilots/pilotRows';
import { answer as answerOr } from './idbRequests';
import { citedPeople } from './pilotsTableRead';

// The store and index of renderer/db/pilotNameKeys.ts (schema version 2), and the key of its
// record of the keys' generation, named here: the worker has no Dexie and imports nothing of the
// app's database code.
const NAME_KEYS = 'pilotNameKeys';
const NAME_KEY_INDEX = 'nameKey';
const GENERATION_KEY = 0;

/** The first rows of the Pilots table in name order, read without reading the others. */
export interface PilotsHead {
  /** The first pilots in the table's order. */
  pilots: Pilot[];
  /** How many pilots there are in all. */
  total: number;
  /** Person id → name, for the sponsors and leads of `pilots`. */
  names: Map<string, string>;
}

const answer = <T>(request: IDBRequest<T>): Promise<T> =>
  answerOr(request, 'The first pilots could not be read.');

/**
 * Whether `sorting` is the order of the name-key index: by name alone, ascending (the index read
 * forwards) or descending (read backwards). Ties are by id both ways (see compareByName).
 */
export function headOrder(sorting: readonly PilotSort[]): 'next' | 'prev' | null {
  const [only] = sorting;
  if (sorting.length !== 1 || only?.id !== 'name') return null;
  return only.desc ? 'prev' : 'next';
}

/** The primary keys of the first `limit` entries of `index` in `direction`. */
async function firstKeys(
  index: IDBIndex,
  direction: 'next' | 'prev',
  limit: number,
): Promise<string[]> {
  if (direction === 'next') return answer(index.getAllKeys(null, limit)) as Promise<string[]>;
  const keys: string[] = [];
  const cursor = index.openKeyCursor(null, direction);
  return new Promise((resolve, reject) => {
    cursor.onerror = () => reject(cursor.error ?? new Error('The first pilots could not be read.'));
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (at && keys.length < limit) {
        keys.push(at.primaryKey as string);
        at.continue();
      } else resolve(keys);
    };
  });
}

/**
 * The first `limit` pilots in the order `sorting` asks for, their sponsors' and leads' names, and
 * how many pilots there are: a few dozen records read through the name-key index, however many
 * pilots the portfolio has, all in one read-only transaction (one consistent snapshot). Null when
 * the index cannot answer: another order, a database from before schema version 2 (the app
 * upgrades it on opening), keys another engine computed (the app rewrites them once it has
 * opened the database, see nameKeyGeneration — this may run first), or keys not one per pilot (never expected: then the
 * table waits for the complete read rather than trust them).
 */
export async function readPilotsHead(
  db: IDBDatabase,
  sorting: readonly PilotSort[],
  limit: number,
  /** This engine's generation of name keys (see nameKeyGeneration); the first screen's is cached. */
  generation: () => string = nameKeyGeneration,
): Promise<PilotsHead | null> {
  const direction = headOrder(sorting);
  if (!direction || !db.objectStoreNames.contains(NAME_KEYS)) return null;
  const tx = db.transaction(['pilots', NAME_KEYS, 'people'], 'readonly');
  const pilotStore = tx.objectStore('pilots');
  const keyStore = tx.objectStore(NAME_KEYS);
  const index = keyStore.index(NAME_KEY_INDEX);
  const reads = Promise.all([
    answer(pilotStore.count()),
    // The index's entries, not the store's records: the generation record has no name key.
    answer(index.count()),
    firstKeys(index, direction, limit),
    answer(keyStore.get(GENERATION_KEY) as IDBRequest<{ generation?: unknown } | undefined>),
  ]);
  // Computed while the database reads (once per worker; a few milliseconds).
  const current = generation();
  const [total, keyed, ids, stamp] = await reads;
  if (stamp?.generation !== current) return null;
  const found = await Promise.all(
    ids.map((id) => answer(pilotStore.get(id) as IDBRequest<Pilot | undefined>)),
  );
  const pilots = found.filter((pilot): pilot is Pilot => pilot !== undefined);
  if (keyed !== total || pilots.length !== ids.length) return null;
  const peopleStore = tx.objectStore('people');
  const people = await Promise.all(
    [...citedPeople(pilots)].map((id) =>
      answer(peopleStore.get(id) as IDBRequest<Person | undefined>),
    ),
  );
  const names = new Map<string, string>();
  for (const person of people) if (person) names.set(person.id, person.name);
  return { pilots, total, names };
}
