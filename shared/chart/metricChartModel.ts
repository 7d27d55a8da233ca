import { downsample, type NumericColumn } from './downsample';
import { niceTicks } from './niceTicks';

/** One plotted point: x is a day number (days since 1970-01-01), y the measured value. */
export interface ChartPoint {
  x: number;
  y: number;
}

export interface MetricChartInput {
  days: NumericColumn;
  values: NumericColumn;
  baseline: number;
  target: number;
  direction: 'higher' | 'lower';
  /** Width of the plot in CSS pixels. */
  width: number;
  /** Points handed to the chart per pixel of width: more cannot be seen, only cost time. */
  pointsPerPixel?: number;
  /** Value-axis ticks wanted (about). */
  yTickCount?: number;
}

export interface MetricChartModel {
  /** What the chart draws: at most ~`pointsPerPixel` × width points (plus the extremes). */
  points: ChartPoint[];
  /** Measurements in the series, before thinning. */
  count: number;
  /** True when `points` is a thinned view of the series. */
  downsampled: boolean;
  /** Day range of the x axis (a single day is widened by three days each way). */
  xDomain: [number, number];
  yTicks: number[];
  yDomain: [number, number];
  /** The band of values that meet the target, in the metric's direction, clipped to the axis. */
  targetZone: [number, number];
}

export const DEFAULT_POINTS_PER_PIXEL = 2;

/**
 * Everything a metric chart needs, computed once per series and width: the thinned points and
 * axes that always include the baseline and the target, with room beyond the target so the
 * "target zone" is visible even when the target is the lowest value on the chart.
 */
export function buildMetricChart(input: MetricChartInput): MetricChartModel {
  const n = Math.min(input.days.length, input.values.length);
  const perPixel = input.pointsPerPixel ?? DEFAULT_POINTS_PER_PIXEL;
  const threshold = Math.max(2, Math.floor(Math.max(1, input.width) * perPixel));
  const thin = downsample(input.days, input.values, threshold);

  const points: ChartPoint[] = new Array<ChartPoint>(thin.xs.length);
  let lo = Math.min(input.baseline, input.target);
  let hi = Math.max(input.baseline, input.target);
  for (let i = 0; i < thin.xs.length; i += 1) {
    const y = thin.ys[i] as number;
    points[i] = { x: thin.xs[i] as number, y };
    // The thinned series keeps the global minimum and maximum, so its range is the series' range.
    if (y < lo) lo = y;
    if (y > hi) hi = y;
  }

  // Headroom beyond the target in the good direction, so the target zone never has zero height.
  const span = hi - lo || Math.abs(hi) || 1;
  if (input.direction === 'lower') lo = Math.min(lo, input.target - span * 0.1);
  else hi = Math.max(hi, input.target + span * 0.1);
  const yTicks = niceTicks(lo, hi, input.yTickCount ?? 5);
  const yDomain: [number, number] = [yTicks[0] as number, yTicks[yTicks.length - 1] as number];
  const targetZone: [number, number] =
    input.direction === 'lower' ? [yDomain[0], input.target] : [input.target, yDomain[1]];

  const first = n > 0 ? (input.days[0] as number) : 0;
  const last = n > 0 ? (input.days[n - 1] as number) : 0;
  const xDomain: [number, number] = first === last ? [first - 3, last + 3] : [first, last];

  return {
    points,
    count: n,
    downsampled: thin.indices !== null,
    xDomain,
    yTicks,
    yDomain,
    targetZone,
  };
}
