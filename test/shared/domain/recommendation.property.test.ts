import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayToIso } from '@shared/dates';
import { EVIDENCE_STRENGTHS, recommend, TRENDS, type MetricSummary } from '@shared/domain';
import { DECISION_KINDS, type GateCriteria } from '@shared/model';

const num = fc.integer({ min: -10_000, max: 10_000 }).map((n) => n / 10);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const isoDate = fc.integer({ min: 19_000, max: 21_000 }).map(dayToIso);

const summaryArb = (i: number): fc.Arbitrary<MetricSummary> =>
  fc.record({
    metricId: fc.constant(`metric-${i}`),
    name: fc.constantFrom('Cycle time', 'Cost per case', 'Prompts sent', 'Error rate', 'Ü ☕'),
    kind: fc.constantFrom('outcome' as const, 'activity' as const),
    direction: fc.constantFrom('higher' as const, 'lower' as const),
    unit: fc.constantFrom('', 'min', 'EUR', '%'),
    cadence: fc.constantFrom('weekly' as const, 'monthly' as const, 'quarterly' as const),
    baseline: num,
    target: num,
    measurements: fc.integer({ min: 0, max: 30 }),
    latestDay: maybe(fc.integer({ min: 19_000, max: 21_000 })),
    latestValue: maybe(num),
    recentValue: maybe(num),
    recentCount: fc.integer({ min: 0, max: 5 }),
    progress: maybe(fc.double({ min: -3, max: 3, noNaN: true })),
    meanChange: maybe(num),
    ciLow: maybe(num),
    ciHigh: maybe(num),
    evidence: fc.constantFrom(...EVIDENCE_STRENGTHS),
    trend: fc.constantFrom(...TRENDS),
    periodsMeasured: fc.integer({ min: 0, max: 30 }),
    valueCreated: num,
    valuePerPeriodNow: num,
    priced: fc.boolean(),
  });

const metricsArb = fc
  .integer({ min: 0, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => summaryArb(i))));

const criteriaArb: fc.Arbitrary<GateCriteria> = fc.record({
  outcomeProgressThreshold: fc.double({ min: 0, max: 2, noNaN: true }),
  outcomeShareToExpand: fc.double({ min: 0, max: 1, noNaN: true }),
  minEvidence: fc.constantFrom('weak' as const, 'moderate' as const, 'strong' as const),
  minRoi: fc.double({ min: 0, max: 5, noNaN: true }),
  maxWeeksWithoutEvidence: fc.integer({ min: 1, max: 520 }),
  flatThreshold: fc.double({ min: 0, max: 1, noNaN: true }),
});

const inputArb = fc.record({
  pilot: fc.record({ startDate: maybe(isoDate), nextReviewDate: maybe(isoDate) }),
  metrics: metricsArb,
  value: num.map((v) => v * 100),
  cost: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1_000_000 })),
  today: isoDate,
  criteria: criteriaArb,
});

describe('recommend properties', () => {
  it('is deterministic, always gives a known kind and at least one non-empty reason', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const a = recommend(input);
        const b = recommend(structuredClone(input));
        expect(b).toEqual(a);
        expect(DECISION_KINDS).toContain(a.kind);
        expect(a.reasons.length).toBeGreaterThanOrEqual(1);
        for (const reason of a.reasons) expect(reason.trim()).not.toBe('');
      }),
      { numRuns: 1_000 },
    );
  });

  it('does not depend on the order of the metrics', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const reversed = { ...input, metrics: [...input.metrics].reverse() };
        expect(recommend(reversed)).toEqual(recommend(input));
      }),
      { numRuns: 500 },
    );
  });

  it('never expands a pilot on activity alone, nor without passing both gates', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = recommend(input);
        if (!input.metrics.some((m) => m.kind === 'outcome')) expect(r.kind).toBe('continue');
        if (r.kind === 'expand') {
          expect(r.checks.outcomeGatePassed).toBe(true);
          expect(r.checks.roiGatePassed).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
