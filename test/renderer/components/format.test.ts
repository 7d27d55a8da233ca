import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatMoney,
  formatNumber,
  formatPercent,
  setFormatMemo,
} from '../../../renderer/components/format';

// jsdom's navigator.language is en-US.
describe('the interface’s formats', () => {
  it('format figures for the locale and the portfolio’s currency', () => {
    expect(formatMoney(1234567, 'EUR')).toBe('€1,234,567');
    expect(formatMoney(1234567, 'EUR', true)).toBe('€1.2M');
    expect(formatMoney(1234567, 'USD', true)).toBe('$1.2M');
    expect(formatNumber(1234.567)).toBe('1,234.57');
    expect(formatNumber(1234.567, 0)).toBe('1,235');
    expect(formatPercent(0.873)).toBe('87%');
  });

  it('format a calendar day the same however often it is asked, and a bad one as the fallback', () => {
    expect(formatDate('2026-03-01')).toBe('Mar 1, 2026');
    expect(formatDate('2026-03-01')).toBe('Mar 1, 2026');
    expect(formatDate('2026-12-31')).toBe('Dec 31, 2026');
    expect(formatDate('not a date')).toBe('—');
    expect(formatDate(null, 'none')).toBe('none');
  });

  it('give a memo’s text for a day already formatted, while a memo is set', () => {
    formatDate('2026-04-02');
    const given = new Map<string, string>();
    setFormatMemo({ known: new Map([['date:2026-04-02', 'from the memo']]), given });
    try {
      expect(formatDate('2026-04-02')).toBe('from the memo');
      expect(given.get('date:2026-04-02')).toBe('from the memo');
    } finally {
      setFormatMemo(null);
    }
    // The memo's text stays the memo's: the app formats the day itself.
    expect(formatDate('2026-04-02')).toBe('Apr 2, 2026');
  });
});
