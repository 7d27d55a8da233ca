import { dayToIso } from '@shared/dates';
import type { Metric } from '@shared/model';
import { formatDate, formatNumber } from '../../components/format';
import { formatValue } from './formatValue';

type ChartedMetric = Pick<Metric, 'name' | 'unit' | 'baseline' | 'target' | 'direction'>;

/**
 * The chart in one sentence, its accessible name: what a sighted reader takes in at a glance —
 * how many measurements, where the line starts and ends, and the goal it is judged against.
 * Example: "Cycle time, 6 measurements from 38 to 25.5 days (Jan 5, 2026 to Feb 9, 2026);
 * baseline 40, target 25 days, lower is better."
 */
export function chartSummary(
  metric: ChartedMetric,
  series: { days: ArrayLike<number>; values: ArrayLike<number> } | null | undefined,
): string {
  const goal =
    `baseline ${formatNumber(metric.baseline)}, target ${formatValue(metric.target, metric.unit)}, ` +
    `${metric.direction === 'lower' ? 'lower' : 'higher'} is better.`;
  const n = series?.days.length ?? 0;
  if (!series || n === 0) return `${metric.name}: no measurements yet; ${goal}`;
  const firstDay = series.days[0] as number;
  const lastDay = series.days[n - 1] as number;
  const first = series.values[0] as number;
  const last = series.values[n - 1] as number;
  if (n === 1) {
    return `${metric.name}, 1 measurement: ${formatValue(first, metric.unit)} on ${formatDate(dayToIso(firstDay))}; ${goal}`;
  }
  return (
    `${metric.name}, ${formatNumber(n, 0)} measurements from ${formatNumber(first)} to ` +
    `${formatValue(last, metric.unit)} (${formatDate(dayToIso(firstDay))} to ` +
    `${formatDate(dayToIso(lastDay))}); ${goal}`
  );
}
