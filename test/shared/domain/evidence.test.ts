import { describe, expect, it } from 'vitest';
import { isoToDay } from '@shared/dates';
import {
  atLeast,
  changeFromBaseline,
  EVIDENCE_RULE_SENTENCE,
  evidenceStrength,
  excludesZero,
  materialityScale,
  measurementsNeeded,
  trendOf,
  type SeriesColumns,
} from '@shared/domain';

const FLAT = 0.1;
/** Weekly measurements from Monday 6 Jan 2025. */
function weekly(values: number[]): SeriesColumns {
  const start = isoToDay('2025-01-06');
  return { days: values.map((_, i) => start + 7 * i), values };
}

describe('changeFromBaseline', () => {
  it('has no mean and no interval without measurements', () => {
    const stats = changeFromBaseline(weekly([]), { baseline: 40, direction: 'lower' });
    expect(stats).toEqual({ count: 0, meanChange: null, ciLow: null, ciHigh: null });
    expect(evidenceStrength(stats, { baseline: 40, target: 25 })).toBe('none');
    expect(trendOf(stats, { baseline: 40, target: 25 }, FLAT)).toBe('unknown');
  });

  it('has a mean but no interval from a single measurement', () => {
    // lower is better: change = −(38 − 40) = +2
    const stats = changeFromBaseline(weekly([38]), { baseline: 40, direction: 'lower' });
    expect(stats).toEqual({ count: 1, meanChange: 2, ciLow: null, ciHigh: null });
    expect(evidenceStrength(stats, { baseline: 40, target: 25 })).toBe('weak');
    expect(trendOf(stats, { baseline: 40, target: 25 }, FLAT)).toBe('unknown');
  });

  it('worked example: cycle time 40 → 25 min, six weekly measurements', () => {
    const goal = { baseline: 40, target: 25, direction: 'lower' as const };
    const stats = changeFromBaseline(weekly([38, 35, 31, 29, 27, 25.5]), goal);
    // changes (lower is better, so 40 − value): 2, 5, 9, 11, 13, 14.5; sum 54.5
    // mean = 54.5 / 6 = 9.083333
    // Σd² = 4 + 25 + 81 + 121 + 169 + 210.25 = 610.25; SS = 610.25 − 54.5² / 6 = 115.208333
    // s² = 115.208333 / 5 = 23.041667; SE = √(23.041667 / 6) = 1.959663
    // t(0.95, df 5) = 2.015048; half-width = 2.015048 × 1.959663 = 3.948814
    // 90 % CI = 9.083333 ± 3.948814 = [5.134519, 13.032148]
    expect(stats.count).toBe(6);
    expect(stats.meanChange).toBeCloseTo(9.083333, 6);
    expect(stats.ciLow).toBeCloseTo(5.134519, 5);
    expect(stats.ciHigh).toBeCloseTo(13.032148, 5);
    // 6 ≥ 4 and the interval excludes 0, but 6 < 8 → moderate
    expect(evidenceStrength(stats, goal)).toBe('moderate');
    // 9.08 ≥ 0.1 × |25 − 40| = 1.5 → improving
    expect(trendOf(stats, goal, FLAT)).toBe('improving');
  });

  it('ignores measurements before sinceDay', () => {
    const stats = changeFromBaseline(
      weekly([100, 100, 12]),
      { baseline: 10, direction: 'higher' },
      isoToDay('2025-01-20'),
    );
    // only 20 Jan (12) counts: change 12 − 10 = 2
    expect(stats).toEqual({ count: 1, meanChange: 2, ciLow: null, ciHigh: null });
  });
});

describe('evidenceStrength', () => {
  const goal = { baseline: 10, target: 20, direction: 'higher' as const };

  it('is weak below 4 measurements even when the change is clear', () => {
    // changes 5, 6, 7: mean 6, s = 1, SE = 1/√3 = 0.57735, t(df 2) = 2.919986 → ±1.685867,
    // CI [4.314, 7.686] excludes 0 — but 3 < 4
    const stats = changeFromBaseline(weekly([15, 16, 17]), goal);
    expect(excludesZero(stats)).toBe(true);
    expect(evidenceStrength(stats, goal)).toBe('weak');
    expect(trendOf(stats, goal, FLAT)).toBe('improving');
  });

  it('is weak when the interval includes zero: the change could be noise', () => {
    // changes 2, −2, 1, −1: mean 0 → the interval straddles 0
    const stats = changeFromBaseline(weekly([12, 8, 11, 9]), goal);
    expect(stats.meanChange).toBe(0);
    expect(evidenceStrength(stats, goal)).toBe('weak');
    expect(trendOf(stats, goal, FLAT)).toBe('flat');
  });

  it('is strong from 8 measurements with the interval off zero and a material change', () => {
    // changes 3, 4, 5, 6, 3, 4, 5, 6: mean 4.5; SS = 2 × (2.25 + 0.25 + 0.25 + 2.25) = 10
    // s² = 10 / 7 = 1.428571; SE = √(1.428571 / 8) = 0.422577; t(df 7) = 1.894579
    // half-width = 0.800606 → CI [3.699394, 5.300606]; 4.5 ≥ 0.25 × 10 = 2.5 → strong
    const stats = changeFromBaseline(weekly([13, 14, 15, 16, 13, 14, 15, 16]), goal);
    expect(stats.ciLow).toBeCloseTo(3.699394, 5);
    expect(stats.ciHigh).toBeCloseTo(5.300606, 5);
    expect(evidenceStrength(stats, goal)).toBe('strong');
  });

  it('stays moderate when a real change is smaller than a quarter of the gap', () => {
    // changes alternate 1 and 1.2: mean 1.1 < 0.25 × 10 = 2.5
    const stats = changeFromBaseline(weekly([11, 11.2, 11, 11.2, 11, 11.2, 11, 11.2]), goal);
    expect(evidenceStrength(stats, goal)).toBe('moderate');
    // 1.1 ≥ 0.1 × 10 = 1 → improving; with a 20 % flat threshold (2) → flat
    expect(trendOf(stats, goal, 0.1)).toBe('improving');
    expect(trendOf(stats, goal, 0.2)).toBe('flat');
  });

  it('measures a worsening the same way, and the trend says which way', () => {
    const cycle = { baseline: 40, target: 25, direction: 'lower' as const };
    // changes −5, −6, −7, −8, −5, −6, −7, −8: mean −6.5, |−6.5| ≥ 0.25 × 15 = 3.75
    const stats = changeFromBaseline(weekly([45, 46, 47, 48, 45, 46, 47, 48]), cycle);
    expect(stats.meanChange).toBe(-6.5);
    expect(evidenceStrength(stats, cycle)).toBe('strong');
    expect(trendOf(stats, cycle, FLAT)).toBe('worsening');
  });

  it('treats identical measurements as a change without scatter', () => {
    // four times 12 against baseline 10: mean 2, s = 0 → CI [2, 2] excludes 0
    const moved = changeFromBaseline(weekly([12, 12, 12, 12]), goal);
    expect([moved.ciLow, moved.ciHigh]).toEqual([2, 2]);
    expect(evidenceStrength(moved, goal)).toBe('moderate');
    // four times the baseline: CI [0, 0] includes 0
    const still = changeFromBaseline(weekly([10, 10, 10, 10]), goal);
    expect(evidenceStrength(still, goal)).toBe('weak');
    expect(trendOf(still, goal, FLAT)).toBe('flat');
  });
});

describe('materialityScale', () => {
  it('is the gap to target, or the baseline itself when baseline = target', () => {
    expect(materialityScale({ baseline: 40, target: 25 })).toBe(15);
    expect(materialityScale({ baseline: 100, target: 100 })).toBe(100);
    expect(materialityScale({ baseline: 0, target: 0 })).toBe(0);
  });

  it('with baseline = target = 0, any change beyond noise is material', () => {
    const hold = { baseline: 0, target: 0, direction: 'lower' as const };
    // errors 1, 2, 1, 2 against a target of 0: mean change −1.5 → worsening
    const stats = changeFromBaseline(weekly([1, 2, 1, 2]), hold);
    expect(trendOf(stats, hold, FLAT)).toBe('worsening');
  });
});

describe('evidence helpers', () => {
  it('orders strengths none < weak < moderate < strong', () => {
    expect(atLeast('strong', 'moderate')).toBe(true);
    expect(atLeast('moderate', 'moderate')).toBe(true);
    expect(atLeast('weak', 'moderate')).toBe(false);
    expect(atLeast('none', 'weak')).toBe(false);
  });

  it('knows the fewest measurements each strength needs', () => {
    expect(measurementsNeeded('weak')).toBe(1);
    expect(measurementsNeeded('moderate')).toBe(4);
    expect(measurementsNeeded('strong')).toBe(8);
  });

  it('explains the rule in one sentence', () => {
    expect(EVIDENCE_RULE_SENTENCE).toBe(
      'Evidence is strong with at least 8 measurements whose 90 % confidence interval for the mean change from baseline excludes zero and whose mean change is at least 25 % of the gap between baseline and target, moderate with at least 4 measurements and an interval that excludes zero, weak with fewer measurements or when the change could still be noise, and none without measurements.',
    );
  });
});
