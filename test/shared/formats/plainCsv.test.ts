import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Delimiter } from '../../../shared/formats/delimiter';
import { guessLineBreak, isPlainCsv, readPlainCsv } from '../../../shared/formats/plainCsv';
import type { TableRows } from '../../../shared/formats/tableRows';

/** What the import read before plain CSV was read in place: papaparse, header split off. */
function papaparsed(text: string, delimiter: Delimiter): { header: string[]; rows: string[][] } {
  const data = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false }).data;
  const header = data.shift() ?? [];
  const last = data[data.length - 1];
  if (last && last.length === 1 && last[0] === '') data.pop();
  return { header, rows: data };
}

/** Every row as cells, read through the reader the import uses (up to `width` cells). */
function cellsOf(rows: TableRows, width: number): { cells: string[]; blank: boolean }[] {
  const out: { cells: string[]; blank: boolean }[] = [];
  rows.forEach((row) => {
    const cells = Array.from({ length: width }, (_v, i) => row.cell(i));
    out.push({ cells, blank: row.isBlank() });
  });
  return out;
}

function expectSameAsPapaparse(text: string, delimiter: Delimiter): void {
  const expected = papaparsed(text, delimiter);
  const plain = readPlainCsv(text, delimiter, Number.MAX_SAFE_INTEGER);
  expect(plain.header).toEqual(expected.header);
  expect(plain.rows.length).toBe(expected.rows.length);
  expect(plain.rows.head(expected.rows.length)).toEqual(expected.rows);
  const width = Math.max(1, ...expected.rows.map((r) => r.length)) + 1;
  expect(cellsOf(plain.rows, width)).toEqual(
    expected.rows.map((r) => ({
      cells: Array.from({ length: width }, (_v, i) => r[i] ?? ''),
      blank: r.every((c) => c.trim() === ''),
    })),
  );
}

describe('plain CSV (no quotes) is read as papaparse reads it', () => {
  it('LF, a last line break, short and long rows', () => {
    const text =
      'pilot,metric,date,value\nA,Cycle,2026-01-05,1.5\nB,Cost\nC,Cost,2026-01-06,2,extra\n';
    const plain = readPlainCsv(text, ',', 100);
    expect(plain.header).toEqual(['pilot', 'metric', 'date', 'value']);
    expect(plain.records).toBe(5);
    expect(cellsOf(plain.rows, 5).map((r) => r.cells)).toEqual([
      ['A', 'Cycle', '2026-01-05', '1.5', ''],
      ['B', 'Cost', '', '', ''],
      ['C', 'Cost', '2026-01-06', '2', 'extra'],
    ]);
    expectSameAsPapaparse(text, ',');
  });

  it('CRLF, semicolons, comma decimals, blank and whitespace-only lines, no last line break', () => {
    const text =
      'Metric;Date;Value\r\nCycle;05/01/2026;1,5\r\n\r\n ; \t\r\nCost;06/01/2026;1.234,5';
    const plain = readPlainCsv(text, ';', 100);
    expect(cellsOf(plain.rows, 3)).toEqual([
      { cells: ['Cycle', '05/01/2026', '1,5'], blank: false },
      { cells: ['', '', ''], blank: true },
      { cells: [' ', ' \t', ''], blank: true },
      { cells: ['Cost', '06/01/2026', '1.234,5'], blank: false },
    ]);
    expectSameAsPapaparse(text, ';');
  });

  it('a byte-order mark left in the text is dropped, as papaparse drops it', () => {
    const text = '\ufeffmetric\tdate\tvalue\nCycle\t2026-01-05\t3\n';
    expect(readPlainCsv(text, '\t', 100).header).toEqual(['metric', 'date', 'value']);
    expectSameAsPapaparse(text, '\t');
  });

  it('old Mac line ends, and a lone LF inside a CRLF file stays in its field', () => {
    expect(guessLineBreak('a,b\rc,d\r')).toBe('\r');
    expect(guessLineBreak('a,b\r\nc,d\r\n')).toBe('\r\n');
    expect(guessLineBreak('a,b\nc,d\r\n')).toBe('\n');
    expectSameAsPapaparse('a,b\rc,d\r', ',');
    expectSameAsPapaparse('a,b\r\nc\nx,d\r\ne,f', ',');
  });

  it('counts records and stops counting past the limit', () => {
    const text = `h\n${'x\n'.repeat(10)}`;
    expect(readPlainCsv(text, ',', 100).records).toBe(12);
    expect(readPlainCsv(text, ',', 5).records).toBe(6);
  });

  it('quoted text is not plain', () => {
    expect(isPlainCsv('a,b\n1,2')).toBe(true);
    expect(isPlainCsv('a,"b"\n1,2')).toBe(false);
  });

  it('any quote-free text splits into the same header, rows and cells', () => {
    const piece = fc.constantFrom(
      'a',
      'Zü',
      ' ',
      '\t',
      ',',
      ';',
      '|',
      '\n',
      '\r',
      '\r\n',
      '1.5',
      '\u00a0',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')),
        fc.constantFrom<Delimiter>(',', ';', '\t', '|'),
        (text, delimiter) => expectSameAsPapaparse(text, delimiter),
      ),
      { numRuns: 1_000 },
    );
  });
});
