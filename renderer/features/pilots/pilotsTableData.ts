import type { Pilot } from '@shared/model';
import type { PortfolioDatabase } from '../../db/database';
import type { PilotOrder, PilotRow, PilotSort } from './pilotRows';

// Start-up (renderer/app/startup.ts) loads this module in the app's first, small script: it
// imports only types from pilotRows.ts, and loads it for the main-thread fallback on demand.

/** What the Pilots table is made from: every pilot and the names of the people they cite. */
export interface PilotsTableData {
  pilots: Pilot[];
  /** Person id → name, for the sponsors and leads of `pilots` only. */
  names: Map<string, string>;
}

/**
 * Reads the Pilots table's data on the main thread with Dexie: what the table falls back on should
 * its worker fail. Only the people the pilots cite: a large portfolio has tens of thousands of
 * people, and the table needs a few thousand names. An explicit read-only transaction: Dexie does
 * not deep-copy 10,000 pilots into its query cache (nothing here changes the records it returns).
 */
export function readPilotsTableData(db: PortfolioDatabase): Promise<PilotsTableData> {
  return db.transaction('r', db.pilots, db.people, async () => {
    const pilots = await db.pilots.toArray();
    const ids = new Set<string>();
    for (const p of pilots) {
      if (p.sponsorId) ids.add(p.sponsorId);
      if (p.leadId) ids.add(p.leadId);
    }
    const people = await db.people.bulkGet([...ids]);
    const names = new Map<string, string>();
    for (const person of people) if (person) names.set(person.id, person.name);
    return { pilots, names };
  });
}

/** The Pilots table: its rows in stored order, and their order under the sorting asked for. */
export interface PilotsTable {
  rows: PilotRow[];
  presorted: PilotOrder;
  /**
   * False while only the first rows in order have their sponsor and lead named, summary and tags,
   * or only the first rows in order are read at all (the worker's first answer, see
   * readPilotsTable); the complete table follows.
   */
  complete: boolean;
  /** How many pilots there are: more than `rows` while only the first rows in order are read. */
  total: number;
}

/** The table's rows read on the main thread (the worker's fallback), as the worker gives them. */
export async function readPilotsTableOnMainThread(
  db: PortfolioDatabase,
  sorting: readonly PilotSort[],
): Promise<PilotsTable> {
  const [data, { toPilotRows, pilotOrder }] = await Promise.all([
    readPilotsTableData(db),
    import('./pilotRows'),
  ]);
  const rows = toPilotRows(data.pilots, data.names);
  return { rows, presorted: pilotOrder(rows, sorting), complete: true, total: rows.length };
}

/** The sorting the Pilots table opens with (the UI store's default; start-up asks for it). */
export const DEFAULT_PILOT_SORTING: readonly PilotSort[] = [{ id: 'name', desc: false }];
