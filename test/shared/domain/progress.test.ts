import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoToDay } from '@shared/dates';
import { progress, recentPeriod, recentValue, type MetricGoal } from '@shared/domain';
import { CADENCES, type Cadence } from '@shared/model';

const higher = (baseline: number, target: number): MetricGoal => ({
  baseline,
  target,
  direction: 'higher',
});
const lower = (baseline: number, target: number): MetricGoal => ({
  baseline,
  target,
  direction: 'lower',
});

describe('progress', () => {
  it('is the share of the way from baseline to target, higher is better', () => {
    // (15 − 10) / (20 − 10) = 0.5
    expect(progress(15, higher(10, 20))).toBe(0.5);
    // beyond the target: (25 − 10) / 10 = 1.5
    expect(progress(25, higher(10, 20))).toBe(1.5);
    // worse than the baseline: (5 − 10) / 10 = −0.5
    expect(progress(5, higher(10, 20))).toBe(-0.5);
  });

  it('is direction-aware for lower-is-better metrics', () => {
    // cycle time 40 → 25 min: at 31, (31 − 40) / (25 − 40) = −9 / −15 = 0.6
    expect(progress(31, lower(40, 25))).toBe(0.6);
    // at 25.5: −14.5 / −15 = 0.9667
    expect(progress(25.5, lower(40, 25))).toBeCloseTo(0.966667, 6);
    // at 45 (worse): 5 / −15 = −0.3333
    expect(progress(45, lower(40, 25))).toBeCloseTo(-1 / 3, 12);
  });

  it('is exactly 0 at the baseline (not −0) and 1 at the target', () => {
    // (40 − 40) / (25 − 40) = 0 / −15 = −0 in floating point; reported as 0
    expect(progress(40, lower(40, 25))).toBe(0);
    expect(Object.is(progress(40, lower(40, 25)), 0)).toBe(true);
    expect(progress(25, lower(40, 25))).toBe(1);
  });

  it('when baseline = target, is 1 at or better than the target in the metric direction, else 0', () => {
    expect(progress(5, higher(5, 5))).toBe(1);
    expect(progress(6, higher(5, 5))).toBe(1);
    expect(progress(4, higher(5, 5))).toBe(0);
    expect(progress(4, lower(5, 5))).toBe(1);
    expect(progress(6, lower(5, 5))).toBe(0);
  });
});

describe('recentValue', () => {
  it('is null without measurements', () => {
    expect(recentValue({ days: [], values: [] }, 'weekly')).toBeNull();
    expect(
      recentPeriod({ days: new Float64Array(), values: new Float64Array() }, 'monthly'),
    ).toBeNull();
  });

  it('is the single measurement when there is one', () => {
    expect(recentValue({ days: [isoToDay('2025-01-08')], values: [42] }, 'weekly')).toBe(42);
  });

  it('averages the ISO week of the latest measurement, not a rolling seven days', () => {
    const days = ['2025-01-03', '2025-01-05', '2025-01-06', '2025-01-08'].map(isoToDay);
    const values = [10, 20, 30, 40];
    // Mon 6 Jan and Wed 8 Jan are this week: (30 + 40) / 2 = 35. (Fri 3 and Sun 5 Jan fall in the
    // previous week, although they are within seven days of Wed 8 Jan.)
    expect(recentPeriod({ days, values }, 'weekly')).toEqual({
      value: 35,
      count: 2,
      firstDay: isoToDay('2025-01-06'),
      lastDay: isoToDay('2025-01-08'),
    });
  });

  it('averages the calendar month or quarter for monthly and quarterly metrics', () => {
    const days = ['2025-01-31', '2025-02-01', '2025-02-27'].map(isoToDay);
    // February: (20 + 30) / 2 = 25
    expect(recentValue({ days, values: [10, 20, 30] }, 'monthly')).toBe(25);
    // all three in Q1: (10 + 20 + 30) / 3 = 20
    expect(recentValue({ days, values: [10, 20, 30] }, 'quarterly')).toBe(20);
    const q = ['2025-03-31', '2025-04-01'].map(isoToDay);
    expect(recentValue({ days: q, values: [5, 7] }, 'quarterly')).toBe(7);
  });

  it('ignores measurements before sinceDay', () => {
    const days = ['2025-01-06', '2025-01-13'].map(isoToDay);
    expect(recentValue({ days, values: [1, 2] }, 'weekly', isoToDay('2025-02-01'))).toBeNull();
    expect(recentValue({ days, values: [1, 2] }, 'weekly', isoToDay('2025-01-13'))).toBe(2);
  });
});

// Baselines, targets and values on a 0.1 grid: realistic magnitudes, no overflow.
const tenth = (min: number, max: number) =>
  fc.integer({ min: min * 10, max: max * 10 }).map((n) => n / 10);
const goalArb = fc
  .record({
    baseline: tenth(-1000, 1000),
    target: tenth(-1000, 1000),
    direction: fc.constantFrom('higher' as const, 'lower' as const),
  })
  .filter((g) => g.baseline !== g.target);
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * (1 + Math.abs(a) + Math.abs(b));

describe('progress properties', () => {
  it('progress of the baseline is 0 and of the target is 1', () => {
    fc.assert(
      fc.property(goalArb, (g) => {
        expect(progress(g.baseline, g)).toBe(0);
        expect(progress(g.target, g)).toBe(1);
      }),
    );
  });

  it('reversing the direction and swapping baseline and target gives the complementary progress', () => {
    // (v − b) / (t − b) + (v − t) / (b − t) = (v − b − v + t) / (t − b) = 1
    fc.assert(
      fc.property(goalArb, tenth(-5000, 5000), (g, v) => {
        const swapped: MetricGoal = {
          baseline: g.target,
          target: g.baseline,
          direction: g.direction === 'higher' ? 'lower' : 'higher',
        };
        expect(close(progress(v, g) + progress(v, swapped), 1)).toBe(true);
      }),
    );
  });

  it('adding a measurement equal to the baseline only moves progress toward 0, never above where it was', () => {
    const seriesArb = fc.uniqueArray(
      fc.record({ day: fc.integer({ min: 19_000, max: 19_090 }), value: tenth(-2000, 2000) }),
      { selector: (m) => m.day, minLength: 1, maxLength: 40 },
    );
    fc.assert(
      fc.property(
        goalArb,
        seriesArb,
        fc.integer({ min: 18_995, max: 19_105 }),
        fc.constantFrom<Cadence>(...CADENCES),
        (g, measurements, newDay, cadence) => {
          fc.pre(!measurements.some((m) => m.day === newDay));
          const sorted = [...measurements].sort((a, b) => a.day - b.day);
          const before = { days: sorted.map((m) => m.day), values: sorted.map((m) => m.value) };
          const added = [...sorted, { day: newDay, value: g.baseline }].sort(
            (a, b) => a.day - b.day,
          );
          const after = { days: added.map((m) => m.day), values: added.map((m) => m.value) };
          const p0 = progress(recentValue(before, cadence) as number, g);
          const p1 = progress(recentValue(after, cadence) as number, g);
          const tolerance = 1e-9 * (1 + Math.abs(p0));
          expect(p1).toBeLessThanOrEqual(Math.max(p0, 0) + tolerance);
          expect(p1).toBeGreaterThanOrEqual(Math.min(p0, 0) - tolerance);
          if (p0 >= 0) expect(p1).toBeLessThanOrEqual(p0 + tolerance);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
