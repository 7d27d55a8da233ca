import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  Middleware,
  Transaction,
} from 'dexie';
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

export const pilotNameKeyOf = (pilot: Pick<Pilot, 'id' | 'name'>): PilotNameKey => ({
  id: pilot.id,
  nameKey: nameSortKey(pilot.name),
});

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
    case 'deleteRange':
      // Both stores are keyed by the pilot's id: the same range.
      return { type: 'deleteRange', trans, range: request.range };
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

/** The schema upgrade that adds PILOT_NAME_KEYS: a key for every pilot already stored. */
export async function writeEveryPilotNameKey(tx: Transaction): Promise<void> {
  const pilots = await tx.table<Pilot, string>('pilots').toArray();
  await tx.table<PilotNameKey, string>(PILOT_NAME_KEYS).bulkPut(pilots.map(pilotNameKeyOf));
}
