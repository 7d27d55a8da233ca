import { dayToIso } from '../dates';
import type { RecordMeta } from '../model';
import type { Random } from './random';

/**
 * Timestamps for sample records. They derive from the requested `today`, never from the clock, so
 * the same options always give the same bytes.
 */

const isoCache = new Map<number, string>();

/**
 * `dayToIso`, memoised: at scale tens of thousands of records share a few hundred days, and
 * formatting a Date each time dominated the generator's run time.
 */
export function isoDay(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = dayToIso(day);
    isoCache.set(day, iso);
  }
  return iso;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Seconds after midnight at a plausible office hour, [fromHour, toHour). */
function officeSeconds(rng: Random, fromHour: number, toHour: number): number {
  return rng.int(fromHour * 3600, toHour * 3600 - 1);
}

function format(day: number, seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${isoDay(day)}T${pad2(h)}:${pad2(m)}:${pad2(s)}.000Z`;
}

/** An ISO timestamp on `day` during office hours. */
export function stampOn(day: number, rng: Random): string {
  return format(day, officeSeconds(rng, 7, 19));
}

/**
 * Id and created/updated timestamps of a record created on `createdDay` and last changed on
 * `updatedDay` (moved up to `createdDay` if earlier), with updatedAt never before createdAt.
 */
export function recordMeta(rng: Random, createdDay: number, updatedDay: number): RecordMeta {
  const id = rng.uuid();
  const upDay = Math.max(createdDay, updatedDay);
  const created = officeSeconds(rng, 7, 13);
  const updated = upDay === createdDay ? officeSeconds(rng, 13, 19) : officeSeconds(rng, 7, 19);
  return { id, createdAt: format(createdDay, created), updatedAt: format(upDay, updated) };
}

/** Day numbers of weekdays: 1970-01-01 (day 0) was a Thursday, so day 4 was a Monday. */
export function mondayOnOrBefore(day: number): number {
  return day - ((((day - 4) % 7) + 7) % 7);
}
