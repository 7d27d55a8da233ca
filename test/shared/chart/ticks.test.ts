import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayToIso, isoToDay } from '../../../shared/dates';
import { niceStep, niceTicks } from '../../../shared/chart/niceTicks';
import { timeTicks } from '../../../shared/chart/timeTicks';

describe('niceTicks', () => {
  it('spans a lower-is-better metric from target 25 to baseline 40 in steps of 5', () => {
    // Span 15 over 4 intervals = 3.75 → the next nice step is 5; 25 and 40 are multiples of it.
    expect(niceTicks(25, 40, 5)).toEqual([25, 30, 35, 40]);
  });

  it('rounds outwards to multiples of the step', () => {
    // Span 0.9 over 4 intervals = 0.225 → 0.25; floor(0.1 / 0.25) = 0, ceil(1 / 0.25) = 4.
    expect(niceTicks(0.1, 1, 5)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    // Span 10 over 4 intervals = 2.5 exactly; floor(−3 / 2.5) = −2, ceil(7 / 2.5) = 3.
    expect(niceTicks(-3, 7, 5)).toEqual([-5, -2.5, 0, 2.5, 5, 7.5]);
  });

  it('widens a flat range around its value so the line is not on the frame', () => {
    // 50 ± 10 % → 45 to 55, span 10 over 4 → 2.5.
    expect(niceTicks(50, 50, 5)).toEqual([45, 47.5, 50, 52.5, 55]);
    expect(niceTicks(0, 0, 3)).toEqual([-1, 0, 1]);
  });

  it('picks 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(10, 4)).toBe(2.5);
    expect(niceStep(0.3, 3)).toBe(0.1);
    expect(niceStep(1_200_000, 5)).toBe(250_000);
  });

  it('always covers the range with at most a few more ticks than asked', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.integer({ min: 2, max: 10 }),
        (lo, span, count) => {
          const ticks = niceTicks(lo, lo + span, count);
          // Steps are chosen with a tolerance of 1e-9 of the span (and ticks rounded to the
          // values' own precision), invisible on any axis.
          const slack = Math.max(span * 1e-9, Math.abs(lo + span) * 1e-12);
          expect(ticks[0] as number).toBeLessThanOrEqual(lo + slack);
          expect(ticks[ticks.length - 1] as number).toBeGreaterThanOrEqual(lo + span - slack);
          expect(ticks.length).toBeLessThanOrEqual(count + 2);
          for (let i = 1; i < ticks.length; i += 1)
            expect(ticks[i] as number).toBeGreaterThan(ticks[i - 1] as number);
        },
      ),
    );
  });
});

const iso = (days: number[]) => days.map(dayToIso);

describe('timeTicks', () => {
  it('puts six weekly measurements on Mondays', () => {
    // 2026-01-05 is a Monday; six weekly measurements run to 2026-02-09.
    const ticks = timeTicks(isoToDay('2026-01-05'), isoToDay('2026-02-09'), 8);
    expect(ticks.unit).toBe('week');
    expect(iso(ticks.days)).toEqual([
      '2026-01-05',
      '2026-01-12',
      '2026-01-19',
      '2026-01-26',
      '2026-02-02',
      '2026-02-09',
    ]);
  });

  it('does not tick finer than the measurements are spaced', () => {
    // Three weekly measurements over 14 days: room for 7 ticks would allow every other day,
    // but a minimum step of 7 days gives the Mondays the measurements fall on.
    const from = isoToDay('2026-10-05');
    const to = isoToDay('2026-10-19');
    expect(timeTicks(from, to, 7).unit).toBe('day');
    const weekly = timeTicks(from, to, 7, 7);
    expect(weekly.unit).toBe('week');
    expect(iso(weekly.days)).toEqual(['2026-10-05', '2026-10-12', '2026-10-19']);
  });

  it('steps by two weeks when weekly ticks would crowd the axis', () => {
    const ticks = timeTicks(isoToDay('2026-01-07'), isoToDay('2026-02-20'), 4);
    expect(ticks.unit).toBe('week');
    // Fortnights counted from Monday 1970-01-05 (day 4): 2026-01-05 is day 20458 = 4 + 14 × 1461,
    // so 2026-01-19 is the first fortnight boundary on or after the 7th.
    expect(iso(ticks.days)).toEqual(['2026-01-19', '2026-02-02', '2026-02-16']);
  });

  it('uses the first of the month, or of the quarter, over longer spans', () => {
    const monthly = timeTicks(isoToDay('2025-11-20'), isoToDay('2026-04-02'), 6);
    expect(monthly.unit).toBe('month');
    expect(iso(monthly.days)).toEqual([
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
    ]);

    const quarterly = timeTicks(isoToDay('2024-02-10'), isoToDay('2025-06-30'), 6);
    expect(quarterly.unit).toBe('month');
    expect(iso(quarterly.days)).toEqual([
      '2024-04-01',
      '2024-07-01',
      '2024-10-01',
      '2025-01-01',
      '2025-04-01',
    ]);
  });

  it('uses years over decades', () => {
    const ticks = timeTicks(isoToDay('1990-06-01'), isoToDay('2026-01-01'), 6);
    expect(ticks.unit).toBe('year');
    expect(iso(ticks.days)).toEqual(['2000-01-01', '2010-01-01', '2020-01-01']);
  });

  it('gives the one day of a single measurement', () => {
    expect(iso(timeTicks(isoToDay('2026-03-03'), isoToDay('2026-03-03'), 6).days)).toEqual([
      '2026-03-03',
    ]);
  });

  it('never exceeds the tick budget and stays inside the range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -20_000, max: 40_000 }),
        fc.integer({ min: 0, max: 40_000 }),
        fc.integer({ min: 1, max: 14 }),
        (from, span, max) => {
          const { days } = timeTicks(from, from + span, max);
          expect(days.length).toBeGreaterThan(0);
          expect(days.length).toBeLessThanOrEqual(max);
          for (const d of days) {
            expect(d).toBeGreaterThanOrEqual(from);
            expect(d).toBeLessThanOrEqual(from + span);
          }
        },
      ),
    );
  });
});
