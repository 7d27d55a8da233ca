import { CSV_TABLES, type CsvTable } from '../formats/csvTables';
import { neutraliseFormula, type CsvValue } from '../formats/csv';
import type { PortfolioData } from '../model';

/**
 * The Excel workbook of a portfolio, as plain data: the same tables and columns as the CSV export
 * (so both read alike), each column with the type a spreadsheet should give it. The writer in
 * renderer/workers turns this into an .xlsx file; keeping the decisions here keeps them testable.
 */

export type CellKind = 'text' | 'date' | 'datetime' | 'money' | 'number' | 'integer';
export type Cell = string | number | boolean | Date | null;

export interface WorkbookColumn {
  header: string;
  kind: CellKind;
  /** In characters, as spreadsheets count column width. */
  width: number;
}

export interface WorkbookSheet {
  name: string;
  columns: WorkbookColumn[];
  rowCount: number;
  rows: () => Iterable<Cell[]>;
  /**
   * Written as text a chunk at a time (see sheetXml.ts) rather than as a library's cell objects:
   * the measurements, which can be a million rows.
   */
  streamed: boolean;
}

/**
 * Excel's limit is 1,048,576 rows a sheet, one of them the header. Above it the workbook leaves
 * the measurements to the CSV export and says so on their sheet.
 */
export const MAX_WORKBOOK_MEASUREMENTS = 1_048_575;

/** Sheets of the workbook, in order; the rest of CSV_TABLES (history) is left to the CSV export. */
export const WORKBOOK_TABLES = [
  'pilots',
  'metrics',
  'measurements',
  'agents',
  'assignments',
  'supervision',
  'people',
  'decisions',
  'lessons',
] as const;

const STAMPS = { 'created at': 'datetime', 'updated at': 'datetime' } as const;

/** Columns that are not text; every other column is text. */
const COLUMN_KINDS: Record<string, Readonly<Record<string, CellKind>>> = {
  pilots: {
    'start date': 'date',
    'next review date': 'date',
    'end date': 'date',
    budget: 'money',
    FTE: 'number',
    'agent seats': 'integer',
    ...STAMPS,
  },
  metrics: { baseline: 'number', target: 'number', 'value per unit': 'money', ...STAMPS },
  measurements: { date: 'date', value: 'number' },
  agents: { 'build cost': 'money', 'monthly running cost': 'money', ...STAMPS },
  assignments: {
    'people served': 'integer',
    'supervision hours per week': 'number',
    'start date': 'date',
    'end date': 'date',
    ...STAMPS,
  },
  supervision: {
    'period start': 'date',
    'period end': 'date',
    'items reviewed': 'integer',
    'items corrected': 'integer',
    'hours spent': 'number',
    ...STAMPS,
  },
  people: { 'hourly cost': 'money', 'oversight capacity hours': 'number', ...STAMPS },
  decisions: {
    date: 'date',
    'budget change': 'money',
    'FTE change': 'number',
    'agent seats change': 'integer',
    ...STAMPS,
  },
  lessons: { ...STAMPS },
};

const WIDTHS: Record<CellKind, number> = {
  text: 18,
  date: 12,
  datetime: 18,
  money: 14,
  number: 12,
  integer: 10,
};

/** Long free text reads better in a wide column. */
const WIDE_TEXT = new Set([
  'name',
  'summary',
  'problem',
  'hypothesis',
  'purpose',
  'rationale',
  'text',
  'title',
]);

function columnWidth(header: string, kind: CellKind): number {
  if (kind === 'text' && WIDE_TEXT.has(header)) return 36;
  if (header.endsWith(' id') || header === 'id') return 38;
  return Math.max(WIDTHS[kind], header.length + 2);
}

/** `2026-03-01` as midnight UTC, which spreadsheets show as that calendar date. */
function isoDate(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

function isoDateTime(text: string): Date | null {
  const time = Date.parse(text);
  return Number.isFinite(time) ? new Date(time) : null;
}

/**
 * One value as its cell: dates become dates, numbers stay numbers, and text that a spreadsheet
 * could read as a formula is neutralised exactly as in the CSV export.
 */
export function toCell(value: CsvValue, kind: CellKind): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    if (kind === 'date') return isoDate(value) ?? neutraliseFormula(value);
    if (kind === 'datetime') return isoDateTime(value) ?? neutraliseFormula(value);
    return neutraliseFormula(value);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return value;
}

function tableOf(key: string): CsvTable {
  const table = CSV_TABLES.find((t) => t.key === key);
  if (!table) throw new Error(`No table ${key}`);
  return table;
}

function* typedRows(
  table: CsvTable,
  data: PortfolioData,
  kinds: readonly CellKind[],
): Iterable<Cell[]> {
  for (const row of table.rows(data))
    yield row.map((value, i) => toCell(value, kinds[i] ?? 'text'));
}

function measurementsNotice(count: number): WorkbookSheet {
  const text =
    `This portfolio has ${count.toLocaleString('en')} measurements, more than a sheet holds ` +
    `(${MAX_WORKBOOK_MEASUREMENTS.toLocaleString('en')}). Export them from ` +
    'Reports → Export CSV → Measurements; that file has the same columns and imports back.';
  return {
    name: 'Measurements',
    columns: [{ header: 'note', kind: 'text', width: 120 }],
    rowCount: 1,
    rows: () => [[text]],
    streamed: false,
  };
}

/** How many measurements `data`'s workbook leaves to the CSV export (0 when it holds them all). */
export function measurementsLeftOut(data: PortfolioData): number {
  const count = tableOf('measurements').count(data);
  return count > MAX_WORKBOOK_MEASUREMENTS ? count : 0;
}

/** The sheets of `data`'s workbook, one per table of WORKBOOK_TABLES. */
export function workbookSheets(data: PortfolioData): WorkbookSheet[] {
  const leftOut = measurementsLeftOut(data);
  return WORKBOOK_TABLES.map((key) => {
    if (key === 'measurements' && leftOut > 0) return measurementsNotice(leftOut);
    const table = tableOf(key);
    const kinds = table.header.map((h) => COLUMN_KINDS[key]?.[h] ?? 'text');
    return {
      name: table.label,
      columns: table.header.map((header, i) => {
        const kind = kinds[i] ?? 'text';
        return { header, kind, width: columnWidth(header, kind) };
      }),
      rowCount: table.count(data),
      rows: () => typedRows(table, data, kinds),
      streamed: key === 'measurements',
    };
  });
}

/** The spreadsheet number format for money in `currency`, e.g. `"€"#,##0.00` for EUR. */
export function moneyFormat(currency: string): string {
  let symbol = currency;
  try {
    symbol =
      new Intl.NumberFormat('en', { style: 'currency', currency })
        .formatToParts(0)
        .find((p) => p.type === 'currency')?.value ?? currency;
  } catch {
    // An unknown code still gets a readable format: the code itself.
  }
  const quoted = `"${symbol.replace(/"/g, '')}"`;
  return `${quoted}#,##0.00;-${quoted}#,##0.00`;
}

export const NUMBER_FORMATS: Record<Exclude<CellKind, 'money' | 'text'>, string> = {
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  number: '#,##0.######',
  integer: '#,##0',
};
