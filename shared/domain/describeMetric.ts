import { formatQuantity, formatSigned, formatSignedPercent } from './format';
import type { MetricSummary } from './summarizeMetric';

/*
 * Phrases about a metric that recommendation reasons and health explanations share, so the same
 * fact reads the same way everywhere.
 */

/** Code-point order by name, then id: deterministic everywhere, unlike localeCompare. */
export function byNameThenId(
  a: Pick<MetricSummary, 'name' | 'metricId'>,
  b: Pick<MetricSummary, 'name' | 'metricId'>,
): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  if (a.metricId !== b.metricId) return a.metricId < b.metricId ? -1 : 1;
  return 0;
}

/** "recent 52 min vs baseline 40 min, target 25 min". */
export function recentVsBaseline(m: MetricSummary): string {
  const recent =
    m.recentValue === null ? 'not measured' : `recent ${formatQuantity(m.recentValue, m.unit)}`;
  return `${recent} vs baseline ${formatQuantity(m.baseline, m.unit)}, target ${formatQuantity(m.target, m.unit)}`;
}

/**
 * "Prompts sent +140 %": the recent value's change from the baseline — relative, as people compare
 * activity, or in the metric's unit when the baseline is 0 and a percentage would be infinite.
 */
export function changeText(m: MetricSummary): string {
  if (m.recentValue === null) return `${m.name} not measured`;
  const delta = m.recentValue - m.baseline;
  if (m.baseline !== 0) return `${m.name} ${formatSignedPercent(delta / Math.abs(m.baseline))}`;
  return `${m.name} ${formatSigned(formatQuantity(delta, m.unit), delta)}`;
}

/** "Cycle time", "Cycle time and Cost per case", "A, B and C". */
export function joinNames(metrics: readonly Pick<MetricSummary, 'name'>[]): string {
  const list = metrics.map((m) => m.name);
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1] ?? ''}`;
}
