import { describe, expect, it } from 'vitest';
import {
  pilotCost,
  pilotValueCreated,
  recommend,
  recommendationSnapshot,
  summarizeMetric,
  type MetricSummary,
  type RecommendationInput,
} from '@shared/domain';
import {
  defaultGateCriteria,
  recommendationSnapshotSchema,
  type GateCriteria,
} from '@shared/model';
import { cycleTime, promptsSent, summary, weekly } from './fixtures';

const pilot = { startDate: '2025-01-06', nextReviewDate: '2025-03-03' };
const criteria = defaultGateCriteria;

/** The input for a pilot with these metrics, valued and costed the way the app will. */
function inputFor(
  metrics: MetricSummary[],
  overrides: Partial<RecommendationInput> = {},
): RecommendationInput {
  return {
    pilot,
    metrics,
    value: pilotValueCreated(metrics).total,
    cost: pilotCost({ budget: 20_000 }).total,
    today: '2025-02-14',
    criteria,
    ...overrides,
  };
}

const trendingToTarget = [38, 35, 31, 29, 27, 25.5];
const flatOutcome = [40, 39.5, 40.5, 40, 39.8, 40.2];
const risingActivity = [120, 150, 180, 200, 220, 240];
// eight weeks of cycle time rising away from the 25-minute target
const worsening = [42, 44, 45, 46, 47, 47, 48, 48];

describe('recommend: the worked scenarios from the issue', () => {
  it('expands a pilot whose outcome reached its target with evidence and whose value covers its cost', () => {
    const metrics = [
      summarizeMetric(cycleTime, weekly(trendingToTarget)),
      summarizeMetric(promptsSent, weekly(risingActivity)),
    ];
    const r = recommend(inputFor(metrics));
    // progress (25.5 − 40) / (25 − 40) = 96.7 % ≥ 80 %; evidence moderate (6 measurements, CI
    // [5.13, 13.03] min); value 54,500 (see value.test.ts) ÷ budget 20,000 = 2.725 ≥ 1.5
    expect(r.kind).toBe('expand');
    expect(r.reasons).toEqual([
      '1 of 1 outcome metric at ≥ 80 % of target with moderate or strong evidence (needs 1): Cycle time 97 % (moderate evidence).',
      'Value 2.7× cost (minimum 1.5×).',
    ]);
    expect(r.checks).toEqual({
      outcomeMetrics: 1,
      outcomesOnTarget: 1,
      outcomesNeeded: 1,
      outcomeGatePassed: true,
      roi: 2.725,
      minRoi: 1.5,
      roiGatePassed: true,
      reviewDate: '2025-03-03',
      reviewDateImplied: false,
      // 14 Feb → 3 Mar: 14 + 3 = 17 days ahead
      daysPastReview: -17,
      // 6 Jan → 14 Feb: 25 + 14 = 39 days
      pilotAgeDays: 39,
      busyButNotBetter: false,
      wrongWayMetricIds: [],
      missingEvidence: [],
    });
  });

  it('recommends pivot, named "busy but not better", when activity rises and the outcome stays flat', () => {
    const metrics = [
      summarizeMetric(cycleTime, weekly(flatOutcome)),
      summarizeMetric(promptsSent, weekly(risingActivity)),
    ];
    const r = recommend(inputFor(metrics));
    // prompts: (240 − 100) / 100 = +140 %, changes 20…140, CI well above 0 → improving
    // cycle time: changes 0, 0.5, −0.5, 0, 0.2, −0.2 → mean 0, CI straddles 0 → flat;
    // recent 40.2 vs 40 → +0.5 %
    expect(r.kind).toBe('pivot');
    expect(r.reasons).toEqual([
      'Busy but not better: activity metrics rose (Prompts sent +140 %) while outcome metrics stayed flat (Cycle time +0.5 %).',
    ]);
    expect(r.checks.busyButNotBetter).toBe(true);
  });
});

describe('recommend: gate rules', () => {
  it('continues a pilot without outcome metrics, asking for one', () => {
    const r = recommend(inputFor([summarizeMetric(promptsSent, weekly(risingActivity))]));
    expect(r.kind).toBe('continue');
    expect(r.reasons).toEqual([
      'No outcome metric yet: define an outcome metric — the business result this pilot should move — before it can earn resources.',
      '1 activity metric recorded, but activity alone never earns a pilot resources.',
    ]);
    expect(recommend(inputFor([])).reasons).toHaveLength(1);
  });

  it('continues with too little evidence, naming the metric and how many measurements it needs', () => {
    const costPerCase = {
      ...cycleTime,
      id: '00000000-0000-4000-8000-000000000003',
      name: 'Cost per case',
      unit: 'EUR',
      baseline: 12,
      target: 9,
    };
    const r = recommend(
      inputFor([summarizeMetric(costPerCase, weekly([11.5, 11]))], {
        value: 30_000,
        cost: 10_000,
        today: '2025-01-20',
      }),
    );
    // progress (11 − 12) / (9 − 12) = 1/3 → 33 %; 2 measurements < 4 for moderate evidence
    // 20 Jan → 3 Mar: 11 + 28 + 3 = 42 days = 6 weeks; ROI 3.0 passes, so it is not a reason
    expect(r.kind).toBe('continue');
    expect(r.reasons).toEqual([
      'Too little evidence: 2 measurements of Cost per case, needs 4.',
      '0 of 1 outcome metric at ≥ 80 % of target with moderate or strong evidence (needs 1): Cost per case 33 % (weak evidence).',
      'Next review: the review date (2025-03-03), in 6 weeks.',
    ]);
    expect(r.checks.missingEvidence).toEqual([
      {
        metricId: costPerCase.id,
        name: 'Cost per case',
        measurements: 2,
        needed: 4,
        missing: 'measurements',
      },
    ]);
  });

  it('says when enough measurements still cannot tell the change from noise', () => {
    const r = recommend(inputFor([summarizeMetric(cycleTime, weekly([40, 38, 41, 39, 42]))]));
    // changes 0, 2, −1, 1, −2: mean 0; s² = 10 / 4 = 2.5; SE = √(2.5 / 5) = 0.7071;
    // t(df 4) = 2.131847 → ±1.5075; recent 42: (42 − 40) / (25 − 40) = −13 %
    expect(r.kind).toBe('continue');
    expect(r.reasons.slice(0, 2)).toEqual([
      'Too little evidence: the 5 measurements of Cycle time do not yet tell its change from noise (mean improvement 0 min, 90 % interval -1.51 to 1.51).',
      '0 of 1 outcome metric at ≥ 80 % of target with moderate or strong evidence (needs 1): Cycle time -13 % (weak evidence).',
    ]);
  });

  it('flags a pilot running past maxWeeksWithoutEvidence, judged at an implied review point', () => {
    const r = recommend(
      inputFor([summarizeMetric(cycleTime, weekly([39, 38], '2024-12-23'))], {
        pilot: { startDate: '2024-10-01', nextReviewDate: null },
        value: 100_000,
        today: '2025-01-07',
      }),
    );
    // review point = 1 Oct + 12 × 7 = 84 days = 24 Dec 2024; 24 Dec → 7 Jan = 14 days
    // age: 1 Oct → 7 Jan = 30 + 30 + 31 + 7 = 98 days = 14 weeks > 12 weeks
    // progress (38 − 40) / (25 − 40) = 13 %
    expect(r.kind).toBe('continue');
    expect(r.reasons).toEqual([
      'Too little evidence: 2 measurements of Cycle time, needs 4.',
      '0 of 1 outcome metric at ≥ 80 % of target with moderate or strong evidence (needs 1): Cycle time 13 % (weak evidence).',
      'Running 14 weeks without enough evidence (flagged after 12 weeks).',
      'Review overdue: the review point (2024-12-24: 12 weeks after the start, no review date set) passed 2 weeks ago.',
    ]);
    expect(r.checks.reviewDateImplied).toBe(true);
  });

  it('stops a pilot whose outcome moved the wrong way with strong evidence after the review date', () => {
    const metrics = [summarizeMetric(cycleTime, weekly(worsening))];
    expect(metrics[0]?.evidence).toBe('strong');
    const r = recommend(inputFor(metrics, { today: '2025-03-24' }));
    // changes −2, −4, −5, −6, −7, −7, −8, −8: mean −5.875, CI [−7.28, −4.47], |−5.875| ≥ 3.75
    // 3 Mar → 24 Mar = 21 days = 3 weeks
    expect(r.kind).toBe('stop');
    expect(r.reasons).toEqual([
      'Cycle time moved the wrong way with strong evidence (recent 48 min vs baseline 40 min, target 25 min), 3 weeks after the review date (2025-03-03).',
    ]);
    expect(r.checks.wrongWayMetricIds).toEqual([cycleTime.id]);
  });

  it('recommends pivot, not stop, for the same regression before the review date', () => {
    const metrics = [summarizeMetric(cycleTime, weekly(worsening))];
    const r = recommend(
      inputFor(metrics, {
        pilot: { startDate: '2025-01-06', nextReviewDate: '2025-03-17' },
        today: '2025-02-24',
      }),
    );
    // 24 Feb → 17 Mar = 4 + 17 = 21 days
    expect(r.kind).toBe('pivot');
    expect(r.reasons).toEqual([
      'Cycle time is moving the wrong way with strong evidence (recent 48 min vs baseline 40 min, target 25 min); change course before the review date (2025-03-17), in 3 weeks.',
    ]);
    const undated = recommend(
      inputFor(metrics, { pilot: { startDate: null, nextReviewDate: null } }),
    );
    expect(undated.kind).toBe('pivot');
    expect(undated.reasons[0]).toMatch(/; change course \(no review date is set\)\.$/);
  });

  it('recommends pivot when one outcome regresses while another improves', () => {
    const r = recommend(
      inputFor([
        summary({ name: 'Quality' }),
        summary({
          name: 'Errors',
          recentValue: -20,
          progress: -0.2,
          meanChange: -50,
          ciLow: -60,
          ciHigh: -40,
        }),
      ]),
    );
    expect(r.kind).toBe('pivot');
    expect(r.reasons).toEqual([
      'Errors moved the wrong way with strong evidence (recent -20 vs baseline 0, target 100) while Quality improved: fix the regression before expanding.',
    ]);
  });

  it('expands when the agreed share of outcome metrics is on target with the agreed evidence', () => {
    const strict: GateCriteria = { ...criteria, minEvidence: 'strong' };
    const r = recommend(
      inputFor(
        [
          summary({ name: 'Satisfaction', progress: 0.4 }),
          summary({ name: 'Error rate', progress: 1 }),
          summary({ name: 'Cycle time', progress: 0.85 }),
          summary({ name: 'Cost per case', progress: 0.9 }),
        ],
        { value: 48_000, cost: 20_000, criteria: strict },
      ),
    );
    // needs ⌈0.75 × 4⌉ = 3; 48,000 / 20,000 = 2.4
    expect(r.kind).toBe('expand');
    expect(r.reasons).toEqual([
      '3 of 4 outcome metrics at ≥ 80 % of target with strong evidence (needs 3): Cost per case 90 % (strong evidence); Cycle time 85 % (strong evidence); Error rate 100 % (strong evidence); Satisfaction 40 % (strong evidence).',
      'Value 2.4× cost (minimum 1.5×).',
    ]);
  });

  it('does not count an outcome whose evidence is below the minimum', () => {
    const strict: GateCriteria = { ...criteria, minEvidence: 'strong' };
    const r = recommend(
      inputFor(
        [
          summary({ name: 'A' }),
          summary({ name: 'B', evidence: 'moderate', meanChange: 1.1, ciLow: 0.5, ciHigh: 1.7 }),
        ],
        { value: 48_000, criteria: strict },
      ),
    );
    // needs ⌈0.75 × 2⌉ = 2 but only A has strong evidence
    expect(r.kind).toBe('continue');
    expect(r.reasons[0]).toBe(
      'Too little evidence: B improved by 1.1 on average, less than the 25 % of the gap to target (100) that strong evidence needs.',
    );
    expect(r.checks.outcomesOnTarget).toBe(1);
    expect(r.checks.outcomesNeeded).toBe(2);
  });

  it('names a real but small regression, and measures a held line against its baseline', () => {
    const strict: GateCriteria = { ...criteria, minEvidence: 'strong' };
    const r = recommend(
      inputFor(
        [
          summary({ name: 'A', evidence: 'moderate', meanChange: -1.1, ciLow: -1.7, ciHigh: -0.5 }),
          summary({
            name: 'B',
            unit: '%',
            baseline: 98,
            target: 98,
            recentValue: 99,
            progress: 1,
            evidence: 'moderate',
            meanChange: 1,
            ciLow: 0.5,
            ciHigh: 1.5,
          }),
        ],
        { criteria: strict },
      ),
    );
    // B holds a line of 98 %: the material change is 25 % of the baseline, 0.25 × 98 = 24.5
    expect(r.reasons.slice(0, 2)).toEqual([
      'Too little evidence: A changed by -1.1 on average, less than the 25 % of the gap to target (100) that strong evidence needs.',
      'Too little evidence: B improved by 1 % on average, less than the 25 % of the baseline (98 %) that strong evidence needs.',
    ]);
  });

  it('continues when the outcomes pass but value does not cover the minimum ROI', () => {
    const priced = { ...cycleTime, valuePerUnit: 200 };
    const metrics = [summarizeMetric(priced, weekly(trendingToTarget))];
    const r = recommend(inputFor(metrics, { cost: 12_000 }));
    // 54.5 × 200 = 10,900 / 12,000 = 0.908 → "0.9×"; 14 Feb → 3 Mar = 17 days → 2 weeks
    expect(r.kind).toBe('continue');
    expect(r.reasons).toEqual([
      'Value 0.9× cost (minimum 1.5×).',
      'Next review: the review date (2025-03-03), in 2 weeks.',
    ]);
  });

  it('says which outcome metrics are not priced when that keeps value at 0', () => {
    const unpriced = { ...cycleTime, valuePerUnit: null };
    const r = recommend(inputFor([summarizeMetric(unpriced, weekly(trendingToTarget))]));
    expect(r.kind).toBe('continue');
    expect(r.reasons.slice(0, 2)).toEqual([
      'Value 0.0× cost (minimum 1.5×).',
      'Not priced: Cycle time has no value per unit, so its improvement adds nothing to value.',
    ]);
  });

  it('does not expand on a cost of 0: the ROI cannot be judged', () => {
    const metrics = [summarizeMetric(cycleTime, weekly(trendingToTarget))];
    const r = recommend(inputFor(metrics, { cost: 0 }));
    expect(r.kind).toBe('continue');
    expect(r.checks.roi).toBeNull();
    expect(r.reasons[0]).toBe(
      "ROI cannot be judged: the pilot's cost is 0 — record its budget (minimum 1.5×).",
    );
    // …unless the criteria ask for no minimum ROI
    const lenient = recommend(inputFor(metrics, { cost: 0, criteria: { ...criteria, minRoi: 0 } }));
    expect(lenient.kind).toBe('expand');
    expect(lenient.reasons[1]).toBe('No cost recorded, and the gate criteria set no minimum ROI.');
  });

  it('recommends pivot when the review date passed and no outcome improved', () => {
    const r = recommend(
      inputFor([summarizeMetric(cycleTime, weekly(flatOutcome))], { today: '2025-03-10' }),
    );
    // 3 Mar → 10 Mar = 7 days; recent 40.2 vs 40 → +0.5 %
    expect(r.kind).toBe('pivot');
    expect(r.reasons).toEqual([
      'No outcome metric improved, 7 days after the review date (2025-03-03): Cycle time +0.5 %.',
    ]);
  });

  it('continues a flat pilot before its review date', () => {
    const r = recommend(inputFor([summarizeMetric(cycleTime, weekly(flatOutcome))]));
    expect(r.kind).toBe('continue');
  });

  it('falls back to default criteria for fields saved before they existed', () => {
    const { flatThreshold: _dropped, ...older } = defaultGateCriteria;
    const metrics = [
      summarizeMetric(cycleTime, weekly(flatOutcome)),
      summarizeMetric(promptsSent, weekly(risingActivity)),
    ];
    const r = recommend(inputFor(metrics, { criteria: older as GateCriteria }));
    expect(r.kind).toBe('pivot');
    expect(r.checks.busyButNotBetter).toBe(true);
  });

  it('uses the flat threshold from the criteria', () => {
    // cycle time moves 1.1 min on a 15-min gap (7 %): flat at the default 10 %, real at 5 %
    const metrics = [
      summarizeMetric(cycleTime, weekly([39, 38.8, 39, 38.8, 39, 38.8])),
      summarizeMetric(promptsSent, weekly(risingActivity)),
    ];
    expect(recommend(inputFor(metrics)).kind).toBe('pivot');
    const sensitive = recommend(
      inputFor(metrics, { criteria: { ...criteria, flatThreshold: 0.05 } }),
    );
    expect(sensitive.kind).toBe('continue');
    expect(sensitive.checks.busyButNotBetter).toBe(false);
  });

  it('freezes kind and reasons into a snapshot the decision schema accepts', () => {
    const r = recommend(inputFor([summarizeMetric(cycleTime, weekly(trendingToTarget))]));
    const snap = recommendationSnapshot(r);
    expect(snap).toEqual({ kind: 'expand', reasons: r.reasons });
    expect(recommendationSnapshotSchema.parse(snap)).toEqual(snap);
  });
});
