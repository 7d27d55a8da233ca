import { describe, expect, it } from 'vitest';
import { dayToIso, isoToDay } from '@shared/dates';

describe('isoToDay', () => {
  it('gives the day number of a calendar date, the same each time it is asked', () => {
    expect(isoToDay('1970-01-01')).toBe(0);
    expect(isoToDay('2026-03-01')).toBe(20_513);
    // A second answer comes from what was worked out the first time: it must be the same.
    expect(isoToDay('2026-03-01')).toBe(20_513);
    expect(dayToIso(isoToDay('2024-02-29'))).toBe('2024-02-29');
  });

  it('refuses what is no calendar date, every time', () => {
    expect(() => isoToDay('2026-02-30')).toThrow('Not a calendar date: 2026-02-30');
    expect(() => isoToDay('2026-02-30')).toThrow('Not a calendar date: 2026-02-30');
    expect(() => isoToDay('01/02/2026')).toThrow('Not an ISO date (YYYY-MM-DD): 01/02/2026');
  });

  it('stays right past the number of dates it keeps', () => {
    const first = isoToDay('2000-01-01');
    for (let day = 0; day < 25_000; day += 1)
      expect(isoToDay(dayToIso(first + day))).toBe(first + day);
    expect(isoToDay('2000-01-01')).toBe(first);
  });
});
