import { describe, expect, it } from 'vitest';
import { isoToDay } from '../../../shared/dates';
import { FileRefusedError } from '../../../shared/formats/fileRefusal';
import type { ColumnMapping } from '../../../shared/formats/measurementImport';
import { measurementSheet, workbook } from '../../shared/formats/xlsxFixture';
import {
  parseCsv,
  parseFile,
  prepareImport,
  type CsvSummary,
  type PrepareResult,
} from '../../../renderer/workers/csvImportEngine';

const context = { progress: () => undefined };
const utf8 = (text: string) => new TextEncoder().encode(text);

function parse(bytes: Uint8Array, name = 'm.csv'): CsvSummary {
  return parseCsv({ bytes, fileName: name }, context).value;
}

function prepare(
  mapping: ColumnMapping,
  choice: { decimal: '.' | ',' | null; dateOrder: 'dmy' | 'mdy' | null } = {
    decimal: null,
    dateOrder: null,
  },
): PrepareResult {
  return prepareImport({ mapping, choice }).value;
}

function converted(result: PrepareResult) {
  if (result.kind !== 'converted') throw new Error(`expected a conversion, got ${result.kind}`);
  return result;
}

function refusal(run: () => unknown): FileRefusedError {
  try {
    run();
  } catch (error) {
    if (error instanceof FileRefusedError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const day = isoToDay;

describe('CSV fixtures parse to the expected values', () => {
  it('UTF-8 with BOM, semicolons, CRLF, comma decimals, a quoted note with a line break', () => {
    const text =
      '\uFEFFPilot;Metric;Date;Value;Note\r\n' +
      'Invoice triage;Cycle time;31/01/2026;1.234,5;"first line\r\nsecond; line"\r\n' +
      'Invoice triage;Cycle time;01/02/2026;-0,25;\r\n' +
      'invoice TRIAGE ;Cost per case;2026-02-03;7;"say ""hi"""\r\n';
    const summary = parse(utf8(text));
    expect(summary).toMatchObject({
      encoding: 'utf-8',
      delimiter: ';',
      headers: ['Pilot', 'Metric', 'Date', 'Value', 'Note'],
      rowCount: 3,
      guess: { pilot: 0, metric: 1, date: 2, value: 3, note: 4 },
    });
    const result = converted(prepare(summary.guess));
    expect(result.formats).toEqual({ decimal: ',', dateOrder: 'dmy' });
    const [cycle, cost] = result.conversion.groups;
    expect(cycle).toMatchObject({
      pilotKey: 'invoice triage',
      metricName: 'Cycle time',
      firstRow: 2,
    });
    expect(Array.from(cycle!.days)).toEqual([day('2026-01-31'), day('2026-02-01')]);
    expect(Array.from(cycle!.values)).toEqual([1234.5, -0.25]);
    expect(cycle!.notes).toEqual({ [day('2026-01-31')]: 'first line\r\nsecond; line' });
    expect(cost).toMatchObject({ pilotKey: 'invoice triage', pilotName: 'invoice TRIAGE' });
    expect(cost!.notes).toEqual({ [day('2026-02-03')]: 'say "hi"' });
  });

  it('Windows-1252 without BOM, commas, English numbers, month/day dates', () => {
    // "Zürich" with ü as 0xFC (not UTF-8), and "€" as 0x80 in the note.
    const head = utf8('pilot,metric,date,value,note\n');
    const row = Uint8Array.from([
      ...utf8('Z'),
      0xfc,
      ...utf8('rich,Savings,12/31/2026,"1,234.50",'),
      0x80,
      ...utf8('5\n'),
    ]);
    const summary = parse(Uint8Array.from([...head, ...row]));
    expect(summary.encoding).toBe('windows-1252');
    expect(summary.preview[0]).toEqual(['Zürich', 'Savings', '12/31/2026', '1,234.50', '€5']);
    const result = converted(prepare(summary.guess));
    expect(result.formats).toEqual({ decimal: '.', dateOrder: 'mdy' });
    expect(result.conversion.groups[0]).toMatchObject({ pilotName: 'Zürich' });
    expect(Array.from(result.conversion.groups[0]!.values)).toEqual([1234.5]);
  });

  it('asks for the decimal separator and the date order when the data cannot tell', () => {
    const summary = parse(utf8('pilot,metric,date,value\nA,M,03/04/2026,"1,234"\n'));
    expect(prepare(summary.guess)).toEqual({
      kind: 'ask',
      questions: {
        decimal: expect.objectContaining({ reason: 'ambiguous' }) as unknown,
        dateOrder: expect.objectContaining({ reason: 'ambiguous' }) as unknown,
      },
    });
    const chosen = converted(prepare(summary.guess, { decimal: ',', dateOrder: 'mdy' }));
    expect(Array.from(chosen.conversion.groups[0]!.values)).toEqual([1.234]);
    expect(Array.from(chosen.conversion.groups[0]!.days)).toEqual([day('2026-03-04')]);
  });

  it('names every bad row and field, and converts nothing when one row is bad', () => {
    const summary = parse(
      utf8(
        'pilot,metric,date,value\nA,M,2026-01-01,1\nA,M,2026-01-02,abc\nA,,2026-01-03,3\n' +
          'A,M,2026-02-30,4\nA,M,2026-01-01,5\n\n',
      ),
    );
    const result = converted(prepare(summary.guess));
    expect(result.conversion.groups).toEqual([]);
    expect(result.conversion.issues).toEqual([
      { where: 'Row 3, column value', message: '“abc” is not a number' },
      { where: 'Row 4, column metric', message: 'is empty; name the metric' },
      {
        where: 'Row 5, column date',
        message: '“2026-02-30” is not a date (use 2026-01-31 or 31/01/2026)',
      },
      {
        where: 'Row 6, column date',
        message: '2026-01-01 is given twice for “M” of “A” (rows 2 and 6)',
      },
    ]);
    expect(result.conversion.rowCount).toBe(5);
  });
});

describe('a CSV without quotes, read in place, gives what papaparse gives', () => {
  // The same file twice: as written, and with one header cell quoted, which sends it through
  // papaparse (a file with a quote anywhere is never read as plain text).
  const cases: Record<string, string> = {
    'BOM, semicolons, CRLF, comma decimals, day/month dates, a blank line, a ragged row':
      '\uFEFFPilot;Metric;Date;Value;Note\r\n' +
      'Invoice triage;Cycle time;31/01/2026;1.234,5;first\r\n' +
      '\r\n' +
      ' ;  ;\r\n' +
      "invoice TRIAGE ;'=Cost;2026-02-03;7\r\n" +
      'Invoice triage;Cycle time;01/02/2026;-0,25;\r\n',
    'LF, commas, bad rows named by row and column':
      'pilot,metric,date,value\nA,M,2026-01-01,1\nA,M,2026-01-02,abc\nA,,2026-01-03,3\n' +
      'A,M,2026-02-30,4\nA,M,2026-01-01,5\n\n',
    'tabs, month/day dates, no last line break': 'metric\tdate\tvalue\nM\t12/31/2026\t1.5',
  };
  const quoteFirstHeader = (text: string) => text.replace(/^(\uFEFF?)([^,;\t]+)/, '$1"$2"');

  for (const [name, text] of Object.entries(cases)) {
    it(name, () => {
      const plain = parse(utf8(text));
      const plainResult = prepare(plain.guess);
      const quoted = parse(utf8(quoteFirstHeader(text)));
      const quotedResult = prepare(quoted.guess);
      expect(quoted.headers).toEqual(plain.headers);
      expect(plain).toEqual(quoted);
      expect(plainResult).toEqual(quotedResult);
      expect(plain.rowCount).toBeGreaterThan(0);
    });
  }
});

describe('hostile CSV files are refused quickly, naming the limit', () => {
  it('16,384 columns, from the header alone', () => {
    const header = Array.from({ length: 16_384 }, (_v, i) => `c${i}`).join(',');
    const started = performance.now();
    const error = refusal(() => parse(utf8(`${header}\n1,2\n`), 'wide.csv'));
    expect(error.headline).toBe(
      '“wide.csv” has 16,384 columns; a measurements file needs five, and the app reads at most ' +
        '1,000. Nothing was imported.',
    );
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('a file above 512 MB, before decoding it', () => {
    const huge = { byteLength: 1024 * 1024 * 1024 } as Uint8Array;
    expect(refusal(() => parse(huge, 'huge.csv')).headline).toBe(
      '“huge.csv” is 1 GB; the largest CSV the app imports is 512 MB. Split it into smaller files. ' +
        'Nothing was imported.',
    );
  });

  it('exactly 2,000,000 rows ending in a line break are taken, one more is refused — quoted or not', () => {
    const rows = (n: number, quoted: boolean) =>
      utf8(`${quoted ? '"pilot"' : 'pilot'}\n${'A\n'.repeat(n)}`);
    for (const quoted of [false, true]) {
      expect(parse(rows(2_000_000, quoted)).rowCount).toBe(2_000_000);
      expect(refusal(() => parse(rows(2_000_001, quoted), 'big.csv')).headline).toBe(
        '“big.csv” has more than 2,000,000 rows, the most one import takes. Split it into ' +
          'smaller files. Nothing was imported.',
      );
    }
  });

  it('a quote that never closes', () => {
    const error = refusal(() => parse(utf8('pilot,metric\nA,"M\nB,N\n'), 'q.csv'));
    expect(error.headline).toContain('a quoted field that starts in row');
  });
});

describe('XLSX workbooks and other zip files', () => {
  it('imports the first sheet of a workbook like a CSV, dates and numbers exact', async () => {
    const bytes = await workbook(measurementSheet(), true);
    const summary = (await parseFile({ bytes, fileName: 'book.xlsx' }, context)).value;
    expect(summary).toMatchObject({
      kind: 'xlsx',
      headers: ['Pilot', 'Metric', 'Date', 'Value', ''],
      rowCount: 5,
      guess: { pilot: 0, metric: 1, date: 2, value: 3, note: null },
    });
    const mapping = { ...summary.guess, note: 4 };
    const result = prepare(mapping, { decimal: null, dateOrder: null });
    if (result.kind !== 'converted') throw new Error('expected a conversion');
    // Row 6 holds "Date" where a date belongs and #N/A where a value belongs: named, not guessed.
    expect(result.conversion.issues).toEqual([
      {
        where: 'Row 6, column Date',
        message: '“Date” is not a date (use 2026-01-31 or 31/01/2026)',
      },
      { where: 'Row 6, column Value', message: '“#N/A” is not a number' },
    ]);
  });

  it('refuses a zip that is not a workbook, naming what it is', async () => {
    const zip = Uint8Array.from([0x50, 0x4b, 5, 6, ...new Array<number>(18).fill(0)]);
    await expect(parseFile({ bytes: zip, fileName: 'photos.zip' }, context)).rejects.toThrow(
      '“photos.zip” is a zip archive, not a CSV file or an Excel workbook. Nothing was imported.',
    );
  });
});
