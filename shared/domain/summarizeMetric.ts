import type { Metric, MeasurementSeries } from '../model';
// Not through ../model: it would load the zod schemas into the dashboard's worker.
import { defaultGateCriteria } from '../model/constants';
import {
  changeFromBaseline,
  evidenceStrength,
  trendOf,
  type EvidenceStrength,
  type Trend,
} from './evidence';
import { progress, recentPeriod } from './progress';
import { columnsOf, startIndex, type SeriesColumns } from './series';
import { metricValueCreated } from './value';

/** The metric fields a summary reads. */
export type SummarizedMetric = Pick<
  Metric,
  'id' | 'name' | 'kind' | 'direction' | 'unit' | 'cadence' | 'baseline' | 'target' | 'valuePerUnit'
>;

/**
 * Everything the recommendation, the UI and a decision's evidence snapshot need to know about one
 * metric, computed once from its series. Small and flat (numbers and short strings), so a worker
 * can hand thousands of them to the UI.
 */
export interface MetricSummary {
  metricId: string;
  name: string;
  kind: Metric['kind'];
  direction: Metric['direction'];
  unit: string;
  cadence: Metric['cadence'];
  baseline: number;
  target: number;
  /** Measurements considered (on or after `sinceDay` when given). */
  measurements: number;
  /** Day (since 1970-01-01) of the latest measurement; null when none. */
  latestDay: number | null;
  latestValue: number | null;
  /** Mean of the measurements in the latest cadence period (see `recentPeriod`). */
  recentValue: number | null;
  /** How many measurements `recentValue` is the mean of. */
  recentCount: number;
  /** Progress of `recentValue` from baseline (0) to target (1); null when unmeasured. */
  progress: number | null;
  /** Mean change from baseline, positive = better; with its 90 % confidence interval. */
  meanChange: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  evidence: EvidenceStrength;
  trend: Trend;
  /** Cadence periods with at least one measurement. */
  periodsMeasured: number;
  /** Money created so far (0 when not priced; negative when the metric got worse). */
  valueCreated: number;
  /** What the current improvement is worth per cadence period. */
  valuePerPeriodNow: number;
  /** False when the metric has no value per unit. */
  priced: boolean;
}

export interface SummarizeOptions {
  /** Only measurements on or after this day count (e.g. the pilot's start); all when omitted. */
  sinceDay?: number | null;
  /** Share of the baseline-to-target gap below which a change counts as flat (gate criteria). */
  flatThreshold?: number;
}

/**
 * Summarise one metric: a few passes over its typed arrays, O(measurements), no object per
 * measurement. `series` may be null or undefined for a metric that has never been measured.
 */
export function summarizeMetric(
  metric: SummarizedMetric,
  series: Pick<MeasurementSeries, 'days' | 'values'> | SeriesColumns | null | undefined,
  options: SummarizeOptions = {},
): MetricSummary {
  const columns = columnsOf(series);
  const sinceDay = options.sinceDay ?? null;
  const flatThreshold = options.flatThreshold ?? defaultGateCriteria.flatThreshold;
  const last = columns.days.length - 1;
  const hasAny = last >= startIndex(columns.days, sinceDay);

  const recent = recentPeriod(columns, metric.cadence, sinceDay);
  const stats = changeFromBaseline(columns, metric, sinceDay);
  const value = metricValueCreated(columns, metric, sinceDay);

  return {
    metricId: metric.id,
    name: metric.name,
    kind: metric.kind,
    direction: metric.direction,
    unit: metric.unit,
    cadence: metric.cadence,
    baseline: metric.baseline,
    target: metric.target,
    measurements: stats.count,
    latestDay: hasAny ? (columns.days[last] as number) : null,
    latestValue: hasAny ? (columns.values[last] as number) : null,
    recentValue: recent?.value ?? null,
    recentCount: recent?.count ?? 0,
    progress: recent ? progress(recent.value, metric) : null,
    meanChange: stats.meanChange,
    ciLow: stats.ciLow,
    ciHigh: stats.ciHigh,
    evidence: evidenceStrength(stats, metric),
    trend: trendOf(stats, metric, flatThreshold),
    periodsMeasured: value.periods,
    valueCreated: value.created,
    valuePerPeriodNow: value.perPeriodNow,
    priced: value.priced,
  };
}

/**
 * A summary's trend under a given flat threshold. The recommendation calls this with the gate
 * criteria it is given, so it never depends on the threshold the summary happened to be made with.
 */
export function summaryTrend(m: MetricSummary, flatThreshold: number): Trend {
  return trendOf(
    { count: m.measurements, meanChange: m.meanChange, ciLow: m.ciLow, ciHigh: m.ciHigh },
    m,
    flatThreshold,
  );
}
