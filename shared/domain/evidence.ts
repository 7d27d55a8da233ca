import type { Metric } from '../model';
import { startIndex, type SeriesColumns } from './series';
import { tQuantile95 } from './studentT';

export const EVIDENCE_STRENGTHS = ['none', 'weak', 'moderate', 'strong'] as const;
export type EvidenceStrength = (typeof EVIDENCE_STRENGTHS)[number];

/** Which way a metric has moved from its baseline, judged against noise and materiality. */
export const TRENDS = ['improving', 'flat', 'worsening', 'unknown'] as const;
export type Trend = (typeof TRENDS)[number];

/**
 * The thresholds of the evidence rule. They are fixed rather than gate criteria on purpose:
 * "moderate evidence" must mean the same in every portfolio and in every frozen decision snapshot;
 * what a portfolio owner chooses is how much evidence a pilot needs (`GateCriteria.minEvidence`).
 */
export const EVIDENCE_RULE = {
  /** Two-sided confidence level of the interval of the mean change. */
  confidence: 0.9,
  /** Measurements for moderate evidence: fewer and one lucky week can carry the mean. */
  moderateMeasurements: 4,
  /** Measurements for strong evidence: two months of weekly figures. */
  strongMeasurements: 8,
  /**
   * Strong evidence also needs a material change: a mean change of at least this share of the
   * baseline-to-target gap. A tiny but very regular change is real, yet not what a decision to
   * scale or stop should rest on.
   */
  strongShareOfGap: 0.25,
} as const;

/** The evidence rule in one plain sentence, for the UI (built from the thresholds above). */
export const EVIDENCE_RULE_SENTENCE =
  `Evidence is strong with at least ${EVIDENCE_RULE.strongMeasurements} measurements whose ` +
  `${EVIDENCE_RULE.confidence * 100} % confidence interval for the mean change from baseline ` +
  `excludes zero and whose mean change is at least ${EVIDENCE_RULE.strongShareOfGap * 100} % ` +
  `of the gap between baseline and target, moderate with at least ` +
  `${EVIDENCE_RULE.moderateMeasurements} measurements and an interval that excludes zero, weak ` +
  `with fewer measurements or when the change could still be noise, and none without measurements.`;

/** Change of the measurements from the baseline, signed so that positive means "better". */
export interface ChangeStats {
  /** Measurements considered. */
  count: number;
  /** Mean of ±(value − baseline), + for higher-is-better, − for lower-is-better; null when empty. */
  meanChange: number | null;
  /** 90 % confidence interval of the mean change (Student t); null below 2 measurements. */
  ciLow: number | null;
  ciHigh: number | null;
}

/**
 * Mean change from baseline and its 90 % confidence interval: Student t on the sample standard
 * deviation. Two passes over the values — the sum, then the squared deviations from the mean —
 * which is accurate when values are large and close together (unlike Σx² − n·mean²) and, having
 * no division per value, cheaper than Welford's one-pass update on a million measurements.
 *
 * Each measurement counts as one observation of the pilot's level; the interval says whether the
 * average level differs from the baseline by more than the measurements' own scatter explains.
 */
export function changeFromBaseline(
  series: SeriesColumns,
  goal: Pick<Metric, 'baseline' | 'direction'>,
  sinceDay?: number | null,
): ChangeStats {
  const { days, values } = series;
  const from = startIndex(days, sinceDay);
  const count = values.length - from;
  if (count <= 0) return { count: 0, meanChange: null, ciLow: null, ciHigh: null };
  const sign = goal.direction === 'higher' ? 1 : -1;
  const baseline = goal.baseline;
  const end = values.length;
  let sum = 0;
  for (let i = from; i < end; i += 1) sum += (values[i] as number) - baseline;
  // `+ 0`: a mean of −0 would print as a change of "-0".
  const mean = (sign * sum) / count + 0;
  if (count === 1) return { count, meanChange: mean, ciLow: null, ciHigh: null };
  let squares = 0;
  for (let i = from; i < end; i += 1) {
    const deviation = sign * ((values[i] as number) - baseline) - mean;
    squares += deviation * deviation;
  }
  const standardError = Math.sqrt(squares / (count - 1) / count);
  const halfWidth = tQuantile95(count - 1) * standardError;
  return { count, meanChange: mean, ciLow: mean - halfWidth, ciHigh: mean + halfWidth };
}

/** Whether the interval lies wholly on one side of zero: the change is more than noise. */
export function excludesZero(stats: ChangeStats): boolean {
  return stats.ciLow !== null && stats.ciHigh !== null && (stats.ciLow > 0 || stats.ciHigh < 0);
}

/**
 * The size of change that counts as material for a metric: the baseline-to-target gap, or, when
 * baseline = target, the baseline's own magnitude (a 10 % flat threshold then means 10 % of the
 * level held); 0 when both are 0, where any real change is material.
 */
export function materialityScale(goal: Pick<Metric, 'baseline' | 'target'>): number {
  const gap = Math.abs(goal.target - goal.baseline);
  return gap > 0 ? gap : Math.abs(goal.baseline);
}

/** Evidence strength of a change (in either direction; {@link trendOf} says which). */
export function evidenceStrength(
  stats: ChangeStats,
  goal: Pick<Metric, 'baseline' | 'target'>,
): EvidenceStrength {
  if (stats.count === 0) return 'none';
  if (stats.count < EVIDENCE_RULE.moderateMeasurements || !excludesZero(stats)) return 'weak';
  const material =
    Math.abs(stats.meanChange ?? 0) >= EVIDENCE_RULE.strongShareOfGap * materialityScale(goal);
  return stats.count >= EVIDENCE_RULE.strongMeasurements && material ? 'strong' : 'moderate';
}

/**
 * Improving or worsening when the interval excludes zero and the mean change is at least
 * `flatThreshold` × the materiality scale; flat otherwise — busy-but-not-better needs "the outcome
 * did not really move" to include a real but negligible move. Unknown below 2 measurements, where
 * noise cannot be told from change.
 */
export function trendOf(
  stats: ChangeStats,
  goal: Pick<Metric, 'baseline' | 'target'>,
  flatThreshold: number,
): Trend {
  if (stats.count < 2 || stats.meanChange === null) return 'unknown';
  if (!excludesZero(stats)) return 'flat';
  if (Math.abs(stats.meanChange) < flatThreshold * materialityScale(goal)) return 'flat';
  return stats.meanChange > 0 ? 'improving' : 'worsening';
}

/** Whether `strength` is at least `min` (none < weak < moderate < strong). */
export function atLeast(strength: EvidenceStrength, min: EvidenceStrength): boolean {
  return EVIDENCE_STRENGTHS.indexOf(strength) >= EVIDENCE_STRENGTHS.indexOf(min);
}

/** The fewest measurements that can reach `strength` (more may be needed if they are noisy). */
export function measurementsNeeded(strength: EvidenceStrength): number {
  switch (strength) {
    case 'none':
      return 0;
    case 'weak':
      return 1;
    case 'moderate':
      return EVIDENCE_RULE.moderateMeasurements;
    case 'strong':
      return EVIDENCE_RULE.strongMeasurements;
  }
}
