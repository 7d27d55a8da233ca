import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoToDay } from '../../../shared/dates';
import {
  addDateEvidence,
  decideDateOrder,
  emptyDateEvidence,
  parseFlexibleDate,
  readIsoDayQuickly,
} from '../../../shared/formats/dateParsing';
import { detectDelimiter } from '../../../shared/formats/delimiter';
import {
  addDecimalEvidence,
  decideDecimal,
  emptyDecimalEvidence,
  parseLocaleNumber,
  plainShape,
  SHAPE,
} from '../../../shared/formats/numberParsing';
import { decodeText } from '../../../shared/formats/textDecoding';

describe('numbers written the English or the continental way', () => {
  it.each([
    ['1,234.56', '.', 1234.56],
    ['1.234,56', ',', 1234.56],
    ['1 234,56', ',', 1234.56],
    ['1\u202f234,5', ',', 1234.5],
    ["1'234.5", '.', 1234.5],
    ['-0,5', ',', -0.5],
    ['\u22122.5', '.', -2.5],
    ['(1,200.00)', '.', -1200],
    ['+7', '.', 7],
    ['1e-9', '.', 1e-9],
    ['.5', '.', 0.5],
    ["'-5", '.', -5],
    [' 42 ', ',', 42],
  ] as const)('%j with %j decimals is %d', (text, decimal, expected) => {
    expect(parseLocaleNumber(text, decimal)).toBe(expected);
  });

  it.each([
    ['abc', '.'],
    ['', '.'],
    ['1,2,3', ','],
    ['1.5', ','],
    ['0,123', '.'],
    ['12,34.5', '.'],
    ['1e5', ','],
    ['--1', '.'],
    ['1e999', '.'],
  ] as const)('%j is not a number with %j decimals', (text, decimal) => {
    expect(parseLocaleNumber(text, decimal)).toBeNull();
  });

  function decide(values: string[]) {
    const evidence = emptyDecimalEvidence();
    values.forEach((v) => addDecimalEvidence(evidence, v));
    return decideDecimal(evidence);
  }

  it('decides per column from the values that can only be read one way', () => {
    expect(decide(['1,234', '12', '7,5'])).toEqual({ kind: 'decided', decimal: ',' });
    expect(decide(['1,234', '1.5'])).toEqual({ kind: 'decided', decimal: '.' });
    expect(decide(['1.234.567', '3'])).toEqual({ kind: 'decided', decimal: ',' });
    expect(decide(['12', '40'])).toEqual({ kind: 'decided', decimal: '.' });
  });

  it('asks when every value reads both ways, or when the column mixes both', () => {
    expect(decide(['1,234', '2,500'])).toMatchObject({
      kind: 'ask',
      reason: 'ambiguous',
      evidence: { ambiguous: 2, ambiguousExample: '1,234' },
    });
    expect(decide(['1,5', '2.5'])).toMatchObject({ kind: 'ask', reason: 'mixed' });
  });
});

describe('the shape of a plain number, told without regular expressions', () => {
  // The regular expressions the shapes replaced, as the reference.
  const reference = (raw: string): number => {
    if (/^-?\d{1,15}$/.test(raw)) return SHAPE.whole;
    const grouped = /^-?[1-9]\d{0,2}[.,]\d{3}$/.test(raw) ? SHAPE.groupShaped : 0;
    if (/^-?\d{1,15}\.\d{1,15}$/.test(raw)) return SHAPE.dot + grouped;
    if (/^-?\d{1,15},\d{1,15}$/.test(raw)) return SHAPE.comma + grouped;
    return SHAPE.other;
  };

  it('worked examples', () => {
    expect(plainShape('-42')).toBe(SHAPE.whole);
    expect(plainShape('1.5')).toBe(SHAPE.dot);
    expect(plainShape('0,125')).toBe(SHAPE.comma);
    expect(plainShape('1.234')).toBe(SHAPE.dot + SHAPE.groupShaped);
    expect(plainShape('1234567890123456')).toBe(SHAPE.other);
    for (const other of ['', '-', '1.', '.5', '1.2.3', ' 1', '1e3', '١٢']) {
      expect(plainShape(other)).toBe(SHAPE.other);
    }
  });

  it('any text has the shape the regular expressions gave it', () => {
    const piece = fc.constantFrom('0', '1', '7', '9', '-', '.', ',', ' ', 'e', '12345678');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
          fc.string(),
        ),
        (raw) => {
          expect(plainShape(raw)).toBe(reference(raw));
        },
      ),
      { numRuns: 5_000 },
    );
  });
});

describe('dates in ISO, day/month and month/day order', () => {
  const day = isoToDay;
  it.each([
    ['2026-01-31', 'dmy', day('2026-01-31')],
    ['2026-1-5', 'mdy', day('2026-01-05')],
    ['2026/01/31', 'dmy', day('2026-01-31')],
    ['2026-01-31T23:30:00Z', 'dmy', day('2026-01-31')],
    ['31/01/2026', 'dmy', day('2026-01-31')],
    ['01/31/2026', 'mdy', day('2026-01-31')],
    ['3.4.2026', 'dmy', day('2026-04-03')],
    ['3.4.2026', 'mdy', day('2026-03-04')],
    ['05-01-2026 10:00', 'dmy', day('2026-01-05')],
  ] as const)('%j read %s is the right day', (text, order, expected) => {
    expect(parseFlexibleDate(text, order)).toBe(expected);
  });

  it.each([
    ['31/02/2026', 'dmy'],
    ['31/01/2026', 'mdy'],
    ['2026-13-01', 'dmy'],
    ['2026-02-30', 'mdy'],
    ['01/31/26', 'mdy'],
    ['yesterday', 'dmy'],
    ['', 'dmy'],
  ] as const)('%j read %s is not a calendar date', (text, order) => {
    expect(parseFlexibleDate(text, order)).toBeNull();
  });

  function decide(values: string[]) {
    const evidence = emptyDateEvidence();
    values.forEach((v) => addDateEvidence(evidence, v));
    return decideDateOrder(evidence);
  }

  it('decides from a day above 12, asks when no date tells', () => {
    expect(decide(['03/04/2026', '25/04/2026'])).toEqual({ kind: 'decided', order: 'dmy' });
    expect(decide(['03/04/2026', '04/25/2026'])).toEqual({ kind: 'decided', order: 'mdy' });
    expect(decide(['2026-04-03', '01/01/2026'])).toEqual({ kind: 'decided', order: 'dmy' });
    expect(decide(['03/04/2026', '05/06/2026'])).toMatchObject({
      kind: 'ask',
      reason: 'ambiguous',
      evidence: { ambiguousExample: '03/04/2026' },
    });
    expect(decide(['25/04/2026', '04/25/2026'])).toMatchObject({ kind: 'ask', reason: 'mixed' });
  });

  it('reads ISO days quickly as the general reader does, and leaves it every other shape', () => {
    expect(readIsoDayQuickly('2026-01-31')).toBe(isoToDay('2026-01-31'));
    expect(readIsoDayQuickly('2024-02-29')).toBe(isoToDay('2024-02-29'));
    for (const other of ['2026-02-29', '1900-02-29', '2026-13-01', '2026-04-31']) {
      expect(readIsoDayQuickly(other)).toBeUndefined();
      expect(parseFlexibleDate(other, 'dmy')).toBeNull();
    }
    for (const other of [
      '0999-01-01',
      '2026/01/31',
      ' 2026-01-31',
      '2026-1-31',
      '2026-01-31T10:00',
    ]) {
      expect(readIsoDayQuickly(other)).toBeUndefined();
    }
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const quick = readIsoDayQuickly(text);
          if (quick !== undefined) expect(quick).toBe(parseFlexibleDate(text, 'mdy'));
          // Every real day from the year 1000 on is read quickly.
          if (year >= 1_000 && parseFlexibleDate(text, 'dmy') !== null) expect(quick).toBeDefined();
        },
      ),
      { numRuns: 5_000 },
    );
  });
});

describe('delimiter and encoding detection', () => {
  it('tells a semicolon file with decimal commas from a comma file', () => {
    expect(
      detectDelimiter('Pilot;Metric;Date;Value\r\nA;B;2026-01-05;1,5\r\nA;B;2026-01-06;2,5\r\n'),
    ).toBe(';');
    expect(detectDelimiter('pilot,metric,date,value\nA,B,2026-01-05,"1,5"\n')).toBe(',');
    expect(detectDelimiter('pilot\tmetric\tnote\nA\tB\tx, y, z\n')).toBe('\t');
    expect(detectDelimiter('a|b\n1|2\n')).toBe('|');
    expect(detectDelimiter('pilot;note\nA;"a\nmulti;line, note"\nB;x\n')).toBe(';');
  });

  it('reads UTF-8 with and without BOM, UTF-16 with BOM, and falls back to Windows-1252', () => {
    const utf8 = new TextEncoder().encode('Zürich;€');
    expect(decodeText(utf8)).toEqual({ text: 'Zürich;€', encoding: 'utf-8', bom: false });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text: 'Zürich;€',
      encoding: 'utf-8',
      bom: true,
    });
    // "Zürich;€" in Windows-1252: ü is 0xFC and € is 0x80, neither valid UTF-8 here.
    const cp1252 = Uint8Array.from([0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68, 0x3b, 0x80]);
    expect(decodeText(cp1252)).toEqual({ text: 'Zürich;€', encoding: 'windows-1252', bom: false });
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x3b, 0x00, 0xfc, 0x00]);
    expect(decodeText(utf16)).toEqual({ text: 'A;ü', encoding: 'utf-16le', bom: true });
  });
});
