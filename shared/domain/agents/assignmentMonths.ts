import { isoToDay } from '../../dates';

const MS_PER_DAY = 86_400_000;

function daysInMonth(year: number, month0: number): number {
  return new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();
}

/**
 * Months from `from` to `to`, both days included, counted the way a monthly bill is: each calendar
 * month touched contributes the share of its days that fall in the span. 1 January to 31 March is
 * exactly 3; 15 January to 14 February is 17/31 + 14/28. Zero when `to` is before `from`.
 */
export function monthsBetween(from: string, to: string): number {
  const start = isoToDay(from);
  const end = isoToDay(to);
  if (end < start) return 0;
  let months = 0;
  let day = start;
  while (day <= end) {
    const date = new Date(day * MS_PER_DAY);
    const year = date.getUTCFullYear();
    const month0 = date.getUTCMonth();
    const length = daysInMonth(year, month0);
    const lastOfMonth = Date.UTC(year, month0, length) / MS_PER_DAY;
    const spanEnd = Math.min(end, lastOfMonth);
    months += (spanEnd - day + 1) / length;
    day = spanEnd + 1;
  }
  return months;
}

/** One day's share of a monthly cost: the cost ÷ the number of days in that day's month. */
export function runningCostOfDay(monthlyCost: number, day: number): number {
  const date = new Date(day * MS_PER_DAY);
  return monthlyCost / daysInMonth(date.getUTCFullYear(), date.getUTCMonth());
}
