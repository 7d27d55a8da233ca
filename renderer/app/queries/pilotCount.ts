import type { PortfolioDatabase } from '../../db/database';
import { earlyRead, useLiveQueryReadEarly } from './earlyRead';

/**
 * How many pilots the portfolio has, read at start-up on the Portfolio page: the page chooses
 * between its dashboard and its empty state by it. Read by the page's own live query alone, the
 * dashboard waited for it behind the aggregation worker's reading (a million measurements, asked
 * for all at once once the app has asked for its figures).
 */
export const pilotCountEarly = earlyRead<number>((db) => db.pilots.count());

/** Reads `db`'s number of pilots for `usePilotCount`; settles (never rejects) once read. */
export const readPilotCountEarly = (db: PortfolioDatabase): Promise<void> =>
  pilotCountEarly.read(db);

/** The open portfolio's number of pilots (live; see pilotCountEarly); undefined while loading. */
export function usePilotCount(): number | undefined {
  return useLiveQueryReadEarly(pilotCountEarly);
}
