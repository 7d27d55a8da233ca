import type { MeasurementSeries } from '../model';

/**
 * The two columns of a measurement series the calculations read. `ArrayLike` so a worker can pass
 * the stored Float64Arrays as they are, and a test can pass plain arrays.
 */
export type SeriesColumns = {
  readonly days: ArrayLike<number>;
  readonly values: ArrayLike<number>;
};

/** A series' columns, or empty ones when the metric has never been measured. */
export const EMPTY_SERIES: SeriesColumns = { days: [], values: [] };

export function columnsOf(
  series: Pick<MeasurementSeries, 'days' | 'values'> | SeriesColumns | null | undefined,
): SeriesColumns {
  return series ?? EMPTY_SERIES;
}

/**
 * Index of the first measurement on or after `day` (binary search: `days` is ascending). Lets
 * "measurements since the pilot started" skip earlier ones without scanning them.
 */
export function firstIndexOnOrAfter(days: ArrayLike<number>, day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Start index of the measurements to use: all of them, or those on or after `sinceDay`. */
export function startIndex(days: ArrayLike<number>, sinceDay: number | null | undefined): number {
  return sinceDay == null ? 0 : firstIndexOnOrAfter(days, sinceDay);
}
