import { isoToDay } from '@shared/dates';
import type { MetricSummary, SeriesColumns, SummarizedMetric } from '@shared/domain';

/** Weekly measurements, one each Monday from `startIso` (a Monday). */
export function weekly(values: readonly number[], startIso = '2025-01-06'): SeriesColumns {
  const start = isoToDay(startIso);
  return {
    days: Float64Array.from(values, (_, i) => start + 7 * i),
    values: Float64Array.from(values),
  };
}

/** The outcome metric: cycle time from 40 to 25 minutes, lower is better. */
export const cycleTime: SummarizedMetric = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Cycle time',
  kind: 'outcome',
  direction: 'lower',
  unit: 'min',
  cadence: 'weekly',
  baseline: 40,
  target: 25,
  valuePerUnit: 1000,
};

/** An activity metric: prompts sent per week, from 100 to 300. */
export const promptsSent: SummarizedMetric = {
  id: '00000000-0000-4000-8000-000000000002',
  name: 'Prompts sent',
  kind: 'activity',
  direction: 'higher',
  unit: 'prompts',
  cadence: 'weekly',
  baseline: 100,
  target: 300,
  valuePerUnit: null,
};

/**
 * A hand-made summary for rule tests: an outcome on 0 → 100 (higher is better) at 90 % with strong
 * evidence of a clear improvement, unless overridden.
 */
export function summary(overrides: Partial<MetricSummary> & { name: string }): MetricSummary {
  return {
    metricId: `id-${overrides.name}`,
    kind: 'outcome',
    direction: 'higher',
    unit: '',
    cadence: 'weekly',
    baseline: 0,
    target: 100,
    measurements: 8,
    latestDay: 20_000,
    latestValue: 90,
    recentValue: 90,
    recentCount: 1,
    progress: 0.9,
    meanChange: 50,
    ciLow: 40,
    ciHigh: 60,
    evidence: 'strong',
    trend: 'improving',
    periodsMeasured: 8,
    valueCreated: 0,
    valuePerPeriodNow: 0,
    priced: true,
    ...overrides,
  };
}
