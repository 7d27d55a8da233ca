import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoToDay } from '@shared/dates';
import { CADENCES } from '@shared/model';
import { forEachPeriod, monthIndex, periodIndex, periodStartDay, weekIndex } from '@shared/domain';

describe('weekIndex', () => {
  it('starts weeks on Monday', () => {
    // Day 0 = Thursday 1970-01-01; (0 + 3) / 7 → week 0. Monday 1969-12-29 is day −3 → week 0.
    expect(weekIndex(0)).toBe(0);
    expect(weekIndex(-3)).toBe(0);
    // Sunday 1970-01-04 (day 3) is still week 0; Monday 1970-01-05 (day 4) starts week 1.
    expect(weekIndex(3)).toBe(0);
    expect(weekIndex(4)).toBe(1);
    expect(weekIndex(isoToDay('2025-01-06')) - weekIndex(isoToDay('2025-01-05'))).toBe(1);
    expect(weekIndex(isoToDay('2025-01-12'))).toBe(weekIndex(isoToDay('2025-01-06')));
  });
});

describe('monthIndex', () => {
  it('counts months since January of year 0', () => {
    expect(monthIndex(0)).toBe(1970 * 12); // 1970-01-01 → 23640
    expect(monthIndex(-1)).toBe(1969 * 12 + 11); // 1969-12-31 → 23639
    expect(monthIndex(isoToDay('2024-02-29'))).toBe(2024 * 12 + 1);
    expect(monthIndex(isoToDay('2024-03-01'))).toBe(2024 * 12 + 2);
  });

  it('agrees with the calendar for any day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
        const d = new Date(day * 86_400_000);
        expect(monthIndex(day)).toBe(d.getUTCFullYear() * 12 + d.getUTCMonth());
      }),
    );
  });
});

describe('periodIndex', () => {
  it('puts the last day of a quarter and the first of the next in different periods', () => {
    // 2025-03-31 is in Q1 2025 → 2025 × 4 + 0 = 8100; 2025-04-01 is Q2 → 8101
    expect(periodIndex(isoToDay('2025-03-31'), 'quarterly')).toBe(8100);
    expect(periodIndex(isoToDay('2025-04-01'), 'quarterly')).toBe(8101);
    expect(periodIndex(isoToDay('2025-01-31'), 'monthly')).toBe(2025 * 12);
    expect(periodIndex(isoToDay('2025-02-01'), 'monthly')).toBe(2025 * 12 + 1);
  });
});

describe('periodStartDay', () => {
  it('gives the first day of a period', () => {
    expect(periodStartDay(weekIndex(isoToDay('2025-01-08')), 'weekly')).toBe(
      isoToDay('2025-01-06'),
    );
    expect(periodStartDay(2024 * 12 + 1, 'monthly')).toBe(isoToDay('2024-02-01'));
    expect(periodStartDay(2025 * 4 + 1, 'quarterly')).toBe(isoToDay('2025-04-01'));
    expect(periodStartDay(1969 * 12 + 11, 'monthly')).toBe(isoToDay('1969-12-01'));
  });

  it('is the inverse of periodIndex: the day before a period start is in the previous period', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -200_000, max: 200_000 }),
        fc.constantFrom(...CADENCES),
        (day, cadence) => {
          const p = periodIndex(day, cadence);
          const start = periodStartDay(p, cadence);
          expect(start).toBeLessThanOrEqual(day);
          expect(periodIndex(start, cadence)).toBe(p);
          expect(periodIndex(start - 1, cadence)).toBe(p - 1);
        },
      ),
    );
  });
});

describe('forEachPeriod', () => {
  it('visits each period once, oldest first, with the mean of its measurements', () => {
    const days = ['2025-01-06', '2025-01-08', '2025-01-13', '2025-01-27'].map(isoToDay);
    const values = [10, 20, 30, 50];
    const seen: [number, number][] = [];
    forEachPeriod(days, values, 'weekly', 0, (mean, count) => seen.push([mean, count]));
    // week of 6 Jan: (10 + 20) / 2 = 15 from 2; week of 13 Jan: 30; week of 27 Jan: 50
    expect(seen).toEqual([
      [15, 2],
      [30, 1],
      [50, 1],
    ]);
  });

  it('starts at the given index and visits nothing for an empty range', () => {
    const seen: number[] = [];
    forEachPeriod([1, 2, 3], [5, 6, 7], 'monthly', 3, (mean) => seen.push(mean));
    expect(seen).toEqual([]);
  });
});
