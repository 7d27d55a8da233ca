import { afterEach, describe, expect, it } from 'vitest';
import {
  FORMATS_SIGNATURE,
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatPercent,
  setFormatMemo,
} from '../../../renderer/components/format';
import { openFormatMemo } from '../../../renderer/firstScreen/formatMemo';

const KEY = 'pilot-portfolio-first-screen-formats';

/** What the first screen does: formats with the memo set, then keeps what it showed. */
function drawWith(storage: Storage, draw: () => string[]): string[] {
  const formats = openFormatMemo(storage);
  setFormatMemo(formats.memo);
  try {
    return draw();
  } finally {
    setFormatMemo(null);
    formats.save();
  }
}

/** Stores a memo made by this engine for this locale and these options, or as `change` says. */
function storeMemo(texts: Record<string, unknown>, change: Record<string, unknown> = {}): void {
  localStorage.setItem(
    KEY,
    JSON.stringify({
      engine: navigator.userAgent,
      locale: navigator.language,
      signature: FORMATS_SIGNATURE,
      texts,
      ...change,
    }),
  );
}

const figures = () => [
  formatMoney(820000, 'EUR'),
  formatNumber(0.8, 1),
  formatNumber(200),
  formatDate('2027-01-14'),
  formatPercent(0.25),
];

afterEach(() => {
  localStorage.clear();
  setFormatMemo(null);
});

describe('the first screen’s format memo', () => {
  it('formats as Intl does, then gives the same texts without Intl', () => {
    const first = drawWith(localStorage, figures);
    expect(first).toEqual([
      new Intl.NumberFormat(navigator.language, {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 0,
      }).format(820000),
      new Intl.NumberFormat(navigator.language, { maximumFractionDigits: 1 }).format(0.8),
      '200',
      new Intl.DateTimeFormat(navigator.language, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        timeZone: 'UTC',
      }).format(Date.UTC(2027, 0, 14)),
      new Intl.NumberFormat(navigator.language, { style: 'percent' }).format(0.25),
    ]);
    const stored = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, unknown>;
    expect(stored).toMatchObject({
      engine: navigator.userAgent,
      locale: navigator.language,
      signature: FORMATS_SIGNATURE,
    });
    expect(Object.keys(stored['texts'] as object)).toHaveLength(5);

    // Made a second time from the memo, not by Intl: marked texts come back marked.
    const texts = stored['texts'] as Record<string, string>;
    const marked = Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, `memo ${v}`]));
    localStorage.setItem(KEY, JSON.stringify({ ...stored, texts: marked }));
    expect(drawWith(localStorage, figures)).toEqual(first.map((text) => `memo ${text}`));
  });

  it('formats a value it has not seen, and then keeps only what was shown', () => {
    drawWith(localStorage, figures);
    expect(drawWith(localStorage, () => [formatMoney(42000, 'EUR'), formatNumber(200)])).toEqual([
      new Intl.NumberFormat(navigator.language, {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 0,
      }).format(42000),
      '200',
    ]);
    const stored = JSON.parse(localStorage.getItem(KEY) ?? '{}') as { texts: object };
    expect(Object.keys(stored.texts).sort()).toEqual(['money:EUR:false:42000', 'num:2:200']);
  });

  it('takes a text only for the very value, currency and digits it was made for', () => {
    storeMemo({ 'money:EUR:false:5': 'five euros', 'num:1:5': 'five' });
    expect(
      drawWith(localStorage, () => [
        formatMoney(5, 'EUR'),
        formatMoney(5, 'USD'),
        formatNumber(5, 1),
        formatNumber(5, 2),
      ]),
    ).toEqual(['five euros', formatMoney(5, 'USD'), 'five', '5']);
  });

  it('tells -0 from 0, as Intl does', () => {
    storeMemo({ 'num:2:0': 'zero' });
    expect(drawWith(localStorage, () => [formatNumber(0), formatNumber(-0)])).toEqual([
      'zero',
      new Intl.NumberFormat(navigator.language, { maximumFractionDigits: 2 }).format(-0),
    ]);
  });

  it.each([
    ['another engine', { engine: 'Other/1.0' }],
    ['another locale', { locale: 'xx-XX' }],
    ['other options', { signature: '[]' }],
    ['texts that are not texts', { texts: { 'num:2:5': 5 } }],
  ])('does not use a memo made by %s', (_, change) => {
    storeMemo({ 'num:2:5': 'wrong' }, change);
    expect(drawWith(localStorage, () => [formatNumber(5)])).toEqual(['5']);
  });

  it('survives storage that is unreadable or refuses', () => {
    localStorage.setItem(KEY, '{not json');
    expect(drawWith(localStorage, () => [formatNumber(7)])).toEqual(['7']);
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    } as unknown as Storage;
    expect(drawWith(refusing, () => [formatNumber(7)])).toEqual(['7']);
  });

  it('is never used by the app: without a memo set, every text comes from Intl', () => {
    storeMemo({ 'num:2:200': 'memo 200', 'date:2027-01-14': 'memo date' });
    expect(formatNumber(200)).toBe('200');
    expect(formatDate('2027-01-14')).not.toBe('memo date');
    expect(formatDateTime('not a date')).toBe('not a date');
    expect(formatDate(null)).toBe('—');
  });
});
