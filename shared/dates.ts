/**
 * Calendar-day arithmetic on ISO `YYYY-MM-DD` strings and "day numbers" (days since 1970-01-01).
 * Everything is UTC so that a date typed in one time zone is the same day in every other.
 */
const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Day numbers already worked out, by ISO date. The portfolio's aggregation converts the same few
 * thousand dates (assignment spans, weekly supervision logs, today) tens of thousands of times;
 * parsing and checking each again was a sixth of its time. Cleared past MAX_KNOWN_DAYS.
 */
const knownDays = new Map<string, number>();
const MAX_KNOWN_DAYS = 20_000;

export function isoToDay(iso: string): number {
  const known = knownDays.get(iso);
  if (known !== undefined) return known;
  const day = parseIsoDay(iso);
  if (knownDays.size >= MAX_KNOWN_DAYS) knownDays.clear();
  knownDays.set(iso, day);
  return day;
}

function parseIsoDay(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${iso}`);
  const [, y, mo, d] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d));
  const back = new Date(ms);
  if (back.getUTCMonth() !== Number(mo) - 1 || back.getUTCDate() !== Number(d)) {
    throw new RangeError(`Not a calendar date: ${iso}`);
  }
  return Math.round(ms / MS_PER_DAY);
}

export function dayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function addDaysIso(iso: string, days: number): string {
  return dayToIso(isoToDay(iso) + days);
}

export function daysBetween(fromIso: string, toIso: string): number {
  return isoToDay(toIso) - isoToDay(fromIso);
}
