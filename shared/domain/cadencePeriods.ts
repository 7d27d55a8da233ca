import type { Cadence } from '../model';

/*
 * Cadence periods are calendar periods — ISO weeks (Monday to Sunday, UTC), calendar months,
 * calendar quarters — because that is how people report a figure ("this month's cost per case"),
 * and because a fixed calendar grid means a new measurement can only ever replace the current
 * period's figure, never quietly drop older measurements out of a rolling window (which is what
 * keeps "a measurement at the baseline never makes progress look better" true; see progress.ts).
 *
 * Each period has an integer index; consecutive periods have consecutive indexes. The arithmetic
 * runs once per measurement over up to a million of them, so it makes no Date objects.
 */

/** Day 0 (1970-01-01) was a Thursday; shifting by 3 makes weeks start on Monday. */
const MONDAY_SHIFT = 3;

/** Index of the ISO week (Monday–Sunday) containing `day` (days since 1970-01-01). */
export function weekIndex(day: number): number {
  return Math.floor((day + MONDAY_SHIFT) / 7);
}

/**
 * Months since January of year 0 for `day`, by Howard Hinnant's `civil_from_days` (proleptic
 * Gregorian, exact for any day number).
 */
export function monthIndex(day: number): number {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1_460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9; // 1..12
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + (month - 1);
}

/** Index of the calendar period of `cadence` containing `day`. */
export function periodIndex(day: number, cadence: Cadence): number {
  switch (cadence) {
    case 'weekly':
      return weekIndex(day);
    case 'monthly':
      return monthIndex(day);
    case 'quarterly':
      return Math.floor(monthIndex(day) / 3);
  }
}

/** Days since 1970-01-01 of the first day of a month (Hinnant's `days_from_civil`). */
function firstDayOfMonth(monthIdx: number): number {
  const month = (((monthIdx % 12) + 12) % 12) + 1; // 1..12
  const y = (monthIdx - (month - 1)) / 12 - (month <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5);
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** First day (days since 1970-01-01) of the period with index `index`: the inverse of periodIndex. */
export function periodStartDay(index: number, cadence: Cadence): number {
  switch (cadence) {
    case 'weekly':
      return index * 7 - MONDAY_SHIFT;
    case 'monthly':
      return firstDayOfMonth(index);
    case 'quarterly':
      return firstDayOfMonth(index * 3);
  }
}

/**
 * Calls `visit` once per cadence period that has measurements among `days[from..]`, oldest first,
 * with the mean of that period's values and how many there were. Days are ascending, so a period's
 * measurements are contiguous: one pass, one call per period, nothing allocated per measurement,
 * and the calendar arithmetic runs once per period (each day is only compared with where the
 * current period ends).
 */
export function forEachPeriod(
  days: ArrayLike<number>,
  values: ArrayLike<number>,
  cadence: Cadence,
  from: number,
  visit: (mean: number, count: number, index: number) => void,
): void {
  let current = Number.NaN;
  let nextStart = Number.NEGATIVE_INFINITY;
  let sum = 0;
  let count = 0;
  for (let i = from; i < days.length; i += 1) {
    const day = days[i] as number;
    if (day >= nextStart) {
      if (count > 0) visit(sum / count, count, current);
      current = periodIndex(day, cadence);
      nextStart = periodStartDay(current + 1, cadence);
      sum = 0;
      count = 0;
    }
    sum += values[i] as number;
    count += 1;
  }
  if (count > 0) visit(sum / count, count, current);
}
