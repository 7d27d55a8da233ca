import { daysBetween, addDaysIso } from '../dates';
import type { DecisionKind, GateCriteria, Pilot, RecommendationSnapshot } from '../model';
// Not through ../model: it would load the zod schemas into the dashboard's worker.
import { defaultGateCriteria } from '../model/constants';
import { byNameThenId, changeText, joinNames, recentVsBaseline } from './describeMetric';
import {
  atLeast,
  EVIDENCE_RULE,
  materialityScale,
  measurementsNeeded,
  type EvidenceStrength,
  type Trend,
} from './evidence';
import {
  formatDuration,
  formatNumber,
  formatPercent,
  formatPercentAgainst,
  formatQuantity,
  formatRatio,
  formatRatioAgainst,
  formatSigned,
  plural,
} from './format';
import { isOnTarget } from './onTarget';
import { roi } from './roi';
import { summaryTrend, type MetricSummary } from './summarizeMetric';

/*
 * The recommendation: expand / continue / pivot / stop, from a pilot's metric summaries, its value
 * and cost, and the portfolio's gate criteria. Rules, first match wins:
 *
 *  1. No outcome metric                                      → continue ("define an outcome metric")
 *  2. An outcome moved the wrong way with strong evidence:
 *     a. while another outcome improved with enough evidence → pivot (fix the regression)
 *     b. on or after the review point                       → stop
 *     c. before it                                          → pivot (change course now)
 *  3. Busy but not better: an activity metric improved while every outcome measured often enough
 *     to judge stayed flat or got worse, and none improved   → pivot, named as such
 *  4. Enough outcome metrics on target with enough evidence, and ROI at the minimum → expand
 *  5. On or after the review point, every outcome measured enough, none improved → pivot
 *  6. Otherwise                                              → continue, naming what is missing
 *
 * The review point is the pilot's next review date or, without one, its start plus
 * `maxWeeksWithoutEvidence` weeks — a pilot without a review date must still be judged at some
 * point. Metrics are considered in name order, so the result does not depend on the order they
 * were loaded in. Every reason is a sentence that cites the numbers behind it.
 */

export interface RecommendationInput {
  pilot: Pick<Pilot, 'startDate' | 'nextReviewDate'>;
  metrics: readonly MetricSummary[];
  /** Value created by the pilot (outcome metrics; see `pilotValueCreated`). */
  value: number;
  /** The pilot's cost (see `pilotCost`). */
  cost: number;
  /** ISO date the recommendation is made on. */
  today: string;
  criteria: GateCriteria;
}

/** An outcome metric that does not yet have the evidence the gate criteria ask for. */
export interface MissingEvidence {
  metricId: string;
  name: string;
  measurements: number;
  /** Measurements the criteria's minimum evidence needs at the least. */
  needed: number;
  /** What is missing: measurements, a change beyond noise, or (for strong) a material change. */
  missing: 'measurements' | 'beyond-noise' | 'material-change';
}

/** The gate checks behind the recommendation, for a checklist in the UI. */
export interface RecommendationChecks {
  outcomeMetrics: number;
  /** Outcome metrics at the progress threshold, with the minimum evidence, improving. */
  outcomesOnTarget: number;
  /** How many must be on target to expand (share × count, rounded up, at least 1). */
  outcomesNeeded: number;
  outcomeGatePassed: boolean;
  roi: number | null;
  minRoi: number;
  roiGatePassed: boolean;
  /** The review point used: the next review date, or start + maxWeeksWithoutEvidence. */
  reviewDate: string | null;
  reviewDateImplied: boolean;
  /** today − review point in days (negative before it); null without a review point. */
  daysPastReview: number | null;
  /** Days since the pilot started; null without a start date. */
  pilotAgeDays: number | null;
  busyButNotBetter: boolean;
  /** Outcome metrics that moved the wrong way with strong evidence. */
  wrongWayMetricIds: string[];
  missingEvidence: MissingEvidence[];
}

export interface Recommendation {
  kind: DecisionKind;
  /** Plain-language sentences citing numbers; never empty. */
  reasons: string[];
  checks: RecommendationChecks;
}

interface ReviewPoint {
  date: string;
  implied: boolean;
}

function reviewPoint(
  pilot: RecommendationInput['pilot'],
  criteria: GateCriteria,
): ReviewPoint | null {
  if (pilot.nextReviewDate) return { date: pilot.nextReviewDate, implied: false };
  if (pilot.startDate) {
    return {
      date: addDaysIso(pilot.startDate, criteria.maxWeeksWithoutEvidence * 7),
      implied: true,
    };
  }
  return null;
}

function reviewLabel(review: ReviewPoint, criteria: GateCriteria): string {
  return review.implied
    ? `the review point (${review.date}: ${criteria.maxWeeksWithoutEvidence} weeks after the start, no review date set)`
    : `the review date (${review.date})`;
}

function evidencePhrase(min: EvidenceStrength): string {
  switch (min) {
    case 'none':
    case 'weak':
      return 'with any evidence';
    case 'moderate':
      return 'with moderate or strong evidence';
    case 'strong':
      return 'with strong evidence';
  }
}

/**
 * Recommend what to do with a pilot. Deterministic: the same input gives the same output, in any
 * order of `metrics`; always at least one reason.
 */
export function recommend(input: RecommendationInput): Recommendation {
  // Settings saved before a criterion existed lack it: fall back to its default, never undefined.
  const criteria: GateCriteria = { ...defaultGateCriteria, ...input.criteria };
  const { pilot, today, value, cost } = input;
  const metrics = [...input.metrics].sort(byNameThenId);
  const outcomes = metrics.filter((m) => m.kind === 'outcome');
  const activities = metrics.filter((m) => m.kind === 'activity');

  const trend = (m: MetricSummary): Trend => summaryTrend(m, criteria.flatThreshold);
  const needed = Math.max(1, measurementsNeeded(criteria.minEvidence));
  // Enough measurements to call an outcome flat (a trend needs at least 2).
  const enoughToJudge = (m: MetricSummary): boolean =>
    m.measurements >= Math.max(2, needed) && trend(m) !== 'unknown';

  const review = reviewPoint(pilot, criteria);
  const daysPastReview = review ? daysBetween(review.date, today) : null;
  const pilotAgeDays = pilot.startDate ? daysBetween(pilot.startDate, today) : null;
  const reviewReached = daysPastReview !== null && daysPastReview >= 0;

  const onTarget = outcomes.filter((m) => isOnTarget(m, criteria));
  // 1e-9: 0.7 × 10 is 7.000000000000001 in floating point, which must not round up to 8.
  const outcomesNeeded = Math.max(
    1,
    Math.ceil(criteria.outcomeShareToExpand * outcomes.length - 1e-9),
  );
  const outcomeGatePassed = outcomes.length > 0 && onTarget.length >= outcomesNeeded;

  const ratio = roi(value, cost);
  const roiGatePassed = ratio === null ? criteria.minRoi <= 0 : ratio >= criteria.minRoi;

  const missingEvidence: MissingEvidence[] = [];
  for (const m of outcomes) {
    if (atLeast(m.evidence, criteria.minEvidence)) continue;
    const missing =
      m.measurements < needed
        ? 'measurements'
        : m.evidence === 'moderate'
          ? 'material-change'
          : 'beyond-noise';
    missingEvidence.push({
      metricId: m.metricId,
      name: m.name,
      measurements: m.measurements,
      needed,
      missing,
    });
  }

  const wrongWay = outcomes.filter((m) => trend(m) === 'worsening' && m.evidence === 'strong');
  const improvingOutcomes = outcomes.filter(
    (m) => trend(m) === 'improving' && atLeast(m.evidence, criteria.minEvidence),
  );
  const risingActivity = activities.filter((m) => trend(m) === 'improving');
  const judgedOutcomes = outcomes.filter(enoughToJudge);
  const busyButNotBetter =
    risingActivity.length > 0 &&
    judgedOutcomes.length > 0 &&
    outcomes.every((m) => trend(m) !== 'improving') &&
    judgedOutcomes.every((m) => trend(m) === 'flat' || trend(m) === 'worsening');

  const checks: RecommendationChecks = {
    outcomeMetrics: outcomes.length,
    outcomesOnTarget: onTarget.length,
    outcomesNeeded,
    outcomeGatePassed,
    roi: ratio,
    minRoi: criteria.minRoi,
    roiGatePassed,
    reviewDate: review?.date ?? null,
    reviewDateImplied: review?.implied ?? false,
    daysPastReview,
    pilotAgeDays,
    busyButNotBetter,
    wrongWayMetricIds: wrongWay.map((m) => m.metricId),
    missingEvidence,
  };
  const result = (kind: DecisionKind, reasons: string[]): Recommendation => ({
    kind,
    reasons,
    checks,
  });

  // 1. Nothing to judge the pilot by.
  if (outcomes.length === 0) {
    const reasons = [
      'No outcome metric yet: define an outcome metric — the business result this pilot should move — before it can earn resources.',
    ];
    if (activities.length > 0) {
      reasons.push(
        `${plural(activities.length, 'activity metric')} recorded, but activity alone never earns a pilot resources.`,
      );
    }
    return result('continue', reasons);
  }

  // 2. An outcome moved the wrong way, beyond doubt.
  if (wrongWay.length > 0) {
    if (improvingOutcomes.length > 0) {
      return result(
        'pivot',
        wrongWay.map(
          (m) =>
            `${m.name} moved the wrong way with strong evidence (${recentVsBaseline(m)}) while ${joinNames(improvingOutcomes)} improved: fix the regression before expanding.`,
        ),
      );
    }
    if (review && reviewReached) {
      const when =
        daysPastReview === 0
          ? `on ${reviewLabel(review, criteria)}`
          : `${formatDuration(daysPastReview)} after ${reviewLabel(review, criteria)}`;
      return result(
        'stop',
        wrongWay.map(
          (m) =>
            `${m.name} moved the wrong way with strong evidence (${recentVsBaseline(m)}), ${when}.`,
        ),
      );
    }
    const until =
      review && daysPastReview !== null
        ? `change course before ${reviewLabel(review, criteria)}, in ${formatDuration(daysPastReview)}`
        : 'change course (no review date is set)';
    return result(
      'pivot',
      wrongWay.map(
        (m) =>
          `${m.name} is moving the wrong way with strong evidence (${recentVsBaseline(m)}); ${until}.`,
      ),
    );
  }

  // 3. Busy but not better.
  if (busyButNotBetter) {
    const activityVerb = risingActivity.every((m) => m.direction === 'higher')
      ? 'rose'
      : risingActivity.every((m) => m.direction === 'lower')
        ? 'fell'
        : 'moved as intended';
    const flat = judgedOutcomes.filter((m) => trend(m) === 'flat');
    const outcomeVerb =
      flat.length === judgedOutcomes.length
        ? 'stayed flat'
        : flat.length === 0
          ? 'got worse'
          : 'stayed flat or got worse';
    return result('pivot', [
      `Busy but not better: activity metrics ${activityVerb} (${risingActivity.map(changeText).join(', ')}) while outcome metrics ${outcomeVerb} (${judgedOutcomes.map(changeText).join(', ')}).`,
    ]);
  }

  const outcomeReason =
    `${onTarget.length} of ${plural(outcomes.length, 'outcome metric')} at ≥ ` +
    `${formatPercent(criteria.outcomeProgressThreshold)} of target ` +
    `${evidencePhrase(criteria.minEvidence)} (needs ${outcomesNeeded}): ` +
    outcomes
      .map((m) => {
        const p =
          m.progress === null
            ? 'not measured'
            : formatPercentAgainst(m.progress, criteria.outcomeProgressThreshold);
        return `${m.name} ${p} (${m.evidence} evidence)`;
      })
      .join('; ') +
    '.';
  const roiReason =
    ratio === null
      ? criteria.minRoi <= 0
        ? 'No cost recorded, and the gate criteria set no minimum ROI.'
        : `ROI cannot be judged: the pilot's cost is 0 — record its budget (minimum ${formatRatio(criteria.minRoi)}).`
      : `Value ${formatRatioAgainst(ratio, criteria.minRoi)} cost (minimum ${formatRatio(criteria.minRoi)}).`;

  // 4. Expansion earned.
  if (outcomeGatePassed && roiGatePassed) return result('expand', [outcomeReason, roiReason]);

  // 5. The review point passed and nothing improved.
  if (
    review &&
    reviewReached &&
    outcomes.every(enoughToJudge) &&
    outcomes.every((m) => trend(m) !== 'improving')
  ) {
    const when =
      daysPastReview === 0
        ? `on ${reviewLabel(review, criteria)}`
        : `${formatDuration(daysPastReview)} after ${reviewLabel(review, criteria)}`;
    return result('pivot', [
      `No outcome metric improved, ${when}: ${outcomes.map(changeText).join(', ')}.`,
    ]);
  }

  // 6. Continue, saying what is missing.
  const reasons: string[] = [];
  const outcomesById = new Map(outcomes.map((m) => [m.metricId, m]));
  for (const gap of missingEvidence) {
    const m = outcomesById.get(gap.metricId);
    if (!m) continue;
    if (gap.missing === 'measurements') {
      reasons.push(
        `Too little evidence: ${plural(gap.measurements, 'measurement')} of ${gap.name}, needs ${gap.needed}.`,
      );
    } else if (gap.missing === 'beyond-noise') {
      const interval =
        m.ciLow !== null && m.ciHigh !== null
          ? `, 90 % interval ${formatNumber(m.ciLow)} to ${formatNumber(m.ciHigh)}`
          : '';
      reasons.push(
        `Too little evidence: the ${plural(gap.measurements, 'measurement')} of ${gap.name} do not yet tell its change from noise (mean improvement ${formatQuantity(m.meanChange ?? 0, m.unit)}${interval}).`,
      );
    } else {
      // Enough measurements, beyond noise, but too small a change for strong evidence.
      const change = m.meanChange ?? 0;
      const moved =
        change > 0
          ? `improved by ${formatQuantity(change, m.unit)}`
          : `changed by ${formatSigned(formatQuantity(change, m.unit), change)}`;
      const scale = formatQuantity(materialityScale(m), m.unit);
      const of =
        m.target !== m.baseline ? `the gap to target (${scale})` : `the baseline (${scale})`;
      reasons.push(
        `Too little evidence: ${gap.name} ${moved} on average, less than the ${formatPercent(EVIDENCE_RULE.strongShareOfGap)} of ${of} that strong evidence needs.`,
      );
    }
  }
  if (!outcomeGatePassed) reasons.push(outcomeReason);
  if (!roiGatePassed) {
    reasons.push(roiReason);
    const unpriced = outcomes.filter((m) => !m.priced);
    if (unpriced.length > 0) {
      reasons.push(
        `Not priced: ${joinNames(unpriced)} ${unpriced.length === 1 ? 'has' : 'have'} no value per unit, so ${unpriced.length === 1 ? 'its' : 'their'} improvement adds nothing to value.`,
      );
    }
  }
  if (
    missingEvidence.length > 0 &&
    pilotAgeDays !== null &&
    pilotAgeDays > criteria.maxWeeksWithoutEvidence * 7
  ) {
    reasons.push(
      `Running ${formatDuration(pilotAgeDays)} without enough evidence (flagged after ${criteria.maxWeeksWithoutEvidence} weeks).`,
    );
  }
  if (review && daysPastReview !== null) {
    reasons.push(
      daysPastReview < 0
        ? `Next review: ${reviewLabel(review, criteria)}, in ${formatDuration(daysPastReview)}.`
        : daysPastReview === 0
          ? `Review due today: ${reviewLabel(review, criteria)}.`
          : `Review overdue: ${reviewLabel(review, criteria)} passed ${formatDuration(daysPastReview)} ago.`,
    );
  } else {
    reasons.push('No review date or start date set: set a review date to judge the pilot by.');
  }
  return result('continue', reasons);
}

/** The recommendation as frozen into a decision: kind and reasons (the checks can be re-derived). */
export function recommendationSnapshot(r: Recommendation): RecommendationSnapshot {
  return { kind: r.kind, reasons: [...r.reasons] };
}
