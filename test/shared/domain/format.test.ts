import { describe, expect, it } from 'vitest';
import {
  formatDuration,
  formatNumber,
  formatPercent,
  formatPercentAgainst,
  formatQuantity,
  formatRatio,
  formatRatioAgainst,
  formatSignedPercent,
  plural,
} from '@shared/domain';

describe('formatNumber', () => {
  it('prints at most two decimals, drops trailing zeros and never groups thousands', () => {
    expect(formatNumber(25.5)).toBe('25.5');
    expect(formatNumber(14)).toBe('14');
    expect(formatNumber(1 / 3)).toBe('0.33');
    expect(formatNumber(54_500)).toBe('54500');
  });

  it('does not show a sign on a value that rounds to zero', () => {
    // -0.001 → toFixed(2) "-0.00" → trimmed "-0", which must read "0"
    expect(formatNumber(-0.001)).toBe('0');
  });
});

describe('formatQuantity', () => {
  it('adds the unit after a space, or prints the bare number without one', () => {
    expect(formatQuantity(25.5, 'min')).toBe('25.5 min');
    expect(formatQuantity(3, '')).toBe('3');
  });
});

describe('percentages', () => {
  it('rounds to whole percent from 1 % and keeps one decimal below', () => {
    // 14.5 / 15 = 0.9667 → 96.67 % → "97 %"
    expect(formatPercent(14.5 / 15)).toBe('97 %');
    expect(formatPercent(0.004)).toBe('0.4 %');
    expect(formatPercent(0.8)).toBe('80 %');
  });

  it('signs changes', () => {
    // (240 − 100) / 100 = 1.4 → "+140 %"
    expect(formatSignedPercent(1.4)).toBe('+140 %');
    expect(formatSignedPercent(-0.01)).toBe('-1 %');
    expect(formatSignedPercent(0)).toBe('0 %');
    expect(formatSignedPercent(0.005)).toBe('+0.5 %');
  });

  it('shows a decimal when rounding would make a failing value look equal to its threshold', () => {
    // 0.796 → 79.6 %, which rounds to 80 % — the same as the 80 % threshold it fails
    expect(formatPercentAgainst(0.796, 0.8)).toBe('79.6 %');
    expect(formatPercentAgainst(0.97, 0.8)).toBe('97 %');
    expect(formatPercentAgainst(0.8, 0.8)).toBe('80 %');
  });
});

describe('ratios', () => {
  it('prints one decimal and a multiplication sign', () => {
    // 54,500 / 20,000 = 2.725 → "2.7×"
    expect(formatRatio(2.725)).toBe('2.7×');
    expect(formatRatio(1.5)).toBe('1.5×');
  });

  it('keeps enough decimals to tell a value from the minimum it is compared with', () => {
    expect(formatRatioAgainst(1.46, 1.5)).toBe('1.46×');
    expect(formatRatioAgainst(2, 1.5)).toBe('2.0×');
    expect(formatRatioAgainst(2.725, 1.5)).toBe('2.7×');
  });
});

describe('formatDuration', () => {
  it('counts days below two weeks and whole weeks from there, ignoring the sign', () => {
    expect(formatDuration(1)).toBe('1 day');
    expect(formatDuration(13)).toBe('13 days');
    expect(formatDuration(21)).toBe('3 weeks');
    expect(formatDuration(27)).toBe('3 weeks');
    expect(formatDuration(-42)).toBe('6 weeks');
  });
});

describe('plural', () => {
  it('uses the singular for one only', () => {
    expect(plural(1, 'measurement')).toBe('1 measurement');
    expect(plural(0, 'measurement')).toBe('0 measurements');
    expect(plural(2, 'activity metric')).toBe('2 activity metrics');
  });
});
