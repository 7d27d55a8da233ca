import { dayToIso } from '../dates';
import { FileRefusedError } from './fileRefusal';
import { MAX_COLUMNS, MAX_XLSX_BYTES, MAX_XLSX_ROWS, formatBytes } from './limits';
import { inspectZip, type ZipEntryInfo } from './zipGuard';
import { readZipEntry } from './zipRead';

/**
 * Reads the first worksheet of an XLSX workbook as rows of text, the way the CSV import sees a
 * file. Written for this one job (a measurements sheet) rather than taken from a spreadsheet
 * library: those load every part of a workbook into memory, and the well-known one needs `eval`,
 * which the app's Content-Security-Policy forbids. Checks, in order: file size, the zip's
 * directory (entries, sizes, ratio), the sheet's declared dimension, then every row as it is read.
 *
 * Numbers come out as JavaScript writes them ("1234.5"), dates (numbers in a date format) as ISO
 * days ("2026-01-31"), booleans as TRUE/FALSE, so the column analysis has nothing to guess.
 */

const NOTHING = 'Nothing was imported.';

// Every tag pattern below stops at the next tag (`[^<>]`, `(?:(?!<row\b)[\s\S])*?`): a sheet of
// unclosed tags then costs one pass, not one scan to the end of the sheet per tag (minutes for
// a 1 MB sheet, which is small enough to pass the zip guard's compression-ratio check).

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text → string: entities, character references, and OOXML's `_xHHHH_` escapes. */
export function xmlText(raw: string): string {
  return raw
    .replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_m, ref: string) => {
      if (ref[0] !== '#') return ENTITIES[ref] ?? '';
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    })
    .replace(/_x([0-9a-fA-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs);
  return m ? xmlText(m[1] as string) : undefined;
}

/** The text of every `<t>` inside `xml` (rich text runs are several), joined. */
function textRuns(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<t(?:\s[^<>]*)?>([^<]*)<\/t>|<t(?:\s[^<>]*)?\/>/g)) {
    out += xmlText(m[1] ?? '');
  }
  return out;
}

export function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  for (const m of xml.matchAll(/<si>((?:(?!<si>)[\s\S])*?)<\/si>|<si\/>/g)) {
    // Phonetic runs (<rPh>) are reading aids, not part of the text.
    strings.push(textRuns((m[1] ?? '').replace(/<rPh\b(?:(?!<rPh\b)[\s\S])*?<\/rPh>/g, '')));
  }
  return strings;
}

/** Built-in number formats that show a date (ECMA-376 §18.8.30, and the East Asian ones). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

function isDateCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[dmy]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** For each cell style index (the `s` of a cell), whether it shows numbers as dates. */
export function parseDateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b([^<>]*)\/?>/g)) {
    const id = Number(attribute(m[1] ?? '', 'numFmtId'));
    const code = attribute(m[1] ?? '', 'formatCode');
    if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
  }
  const cellXfs = /<cellXfs\b[^<>]*>((?:(?!<cellXfs\b)[\s\S])*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  const styles: boolean[] = [];
  for (const m of cellXfs.matchAll(/<xf\b([^<>]*?)\/?>/g)) {
    const id = Number(attribute(m[1] ?? '', 'numFmtId') ?? 0);
    const code = custom.get(id);
    styles.push(code !== undefined ? isDateCode(code) : DATE_FORMAT_IDS.has(id));
  }
  return styles;
}

/** "AB12" → column index 27 (0-based). */
function columnOf(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

function refuse(headline: string): never {
  throw new FileRefusedError(headline);
}

function damaged(fileName: string, why: string): never {
  refuse(`“${fileName}” is not a readable workbook: ${why}. ${NOTHING}`);
}

/** Refuses a sheet whose declared size alone is beyond the caps (read from its first bytes). */
export function checkDimension(head: string, fileName: string): void {
  const ref = /<dimension\s+ref="([A-Z]+)?(\d+)?(?::([A-Z]+)(\d+))?"/.exec(head);
  if (!ref) return;
  const lastRow = Number(ref[4] ?? ref[2] ?? 0);
  const lastColumn = columnOf(ref[3] ?? ref[1] ?? 'A') + 1;
  if (lastColumn > MAX_COLUMNS) {
    refuse(
      `“${fileName}” has a sheet ${lastColumn.toLocaleString('en-US')} columns wide; the app reads at most ` +
        `${MAX_COLUMNS.toLocaleString('en-US')} columns. ${NOTHING}`,
    );
  }
  if (lastRow > MAX_XLSX_ROWS + 1) {
    refuse(
      `“${fileName}” has a sheet of ${lastRow.toLocaleString('en-US')} rows; a workbook import takes ` +
        `at most ${MAX_XLSX_ROWS.toLocaleString('en-US')} — save it as CSV (which takes up to two ` +
        `million) and import that. ${NOTHING}`,
    );
  }
}

export interface SheetContext {
  shared: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
  fileName: string;
}

/** The serial of 10000-01-01: Excel shows no date from there on. */
const MAX_DATE_SERIAL = 2_958_466;

function cellText(attrs: string, inner: string, ctx: SheetContext): string {
  const type = attribute(attrs, 't') ?? 'n';
  if (type === 'inlineStr')
    return textRuns(/<is>((?:(?!<is>)[\s\S])*?)<\/is>/.exec(inner)?.[1] ?? '');
  const v = /<v>([^<]*)<\/v>/.exec(inner)?.[1];
  if (v === undefined) return '';
  const raw = xmlText(v);
  switch (type) {
    case 's':
      return ctx.shared[Number(raw)] ?? '';
    case 'b':
      return raw === '1' ? 'TRUE' : 'FALSE';
    case 'str':
    case 'e':
    case 'd':
      return raw;
    default: {
      const n = Number(raw);
      if (!Number.isFinite(n)) return raw;
      const style = Number(attribute(attrs, 's') ?? 0);
      // Only serials Excel itself shows as dates (up to 9999-12-31) become dates; a larger one
      // stays a number for the date column to report, rather than an invalid Date that throws.
      if (ctx.dateStyles[style] && n >= 0 && n < MAX_DATE_SERIAL) {
        // Excel counts days from 1899-12-30 (1904-01-01 in the 1904 system); 25569 is 1970-01-01.
        return dayToIso(Math.floor(n) - (ctx.date1904 ? 24107 : 25569));
      }
      return String(n);
    }
  }
}

/** Sheet XML → rows of text, row r at index r−1 (empty rows kept so row numbers stay true). */
export function parseSheet(xml: string, ctx: SheetContext): string[][] {
  const rows: string[][] = [];
  let nextRow = 1;
  for (const row of xml.matchAll(/<row\b([^<>]*?)(?:\/>|>((?:(?!<row\b)[\s\S])*?)<\/row>)/g)) {
    const r = attribute(row[1] ?? '', 'r');
    const number = r === undefined ? nextRow : Number(r);
    // Rows come numbered 1, 2, … in order; any other number would drop or overwrite a row.
    if (r !== undefined && (!/^[1-9]\d*$/.test(r) || number < nextRow)) {
      damaged(ctx.fileName, `a row is numbered “${r.slice(0, 20)}”`);
    }
    nextRow = number + 1;
    if (number > MAX_XLSX_ROWS + 1) {
      refuse(
        `“${ctx.fileName}” has more than ${MAX_XLSX_ROWS.toLocaleString('en-US')} rows, the most a ` +
          `workbook import takes; save it as CSV and import that. ${NOTHING}`,
      );
    }
    const cells: string[] = [];
    let nextColumn = 0;
    for (const c of (row[2] ?? '').matchAll(/<c\b([^<>]*?)(?:\/>|>((?:(?!<c\b)[\s\S])*?)<\/c>)/g)) {
      const ref = attribute(c[1] ?? '', 'r');
      const column = ref === undefined ? nextColumn : columnOf(ref);
      // Cells come left to right with references like "B7"; any other would drop or overwrite one.
      if (ref !== undefined && (!/^[A-Z]{1,3}\d+$/.test(ref) || column < nextColumn)) {
        damaged(ctx.fileName, `a cell is placed at “${ref.slice(0, 20)}”`);
      }
      nextColumn = column + 1;
      if (column >= MAX_COLUMNS) {
        refuse(
          `“${ctx.fileName}” has cells beyond column ${MAX_COLUMNS.toLocaleString('en-US')}, ` +
            `the most the app reads. ${NOTHING}`,
        );
      }
      while (cells.length < column) cells.push('');
      cells[column] = cellText(c[1] ?? '', c[2] ?? '', ctx);
    }
    while (rows.length < number - 1) rows.push([]);
    rows[number - 1] = cells;
  }
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  for (const r of rows) while (r.length < width) r.push('');
  return rows;
}

function find(entries: readonly ZipEntryInfo[], name: string): ZipEntryInfo | undefined {
  return entries.find((e) => e.name === name);
}

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** The first worksheet's path, in the workbook's own order. */
function firstSheetPath(workbook: string, rels: string): string | null {
  const first = /<sheet\b([^<>]*?)\/?>/.exec(workbook)?.[1];
  const id = first ? attribute(first, 'r:id') : undefined;
  if (!id) return null;
  for (const m of rels.matchAll(/<Relationship\b([^<>]*?)\/?>/g)) {
    if (attribute(m[1] ?? '', 'Id') === id) {
      const target = attribute(m[1] ?? '', 'Target') ?? '';
      return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    }
  }
  return null;
}

/** Whether a zip's entries are those of an XLSX workbook. */
export function isXlsx(entries: readonly ZipEntryInfo[]): boolean {
  return entries.some((e) => e.name === 'xl/workbook.xml');
}

export async function readXlsxRows(bytes: Uint8Array, fileName: string): Promise<string[][]> {
  if (bytes.byteLength > MAX_XLSX_BYTES) {
    refuse(
      `“${fileName}” is ${formatBytes(bytes.byteLength)}; the largest workbook the app imports is ` +
        `${formatBytes(MAX_XLSX_BYTES)}. Save it as CSV and import that. ${NOTHING}`,
    );
  }
  const { entries } = inspectZip(bytes, fileName);
  const read = async (name: string, limit?: number) => {
    const entry = find(entries, name);
    return entry ? decode(await readZipEntry(bytes, entry, fileName, limit)) : null;
  };
  const workbook =
    (await read('xl/workbook.xml')) ?? refuse(`“${fileName}” is not an Excel workbook. ${NOTHING}`);
  const rels = (await read('xl/_rels/workbook.xml.rels')) ?? '';
  const sheetPath = firstSheetPath(workbook, rels) ?? 'xl/worksheets/sheet1.xml';
  if (!find(entries, sheetPath)) refuse(`“${fileName}” has no worksheet to import. ${NOTHING}`);
  checkDimension((await read(sheetPath, 4_096)) ?? '', fileName);
  const ctx: SheetContext = {
    shared: parseSharedStrings((await read('xl/sharedStrings.xml')) ?? ''),
    dateStyles: parseDateStyles((await read('xl/styles.xml')) ?? ''),
    date1904: /<workbookPr\b[^>]*date1904="(1|true)"/.test(workbook),
    fileName,
  };
  return parseSheet((await read(sheetPath)) ?? '', ctx);
}
