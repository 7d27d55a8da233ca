import type { Metric } from '../model';
import { forEachPeriod } from './cadencePeriods';
import { startIndex, type SeriesColumns } from './series';

/** Money a metric's improvement has created, and how that figure was reached. */
export interface MetricValue {
  /**
   * Σ over the cadence periods measured of (that period's mean improvement over the baseline) ×
   * value per unit. Negative when the metric was worse than its baseline: a lower-is-better cost
   * per case that rose did cost money, and hiding that would overstate what the pilot created.
   * 0 when the metric is not priced.
   */
  created: number;
  /** What the current improvement (recent value vs baseline) is worth per period; 0 unpriced. */
  perPeriodNow: number;
  /** Calendar periods of the metric's cadence that have at least one measurement. */
  periods: number;
  /** False when the metric has no value per unit: its improvement is real but not in money. */
  priced: boolean;
}

/**
 * Value created by one metric. Each period measured contributes what was actually achieved in it,
 * rather than the latest improvement × the number of periods: a pilot that reached its target only
 * last week did not create six weeks of on-target value. `valuePerUnit` is money per unit of
 * improvement per cadence period, so a period's improvement × valuePerUnit is that period's value.
 *
 * One pass over the series; periods without measurements contribute nothing (no interpolation —
 * a value the app cannot trace to a measurement is not shown).
 */
export function metricValueCreated(
  series: SeriesColumns,
  metric: Pick<Metric, 'baseline' | 'direction' | 'valuePerUnit' | 'cadence'>,
  sinceDay?: number | null,
): MetricValue {
  const sign = metric.direction === 'higher' ? 1 : -1;
  const perUnit = metric.valuePerUnit ?? 0;
  let periods = 0;
  let improvementUnits = 0;
  let lastImprovement = 0;
  forEachPeriod(
    series.days,
    series.values,
    metric.cadence,
    startIndex(series.days, sinceDay),
    (mean) => {
      periods += 1;
      lastImprovement = sign * (mean - metric.baseline);
      improvementUnits += lastImprovement;
    },
  );
  return {
    created: improvementUnits * perUnit + 0,
    perPeriodNow: lastImprovement * perUnit + 0,
    periods,
    priced: metric.valuePerUnit !== null,
  };
}

/** What {@link pilotValueCreated} reads from a metric summary. */
export interface ValuedMetric {
  name: string;
  kind: Metric['kind'];
  valueCreated: number;
  priced: boolean;
}

export interface PilotValue {
  /** Sum of the value created by the pilot's outcome metrics. */
  total: number;
  /** Names of outcome metrics without a value per unit, whose improvement is not in the total. */
  unpricedOutcomes: string[];
}

/**
 * A pilot's value created: its outcome metrics only. Activity (prompts sent, tickets touched) never
 * earns a pilot resources on its own, so it is not counted as value even if someone priced it.
 */
export function pilotValueCreated(metrics: readonly ValuedMetric[]): PilotValue {
  let total = 0;
  const unpricedOutcomes: string[] = [];
  for (const m of metrics) {
    if (m.kind !== 'outcome') continue;
    total += m.valueCreated;
    if (!m.priced) unpricedOutcomes.push(m.name);
  }
  return { total: total + 0, unpricedOutcomes };
}
