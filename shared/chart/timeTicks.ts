/**
 * Calendar-aligned ticks for a time axis whose values are day numbers (days since 1970-01-01,
 * UTC, as measurements are stored). Ticks fall on boundaries a person recognises — a Monday, the
 * first of a month or a quarter, the first of January — rather than on every 37th day.
 */

export type TimeTickUnit = 'day' | 'week' | 'month' | 'year';

export interface TimeTicks {
  /** Day numbers, ascending, within [from, to]. */
  days: number[];
  /** What the ticks step by, so the caller can format them ("Mar 3", "Mar 2026", "2026"). */
  unit: TimeTickUnit;
}

interface Step {
  unit: TimeTickUnit;
  /** Days for day/week steps, months for month steps, years for year steps. */
  every: number;
  /** Rough length in days, to pick a step before generating ticks. */
  approxDays: number;
}

const STEPS: readonly Step[] = [
  { unit: 'day', every: 1, approxDays: 1 },
  { unit: 'day', every: 2, approxDays: 2 },
  { unit: 'week', every: 7, approxDays: 7 },
  { unit: 'week', every: 14, approxDays: 14 },
  { unit: 'month', every: 1, approxDays: 30.44 },
  { unit: 'month', every: 2, approxDays: 60.88 },
  { unit: 'month', every: 3, approxDays: 91.31 },
  { unit: 'month', every: 6, approxDays: 182.62 },
  { unit: 'year', every: 1, approxDays: 365.25 },
  { unit: 'year', every: 2, approxDays: 730.5 },
  { unit: 'year', every: 5, approxDays: 1826.25 },
  { unit: 'year', every: 10, approxDays: 3652.5 },
  { unit: 'year', every: 25, approxDays: 9131.25 },
  { unit: 'year', every: 50, approxDays: 18262.5 },
  { unit: 'year', every: 100, approxDays: 36525 },
];

const MS_PER_DAY = 86_400_000;

function dayOf(year: number, month: number): number {
  return Math.round(Date.UTC(year, month, 1) / MS_PER_DAY);
}

function ticksFor(step: Step, from: number, to: number): number[] {
  const out: number[] = [];
  if (step.unit === 'day' || step.unit === 'week') {
    // 1970-01-05 (day 4) was a Monday: weeks start on Mondays, as ISO weeks do.
    const anchor = step.unit === 'week' ? 4 : 0;
    let d = anchor + Math.ceil((from - anchor) / step.every) * step.every;
    for (; d <= to; d += step.every) out.push(d);
    return out;
  }
  const start = new Date(from * MS_PER_DAY);
  if (step.unit === 'month') {
    let monthIndex = start.getUTCFullYear() * 12 + start.getUTCMonth();
    monthIndex = Math.ceil(monthIndex / step.every) * step.every;
    for (;;) {
      const d = dayOf(Math.floor(monthIndex / 12), monthIndex % 12);
      if (d > to) break;
      if (d >= from) out.push(d);
      monthIndex += step.every;
    }
    return out;
  }
  let year = Math.ceil(start.getUTCFullYear() / step.every) * step.every;
  for (;;) {
    const d = dayOf(year, 0);
    if (d > to) break;
    if (d >= from) out.push(d);
    year += step.every;
  }
  return out;
}

/**
 * At most `maxTicks` calendar-aligned ticks between `from` and `to` (day numbers, inclusive),
 * with the finest step that fits and is at least `minStepDays` long — weekly measurements read
 * best against weekly ticks, not against every other day between them. A range shorter than a
 * day yields that one day.
 */
export function timeTicks(from: number, to: number, maxTicks: number, minStepDays = 0): TimeTicks {
  const lo = Math.ceil(Math.min(from, to));
  const hi = Math.floor(Math.max(from, to));
  const limit = Math.max(1, Math.floor(maxTicks));
  if (hi <= lo) return { days: [lo], unit: 'day' };
  for (const step of STEPS) {
    if (step.approxDays < minStepDays * 0.99) continue;
    if ((hi - lo) / step.approxDays + 1 > limit + 1) continue;
    const days = ticksFor(step, lo, hi);
    if (days.length <= limit && days.length > 0) return { days, unit: step.unit };
  }
  // No aligned boundary falls in the range at any step that fits: label where the data starts.
  return { days: [lo], unit: 'day' };
}
