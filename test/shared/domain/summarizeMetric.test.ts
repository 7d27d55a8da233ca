import { describe, expect, it } from 'vitest';
import { isoToDay } from '@shared/dates';
import { summarizeMetric } from '@shared/domain';
import { cycleTime, promptsSent, weekly } from './fixtures';

describe('summarizeMetric', () => {
  it('worked example: six weekly cycle times trending to target', () => {
    const s = summarizeMetric(cycleTime, weekly([38, 35, 31, 29, 27, 25.5]));
    expect(s).toMatchObject({
      metricId: cycleTime.id,
      name: 'Cycle time',
      kind: 'outcome',
      direction: 'lower',
      unit: 'min',
      cadence: 'weekly',
      baseline: 40,
      target: 25,
      measurements: 6,
      // the sixth Monday: 6 Jan + 35 days = 10 Feb 2025
      latestDay: isoToDay('2025-02-10'),
      latestValue: 25.5,
      // one measurement a week, so the recent value is the last one
      recentValue: 25.5,
      recentCount: 1,
      evidence: 'moderate',
      trend: 'improving',
      periodsMeasured: 6,
      // (2 + 5 + 9 + 11 + 13 + 14.5) × 1,000
      valueCreated: 54_500,
      // (40 − 25.5) × 1,000
      valuePerPeriodNow: 14_500,
      priced: true,
    });
    // (25.5 − 40) / (25 − 40) = 14.5 / 15
    expect(s.progress).toBeCloseTo(0.966667, 6);
    // see evidence.test.ts for the arithmetic
    expect(s.meanChange).toBeCloseTo(9.083333, 6);
    expect(s.ciLow).toBeCloseTo(5.134519, 5);
    expect(s.ciHigh).toBeCloseTo(13.032148, 5);
  });

  it('summarises an unmeasured metric without inventing numbers', () => {
    expect(summarizeMetric(promptsSent, null)).toEqual({
      metricId: promptsSent.id,
      name: 'Prompts sent',
      kind: 'activity',
      direction: 'higher',
      unit: 'prompts',
      cadence: 'weekly',
      baseline: 100,
      target: 300,
      measurements: 0,
      latestDay: null,
      latestValue: null,
      recentValue: null,
      recentCount: 0,
      progress: null,
      meanChange: null,
      ciLow: null,
      ciHigh: null,
      evidence: 'none',
      trend: 'unknown',
      periodsMeasured: 0,
      valueCreated: 0,
      valuePerPeriodNow: 0,
      priced: false,
    });
  });

  it('summarises a single measurement', () => {
    const s = summarizeMetric(cycleTime, weekly([31]));
    // (31 − 40) / (25 − 40) = 0.6; change 9 but no interval from one point
    expect(s).toMatchObject({
      measurements: 1,
      latestValue: 31,
      recentValue: 31,
      progress: 0.6,
      meanChange: 9,
      ciLow: null,
      evidence: 'weak',
      trend: 'unknown',
      valueCreated: 9_000,
    });
  });

  it('reports baseline = target as held (1) or not (0)', () => {
    const hold = { ...cycleTime, baseline: 30, target: 30 };
    expect(summarizeMetric(hold, weekly([29])).progress).toBe(1);
    expect(summarizeMetric(hold, weekly([31])).progress).toBe(0);
  });

  it('counts only measurements since sinceDay', () => {
    const s = summarizeMetric(cycleTime, weekly([38, 35, 31]), {
      sinceDay: isoToDay('2025-01-13'),
    });
    expect(s.measurements).toBe(2);
    expect(s.periodsMeasured).toBe(2);
    // (40 − 35) + (40 − 31) = 14 × 1,000
    expect(s.valueCreated).toBe(14_000);
  });

  it('judges flatness with the threshold it is given', () => {
    // changes 1, 1.2, 1, 1.2 (mean 1.1) on a gap of 15: 1.1 ≥ 0.05 × 15 = 0.75 but < 0.1 × 15 = 1.5
    const series = weekly([39, 38.8, 39, 38.8]);
    expect(summarizeMetric(cycleTime, series, { flatThreshold: 0.05 }).trend).toBe('improving');
    expect(summarizeMetric(cycleTime, series).trend).toBe('flat');
  });
});
