import { dayToIso } from '../dates';
import {
  addDateEvidence,
  decideDateOrder,
  emptyDateEvidence,
  parseFlexibleDate,
  readIsoDayQuickly,
  type DateEvidence,
  type DateOrderDecision,
  type DayMonthOrder,
} from './dateParsing';
import { MAX_REPORTED_ISSUES, type FileIssue } from './fileRefusal';
import {
  addDecimalEvidence,
  decideDecimal,
  emptyDecimalEvidence,
  parseLocaleNumber,
  type DecimalDecision,
  type DecimalEvidence,
  type DecimalSeparator,
} from './numberParsing';
import { arrayRows, asTableRows, type RowReader, type TableRows } from './tableRows';

/** The columns a measurements file can have; pilot and note are optional. */
export const IMPORT_ROLES = ['pilot', 'metric', 'date', 'value', 'note'] as const;
export type ImportRole = (typeof IMPORT_ROLES)[number];

export const ROLE_LABELS: Record<ImportRole, string> = {
  pilot: 'Pilot',
  metric: 'Metric',
  date: 'Date',
  value: 'Value',
  note: 'Note',
};

/** Column index of each role; null when the file has no such column. */
export type ColumnMapping = Record<ImportRole, number | null>;

const ROLE_PATTERNS: Record<ImportRole, RegExp> = {
  pilot: /^(pilot|project|initiative)(\s*name)?$/i,
  metric: /^(metric|kpi|measure|indicator|outcome)(\s*name)?$/i,
  date: /^(date|day|measured(\s*on)?|period|when)$/i,
  value: /^(value|amount|result|measurement|reading)$/i,
  note: /^(note|notes|comment|comments|remark|remarks)$/i,
};

/** A first guess from the header row, which the person confirms or changes. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = { pilot: null, metric: null, date: null, value: null, note: null };
  for (const role of IMPORT_ROLES) {
    const index = headers.findIndex(
      (h, i) => ROLE_PATTERNS[role].test(h.trim()) && !Object.values(mapping).includes(i),
    );
    if (index !== -1) mapping[role] = index;
  }
  return mapping;
}

/**
 * How names are matched: trimmed, inner spaces collapsed, Unicode-normalised and lower-cased, so
 * "Invoice  triage " in a file finds the pilot "Invoice triage".
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Undoes the quote a CSV export (ours or Excel's) puts before formula-like text. */
export function unneutralise(text: string): string {
  return text.charCodeAt(0) === 39 && /^'[=+\-@\t\r\0＝＋－＠]/.test(text) ? text.slice(1) : text;
}

/**
 * A memo for values that repeat down a column (a thousand rows share a date, a million rows share
 * two thousand metric names): each distinct text is parsed once. Bounded, so a column of unique
 * values costs no more than parsing them.
 */
function memo<T>(read: (text: string) => T, limit = 100_000): (text: string) => T {
  const cache = new Map<string, T>();
  // Rows of one metric usually follow each other: comparing with the last text is cheaper than
  // hashing it for the map.
  let lastText: string | null = null;
  let lastValue: T | undefined;
  return (text) => {
    if (text === lastText) return lastValue as T;
    lastText = text;
    lastValue = lookup(text);
    return lastValue;
  };
  function lookup(text: string): T {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = read(text);
    if (cache.size < limit) cache.set(text, value);
    return value;
  }
}

export interface FormatChoice {
  /** null: decide from the data. */
  decimal: DecimalSeparator | null;
  dateOrder: DayMonthOrder | null;
}

export interface FormatQuestions {
  decimal?: Extract<DecimalDecision, { kind: 'ask' }>;
  dateOrder?: Extract<DateOrderDecision, { kind: 'ask' }>;
}

/** Reads the value and date columns once to decide (or ask about) their formats. */
export function analyseFormats(
  table: TableRows | readonly (readonly string[])[],
  mapping: ColumnMapping,
): { decimal: DecimalDecision; dateOrder: DateOrderDecision } {
  const numbers = emptyDecimalEvidence();
  const dates = emptyDateEvidence();
  const v = mapping.value;
  const d = mapping.date;
  // Dates repeat down a column; each distinct one testifies once (it says the same every time).
  const seenDates = new Set<string>();
  asTableRows(table).forEach((row) => {
    if (v !== null) addDecimalEvidence(numbers, row.cell(v));
    if (d !== null) {
      const text = row.cell(d);
      if (!seenDates.has(text)) {
        if (seenDates.size < 100_000) seenDates.add(text);
        addDateEvidence(dates, text);
      }
    }
  });
  return { decimal: decideDecimal(numbers), dateOrder: decideDateOrder(dates) };
}

/** One (pilot, metric) pair's measurements from the file, sorted by day. */
export interface ImportGroup {
  /** nameKey of the pilot ('' when the file has no pilot column). */
  pilotKey: string;
  metricKey: string;
  /** The names as first written in the file, for messages. */
  pilotName: string;
  metricName: string;
  /** Spreadsheet row number of the group's first row (the header is row 1). */
  firstRow: number;
  rowCount: number;
  days: Float64Array;
  values: Float64Array;
  notes: Record<string, string>;
}

export interface ConversionResult {
  groups: ImportGroup[];
  issues: FileIssue[];
  totalIssues: number;
  /** Data rows read (blank rows are skipped and not counted). */
  rowCount: number;
}

const MAX_NOTE = 5_000;
const MAX_NAME = 200;

interface Building {
  group: Omit<ImportGroup, 'days' | 'values'>;
  days: number[];
  values: number[];
  rows: number[];
}

function quote(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `“${short}”`;
}

/**
 * File rows → measurements grouped by pilot and metric, or the rows that are wrong. Every row is
 * checked (not only until the first error) so the person can fix the whole file at once; the
 * first MAX_REPORTED_ISSUES are kept. Row numbers are the spreadsheet's: the header is row 1.
 */
export function convertRows(
  table: TableRows | readonly (readonly string[])[],
  headers: readonly string[],
  mapping: ColumnMapping,
  formats: { decimal: DecimalSeparator; dateOrder: DayMonthOrder },
  /** When given, filled with what analyseFormats would find, in the same pass. */
  evidence?: { numbers: DecimalEvidence; dates: DateEvidence },
): ConversionResult {
  const issues: FileIssue[] = [];
  let totalIssues = 0;
  const columnName = (role: ImportRole) => {
    const index = mapping[role];
    return index === null
      ? ROLE_LABELS[role].toLowerCase()
      : (headers[index] ?? '').trim() || ROLE_LABELS[role].toLowerCase();
  };
  const problem = (row: number, role: ImportRole, message: string) => {
    totalIssues++;
    if (issues.length < MAX_REPORTED_ISSUES) {
      issues.push({ where: `Row ${row}, column ${columnName(role)}`, message });
    }
  };
  // Pilot key → metric key → rows: two lookups per row, no key string built per row.
  const groups = new Map<string, Map<string, Building>>();
  // Each distinct date testifies once, as in analyseFormats (it says the same every time).
  const readDate = memo((text) => {
    if (evidence && mapping.date !== null) addDateEvidence(evidence.dates, text);
    return parseFlexibleDate(text, formats.dateOrder);
  });
  // One memo per column, so each remembers its own last name.
  const pilotKeyOf = memo(nameKey);
  const metricKeyOf = memo(nameKey);
  let rowCount = 0;
  let last: Building | null = null;
  const add = (b: Building, day: number, value: number, rowNumber: number, note: string) => {
    b.days.push(day);
    b.values.push(value);
    b.rows.push(rowNumber);
    if (note) b.group.notes[String(day)] = note;
  };
  const cell = (row: RowReader, role: ImportRole) => {
    const index = mapping[role];
    return index === null ? '' : row.cell(index);
  };

  asTableRows(table).forEach((row, r) => {
    if (row.isBlank()) return;
    rowCount++;
    const rowNumber = r + 2;
    const pilotName = unneutralise(cell(row, 'pilot').trim());
    const metricName = unneutralise(cell(row, 'metric').trim());
    const dateText = cell(row, 'date');
    const valueText = cell(row, 'value');
    if (evidence && mapping.value !== null) addDecimalEvidence(evidence.numbers, valueText);
    const note = unneutralise(cell(row, 'note').trim());
    let ok = true;
    if (mapping.pilot !== null && !pilotName) {
      problem(rowNumber, 'pilot', 'is empty; name the pilot the measurement belongs to');
      ok = false;
    } else if (pilotName.length > MAX_NAME) {
      problem(rowNumber, 'pilot', `is longer than ${MAX_NAME} characters`);
      ok = false;
    }
    if (!metricName) {
      problem(rowNumber, 'metric', 'is empty; name the metric');
      ok = false;
    } else if (metricName.length > MAX_NAME) {
      problem(rowNumber, 'metric', `is longer than ${MAX_NAME} characters`);
      ok = false;
    }
    // ISO dates say nothing about the day/month order, so skipping the memo loses no evidence.
    const day = readIsoDayQuickly(dateText) ?? readDate(dateText);
    if (day === null) {
      problem(
        rowNumber,
        'date',
        dateText.trim()
          ? `${quote(dateText.trim())} is not a date (use 2026-01-31 or ${formats.dateOrder === 'dmy' ? '31/01/2026' : '01/31/2026'})`
          : 'is empty',
      );
      ok = false;
    }
    const value = parseLocaleNumber(valueText, formats.decimal);
    if (value === null) {
      problem(
        rowNumber,
        'value',
        valueText.trim() ? `${quote(valueText.trim())} is not a number` : 'is empty',
      );
      ok = false;
    }
    if (note.length > MAX_NOTE) {
      problem(rowNumber, 'note', `is longer than ${MAX_NOTE.toLocaleString('en-US')} characters`);
      ok = false;
    }
    if (!ok) return;

    const pilotKey = pilotKeyOf(pilotName);
    const metricKey = metricKeyOf(metricName);
    // The same group as the row before (the usual case): no lookup at all.
    if (last && last.group.pilotKey === pilotKey && last.group.metricKey === metricKey) {
      add(last, day as number, value as number, rowNumber, note);
      return;
    }
    let byMetric = groups.get(pilotKey);
    if (!byMetric) {
      byMetric = new Map();
      groups.set(pilotKey, byMetric);
    }
    let building = byMetric.get(metricKey);
    if (!building) {
      building = {
        group: {
          pilotKey,
          metricKey,
          pilotName,
          metricName,
          firstRow: rowNumber,
          rowCount: 0,
          notes: {},
        },
        days: [],
        values: [],
        rows: [],
      };
      byMetric.set(metricKey, building);
    }
    last = building;
    add(building, day as number, value as number, rowNumber, note);
  });

  const result: ImportGroup[] = [];
  for (const b of [...groups.values()].flatMap((m) => [...m.values()])) {
    const n = b.days.length;
    const order = new Uint32Array(n).map((_v, i) => i);
    // Files are usually in date order already; sorting is then skipped.
    let sorted = true;
    for (let i = 1; i < n && sorted; i++)
      sorted = (b.days[i - 1] as number) < (b.days[i] as number);
    if (!sorted) order.sort((x, y) => (b.days[x] as number) - (b.days[y] as number) || x - y);
    const days = new Float64Array(n);
    const values = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const i = order[k] as number;
      days[k] = b.days[i] as number;
      values[k] = b.values[i] as number;
      if (k > 0 && days[k] === days[k - 1]) {
        const first = b.rows[order[k - 1] as number] as number;
        problem(
          b.rows[i] as number,
          'date',
          `${dayToIso(days[k] as number)} is given twice for ${quote(b.group.metricName)}` +
            `${b.group.pilotName ? ` of ${quote(b.group.pilotName)}` : ''} (rows ${first} and ${b.rows[i]})`,
        );
      }
    }
    result.push({ ...b.group, rowCount: n, days, values });
  }
  return { groups: totalIssues > 0 ? [] : result, issues, totalIssues, rowCount };
}

export type Prepared =
  | { kind: 'ask'; questions: FormatQuestions }
  | {
      kind: 'converted';
      conversion: ConversionResult;
      formats: { decimal: DecimalSeparator; dateOrder: DayMonthOrder };
    };

/** Rows whose formats make the first guess; the whole file still decides. */
const GUESS_ROWS = 1_000;

/**
 * The formats the person chose, or those the data decides, or the questions to ask — and the rows
 * converted with them. The file is read once: converted with the formats its first rows suggest
 * while the whole file's evidence is gathered, and converted again only when the whole file
 * decides otherwise (or not at all: then the person is asked first).
 */
export function prepareConversion(
  table: TableRows,
  headers: readonly string[],
  mapping: ColumnMapping,
  choice: FormatChoice,
): Prepared {
  const converted = (formats: { decimal: DecimalSeparator; dateOrder: DayMonthOrder }) =>
    ({
      kind: 'converted',
      conversion: convertRows(table, headers, mapping, formats),
      formats,
    }) as const;
  if (choice.decimal && choice.dateOrder) {
    return converted({ decimal: choice.decimal, dateOrder: choice.dateOrder });
  }
  const first = analyseFormats(arrayRows(table.head(GUESS_ROWS)), mapping);
  const guess = {
    decimal: choice.decimal ?? (first.decimal.kind === 'decided' ? first.decimal.decimal : '.'),
    dateOrder:
      choice.dateOrder ?? (first.dateOrder.kind === 'decided' ? first.dateOrder.order : 'dmy'),
  };
  const evidence = { numbers: emptyDecimalEvidence(), dates: emptyDateEvidence() };
  const conversion = convertRows(table, headers, mapping, guess, evidence);
  const decimal = decideDecimal(evidence.numbers);
  const dateOrder = decideDateOrder(evidence.dates);
  const questions: FormatQuestions = {};
  if (!choice.decimal && decimal.kind === 'ask') questions.decimal = decimal;
  if (!choice.dateOrder && dateOrder.kind === 'ask') questions.dateOrder = dateOrder;
  if (questions.decimal || questions.dateOrder) return { kind: 'ask', questions };
  const formats = {
    decimal: choice.decimal ?? (decimal.kind === 'decided' ? decimal.decimal : '.'),
    dateOrder: choice.dateOrder ?? (dateOrder.kind === 'decided' ? dateOrder.order : 'dmy'),
  };
  return formats.decimal === guess.decimal && formats.dateOrder === guess.dateOrder
    ? { kind: 'converted', conversion, formats }
    : converted(formats);
}
