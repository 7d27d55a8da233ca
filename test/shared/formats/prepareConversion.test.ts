import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoToDay } from '../../../shared/dates';
import {
  analyseFormats,
  convertRows,
  prepareConversion,
  type ColumnMapping,
  type FormatChoice,
  type FormatQuestions,
  type Prepared,
} from '../../../shared/formats/measurementImport';
import { arrayRows } from '../../../shared/formats/tableRows';
import { hostileCell } from './fuzzKit';

/** The import as it was: analyse the whole file first, then convert it with what it decided. */
function analyseThenConvert(
  rows: string[][],
  headers: string[],
  mapping: ColumnMapping,
  choice: FormatChoice,
): Prepared {
  const analysis = analyseFormats(rows, mapping);
  const questions: FormatQuestions = {};
  let decimal = choice.decimal;
  let dateOrder = choice.dateOrder;
  if (!decimal) {
    if (analysis.decimal.kind === 'decided') decimal = analysis.decimal.decimal;
    else questions.decimal = analysis.decimal;
  }
  if (!dateOrder) {
    if (analysis.dateOrder.kind === 'decided') dateOrder = analysis.dateOrder.order;
    else questions.dateOrder = analysis.dateOrder;
  }
  if (!decimal || !dateOrder) return { kind: 'ask', questions };
  const formats = { decimal, dateOrder };
  return { kind: 'converted', conversion: convertRows(rows, headers, mapping, formats), formats };
}

const headers = ['metric', 'date', 'value'];
const mapping: ColumnMapping = { pilot: null, metric: 0, date: 1, value: 2, note: null };
const none: FormatChoice = { decimal: null, dateOrder: null };

/** `n` rows of metric "M", one a day from 2026-01-01, written by `write`. */
function daily(n: number, write: (i: number) => [date: string, value: string]): string[][] {
  return Array.from({ length: n }, (_v, i) => ['M', ...write(i)]);
}

describe('formats decided and rows converted in one reading', () => {
  it('converts again when rows after the first thousand decide otherwise', () => {
    // 1,500 whole numbers on ISO days (no evidence either way), then one comma decimal on a
    // month/day date: the file is comma-decimal and month-first, which its start did not say.
    const rows = daily(1_500, (i) => [
      new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10),
      String(i),
    ]);
    rows.push(['M', '12/31/2026', '2,5']);
    const prepared = prepareConversion(arrayRows(rows), headers, mapping, none);
    expect(prepared).toEqual(analyseThenConvert(rows, headers, mapping, none));
    if (prepared.kind !== 'converted') throw new Error('expected a conversion');
    expect(prepared.formats).toEqual({ decimal: ',', dateOrder: 'mdy' });
    expect(prepared.conversion.totalIssues).toBe(0);
    const [group] = prepared.conversion.groups;
    expect(group?.days[1_500]).toBe(isoToDay('2026-12-31'));
    expect(group?.values[1_500]).toBe(2.5);
  });

  it('asks about what the whole file leaves open, and takes the person’s answer', () => {
    const rows = daily(3, (i) => [`0${i + 1}/04/2026`, `1,23${i}`]);
    const prepared = prepareConversion(arrayRows(rows), headers, mapping, none);
    expect(prepared).toEqual(analyseThenConvert(rows, headers, mapping, none));
    expect(prepared.kind).toBe('ask');
    const chosen: FormatChoice = { decimal: '.', dateOrder: null };
    const answered = prepareConversion(arrayRows(rows), headers, mapping, chosen);
    expect(answered).toEqual(analyseThenConvert(rows, headers, mapping, chosen));
    expect(answered).toMatchObject({
      kind: 'ask',
      questions: { dateOrder: { reason: 'ambiguous' } },
    });
  });

  it('any rows and choice give what analysing first, then converting, gave', () => {
    const cell = fc.oneof(
      hostileCell,
      fc.constantFrom('2026-01-05', '05/01/2026', '13/01/2026', '01/13/2026', '1,5', '1.5'),
      fc.constantFrom('1.234', '1,234', '7', '', ' '),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 4 }), { maxLength: 30 }),
        fc.constantFrom<FormatChoice['decimal']>(null, '.', ','),
        fc.constantFrom<FormatChoice['dateOrder']>(null, 'dmy', 'mdy'),
        (rows, decimal, dateOrder) => {
          const choice = { decimal, dateOrder };
          expect(prepareConversion(arrayRows(rows), headers, mapping, choice)).toEqual(
            analyseThenConvert(rows, headers, mapping, choice),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
