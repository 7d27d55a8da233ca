import { describe, expect, it } from 'vitest';
import { csvBytes, csvField, neutraliseFormula, toCsv } from '../../../shared/formats/csv';
import { CSV_TABLES, csvTable } from '../../../shared/formats/csvTables';
import { generateSamplePortfolio } from '../../../shared/sample';

describe('formula neutralisation (OWASP CSV injection)', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['\0x', "'\0x"],
    ['＝1+1', "'＝1+1"],
  ])('%j becomes %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it('leaves ordinary text, empty text and numbers alone', () => {
    expect(neutraliseFormula('Invoice triage')).toBe('Invoice triage');
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula('')).toBe('');
    expect(csvField(-5)).toBe('-5');
    expect(csvField(1e-9)).toBe('1e-9');
    expect(csvField(Number.NaN)).toBe('');
  });
});

describe('RFC 4180 fields and documents', () => {
  it('quotes fields with commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
    expect(csvField(null)).toBe('');
    expect(csvField(true)).toBe('true');
  });

  it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
    const csv = toCsv(
      ['name', 'value'],
      [
        ['Zürich', 1.5],
        ['מדד', -2],
      ],
    );
    expect(csv).toBe('\uFEFFname,value\r\nZürich,1.5\r\nמדד,-2\r\n');
    expect(Array.from(csvBytes(csv).subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('portfolio tables as CSV', () => {
  const data = generateSamplePortfolio({ today: '2026-11-29' });

  it('has a table for each kind of record, each row as long as its header', () => {
    expect(CSV_TABLES.map((t) => t.key)).toEqual([
      'pilots',
      'metrics',
      'measurements',
      'agents',
      'assignments',
      'supervision',
      'people',
      'decisions',
      'lessons',
      'history',
    ]);
    for (const table of CSV_TABLES) {
      const rows = [...table.rows(data)];
      expect(rows).toHaveLength(table.count(data));
      for (const row of rows.slice(0, 50)) expect(row).toHaveLength(table.header.length);
    }
  });

  it('writes measurements with the columns the import reads, names resolved', () => {
    const table = csvTable('measurements')!;
    const [first] = table.rows(data);
    const series = data.series[0]!;
    const metric = data.metrics.find((m) => m.id === series.metricId)!;
    const pilot = data.pilots.find((p) => p.id === series.pilotId)!;
    expect(table.header.slice(0, 5)).toEqual(['pilot', 'metric', 'date', 'value', 'note']);
    expect(first!.slice(0, 4)).toEqual([
      pilot.name,
      metric.name,
      new Date(series.days[0]! * 86_400_000).toISOString().slice(0, 10),
      series.values[0],
    ]);
  });

  it('neutralises a pilot named like a formula', () => {
    const pilots = csvTable('pilots')!;
    const evil = { ...data, pilots: [{ ...data.pilots[0]!, name: '=cmd|"/c calc"!A1' }] };
    const csv = toCsv(pilots.header, pilots.rows(evil));
    expect(csv.split('\r\n')[1]).toContain(`,"'=cmd|""/c calc""!A1",`);
  });
});
