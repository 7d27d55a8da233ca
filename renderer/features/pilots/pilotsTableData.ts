import type { Pilot } from '@shared/model';
import type { PortfolioDatabase } from '../../db/database';

/** What the Pilots table is made from: every pilot and the names of the people they cite. */
export interface PilotsTableData {
  pilots: Pilot[];
  /** Person id → name, for the sponsors and leads of `pilots` only. */
  names: Map<string, string>;
}

/**
 * Reads the Pilots table's data; plain Dexie reads, so it works inside a live query. Only the
 * people the pilots cite: a large portfolio has tens of thousands of people, and the table needs
 * a few thousand names. An explicit read-only transaction: the live query still follows every
 * change, but Dexie does not deep-copy 10,000 pilots into its query cache (nothing here changes
 * the records it returns).
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
