import type { Cell } from './workbook';

/**
 * SpreadsheetML rows written directly, for sheets too long to build as objects (a million
 * measurements): a workbook library holds every cell as an object, which runs a worker out of
 * memory; these rows are text, produced a chunk at a time.
 */

/** Days from Excel's day 0 (1899-12-30) to 1970-01-01. */
const EXCEL_EPOCH_OFFSET_DAYS = 25_569;
const MS_PER_DAY = 86_400_000;

/** Whether XML 1.0 can carry this UTF-16 code unit on its own (surrogates are judged in pairs). */
function isXmlUnit(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code < 0xfffe);
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** `text` without what XML 1.0 forbids: control characters but tab/LF/CR, lone surrogates, U+FFFE/F. */
function xmlSafe(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHigh(code)) {
      if (isLow(text.charCodeAt(i + 1))) {
        out += text.slice(i, i + 2);
        i += 1;
      }
    } else if (!isLow(code) && isXmlUnit(code)) out += text[i];
  }
  return out;
}

/** Text as XML character data: markup escaped, characters XML cannot carry dropped. */
export function xmlText(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  let n = index + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    name = String.fromCharCode(65 + rest) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** A date as Excel's serial day number (UTC midnight → a whole number). */
export function excelSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET_DAYS;
}

function cellXml(value: Cell, ref: string, style: number | undefined): string {
  const s = style === undefined ? '' : ` s="${style}"`;
  if (value === null) return '';
  if (typeof value === 'number') {
    return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : '';
  }
  if (value instanceof Date) {
    const serial = excelSerial(value);
    return Number.isFinite(serial) ? `<c r="${ref}"${s}><v>${serial}</v></c>` : '';
  }
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
}

/**
 * `<row>` elements for `rows`, numbered from `firstRow`, in chunks of `rowsPerChunk` rows.
 * `styles[i]` is the style index of column i (the number format its `<col>` declares).
 */
export function* sheetRowsXml(
  rows: Iterable<readonly Cell[]>,
  styles: readonly (number | undefined)[],
  firstRow: number,
  rowsPerChunk = 2_000,
): Generator<string> {
  const names = styles.map((_, i) => columnName(i));
  let chunk: string[] = [];
  let r = firstRow;
  for (const row of rows) {
    let cells = '';
    for (let i = 0; i < row.length; i++) {
      cells += cellXml(row[i] ?? null, `${names[i] ?? columnName(i)}${r}`, styles[i]);
    }
    chunk.push(`<row r="${r}">${cells}</row>`);
    r += 1;
    if (chunk.length >= rowsPerChunk) {
      yield chunk.join('');
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk.join('');
}

/** The style index each column's `<col>` declares, by column position (0-based). */
export function columnStyles(sheetXml: string, columnCount: number): (number | undefined)[] {
  const styles: (number | undefined)[] = Array.from({ length: columnCount }, () => undefined);
  for (const match of sheetXml.matchAll(/<col\b[^>]*>/g)) {
    const tag = match[0];
    const min = Number(/\bmin="(\d+)"/.exec(tag)?.[1]);
    const max = Number(/\bmax="(\d+)"/.exec(tag)?.[1]);
    const style = /\bstyle="(\d+)"/.exec(tag)?.[1];
    if (!style || !Number.isInteger(min) || !Number.isInteger(max)) continue;
    for (let c = min; c <= max && c <= columnCount; c++) styles[c - 1] = Number(style);
  }
  return styles;
}

/**
 * A sheet's XML cut where its data rows go: everything up to `</sheetData>` (with the header row
 * the library wrote) and the rest, with the dimension widened to `lastRow`.
 */
export function splitSheetXml(
  sheetXml: string,
  columnCount: number,
  lastRow: number,
): { head: string; tail: string } {
  const end = sheetXml.indexOf('</sheetData>');
  if (end < 0) throw new Error('The sheet has no <sheetData> to fill.');
  const widened = `<dimension ref="A1:${columnName(Math.max(0, columnCount - 1))}${Math.max(1, lastRow)}"/>`;
  const head = sheetXml.slice(0, end).replace(/<dimension ref="[^"]*"\/>/, widened);
  return { head, tail: sheetXml.slice(end) };
}
