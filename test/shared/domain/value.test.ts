import { describe, expect, it } from 'vitest';
import { isoToDay } from '@shared/dates';
import { metricValueCreated, pilotValueCreated, type SeriesColumns } from '@shared/domain';

function weekly(values: number[]): SeriesColumns {
  const start = isoToDay('2025-01-06');
  return { days: values.map((_, i) => start + 7 * i), values };
}
const cycleTime = {
  baseline: 40,
  direction: 'lower' as const,
  valuePerUnit: 1000,
  cadence: 'weekly' as const,
};

describe('metricValueCreated', () => {
  it('worked example: sums each week’s improvement × value per unit', () => {
    // improvements 40 − v: 2 + 5 + 9 + 11 + 13 + 14.5 = 54.5 minutes·weeks × 1,000 = 54,500
    // now: (40 − 25.5) × 1,000 = 14,500 per week
    expect(metricValueCreated(weekly([38, 35, 31, 29, 27, 25.5]), cycleTime)).toEqual({
      created: 54_500,
      perPeriodNow: 14_500,
      periods: 6,
      priced: true,
    });
  });

  it('averages several measurements within one period first', () => {
    const days = ['2025-01-06', '2025-01-09', '2025-01-14'].map(isoToDay);
    const metric = {
      baseline: 10,
      direction: 'higher' as const,
      valuePerUnit: 100,
      cadence: 'weekly' as const,
    };
    // week 1: (12 + 14) / 2 = 13 → +3; week 2: 16 → +6; (3 + 6) × 100 = 900
    expect(metricValueCreated({ days, values: [12, 14, 16] }, metric)).toEqual({
      created: 900,
      perPeriodNow: 600,
      periods: 2,
      priced: true,
    });
  });

  it('counts calendar months for a monthly metric', () => {
    const days = ['2025-01-31', '2025-02-01'].map(isoToDay);
    const metric = {
      baseline: 10,
      direction: 'higher' as const,
      valuePerUnit: 50,
      cadence: 'monthly' as const,
    };
    // January +2, February +4 → 6 × 50 = 300
    expect(metricValueCreated({ days, values: [12, 14] }, metric).created).toBe(300);
  });

  it('is 0 and flagged "not priced" without a value per unit', () => {
    expect(metricValueCreated(weekly([38, 35]), { ...cycleTime, valuePerUnit: null })).toEqual({
      created: 0,
      perPeriodNow: 0,
      periods: 2,
      priced: false,
    });
  });

  it('is 0 over no periods without measurements', () => {
    expect(metricValueCreated(weekly([]), cycleTime)).toEqual({
      created: 0,
      perPeriodNow: 0,
      periods: 0,
      priced: true,
    });
  });

  it('is negative when a lower-is-better metric got worse', () => {
    // improvements 40 − 42 = −2 and 40 − 44 = −4 → −6 × 10 = −60
    expect(metricValueCreated(weekly([42, 44]), { ...cycleTime, valuePerUnit: 10 }).created).toBe(
      -60,
    );
  });

  it('counts only periods on or after sinceDay', () => {
    // only 20 Jan (31) counts: (40 − 31) × 1,000 = 9,000
    expect(
      metricValueCreated(weekly([38, 35, 31]), cycleTime, isoToDay('2025-01-20')).created,
    ).toBe(9_000);
  });
});

describe('pilotValueCreated', () => {
  it('sums outcome metrics only and names the unpriced ones', () => {
    const total = pilotValueCreated([
      { name: 'Cycle time', kind: 'outcome', valueCreated: 54_500, priced: true },
      { name: 'Errors', kind: 'outcome', valueCreated: -500, priced: true },
      { name: 'Satisfaction', kind: 'outcome', valueCreated: 0, priced: false },
      // activity never counts as value, even when someone priced it
      { name: 'Prompts sent', kind: 'activity', valueCreated: 99_999, priced: true },
    ]);
    // 54,500 − 500 = 54,000
    expect(total).toEqual({ total: 54_000, unpricedOutcomes: ['Satisfaction'] });
  });

  it('is 0 with no metrics', () => {
    expect(pilotValueCreated([])).toEqual({ total: 0, unpricedOutcomes: [] });
  });
});
