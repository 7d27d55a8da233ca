import type { Cadence, Metric } from '../model';
import { periodIndex, periodStartDay } from './cadencePeriods';
import { startIndex, type SeriesColumns } from './series';

/** What progress needs to know about a metric. */
export type MetricGoal = Pick<Metric, 'baseline' | 'target' | 'direction'>;

/**
 * Where `value` stands between the baseline (0) and the target (1):
 * `(value − baseline) / (target − baseline)`. Beyond the target it exceeds 1; on the wrong side of
 * the baseline it is negative — both are shown, not clamped, because "150 % of target" and "worse
 * than before the pilot" are exactly what a reviewer needs to see.
 *
 * The target already says which way is good, so the formula needs no sign: for a lower-is-better
 * metric (baseline 40, target 25) a value of 31 is (31 − 40) / (25 − 40) = 0.6.
 *
 * When baseline = target there is no gap to measure against, only a line to hold: progress is 1
 * when the value is at or better than the target in the metric's direction, otherwise 0. That is
 * the one case where `direction` matters, and why the function takes it.
 */
export function progress(value: number, goal: MetricGoal): number {
  const gap = goal.target - goal.baseline;
  if (gap === 0) {
    const atOrBetter = goal.direction === 'higher' ? value >= goal.target : value <= goal.target;
    return atOrBetter ? 1 : 0;
  }
  // `+ 0` turns −0 (0 divided by a negative gap) into 0, so "the baseline is 0 % of the way" is 0.
  return (value - goal.baseline) / gap + 0;
}

/** The measurements behind a metric's current value. */
export interface RecentPeriod {
  /** Mean of the measurements in the last cadence period that has any. */
  value: number;
  /** How many measurements that mean is of. */
  count: number;
  /** First and last day (days since 1970-01-01) of those measurements. */
  firstDay: number;
  lastDay: number;
}

/**
 * A metric's current value: the mean of its measurements in the calendar period of its cadence
 * (ISO week, month or quarter) that contains the latest measurement. Averaging within the period
 * lets a weekly metric measured daily read as its weekly level rather than its latest day's noise;
 * using the calendar period (not a rolling window ending at the last measurement) means a newer
 * measurement can never push older, worse ones out of the figure — see cadencePeriods.ts.
 *
 * Reads only the tail of the series: O(measurements in the last period). Null with no measurements
 * (on or after `sinceDay`, when given).
 */
export function recentPeriod(
  series: SeriesColumns,
  cadence: Cadence,
  sinceDay?: number | null,
): RecentPeriod | null {
  const { days, values } = series;
  const from = startIndex(days, sinceDay);
  const last = days.length - 1;
  if (last < from) return null;
  const lastDay = days[last] as number;
  const periodStart = periodStartDay(periodIndex(lastDay, cadence), cadence);
  let sum = 0;
  let i = last;
  while (i >= from && (days[i] as number) >= periodStart) {
    sum += values[i] as number;
    i -= 1;
  }
  const count = last - i;
  return { value: sum / count, count, firstDay: days[i + 1] as number, lastDay };
}

/** The metric's current value ({@link recentPeriod}), or null when it has no measurements. */
export function recentValue(
  series: SeriesColumns,
  cadence: Cadence,
  sinceDay?: number | null,
): number | null {
  return recentPeriod(series, cadence, sinceDay)?.value ?? null;
}
