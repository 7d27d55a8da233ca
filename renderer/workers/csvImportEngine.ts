import Papa from 'papaparse';
import { detectDelimiter, type Delimiter } from '@shared/formats/delimiter';
import { FileRefusedError } from '@shared/formats/fileRefusal';
import { MAX_COLUMNS, MAX_CSV_BYTES, MAX_CSV_ROWS, formatBytes } from '@shared/formats/limits';
import {
  guessMapping,
  prepareConversion,
  type ColumnMapping,
  type FormatChoice,
  type Prepared,
} from '@shared/formats/measurementImport';
import { isPlainCsv, readPlainCsv } from '@shared/formats/plainCsv';
import { arrayRows, type TableRows } from '@shared/formats/tableRows';
import { decodeText, type TextEncodingName } from '@shared/formats/textDecoding';
import { isXlsx, readXlsxRows } from '@shared/formats/xlsx';
import { inspectZip, looksLikeZip } from '@shared/formats/zipGuard';
import type { Handler, HandlerResult, RpcContext } from './rpc';

/** What the person sees before mapping columns. */
export interface CsvSummary {
  fileName: string;
  /** A CSV text file, or the first sheet of an XLSX workbook. */
  kind: 'csv' | 'xlsx';
  encoding: TextEncodingName;
  delimiter: Delimiter;
  headers: string[];
  /** The first rows after the header, for the preview table. */
  preview: string[][];
  rowCount: number;
  guess: ColumnMapping;
}

export interface PrepareArgs {
  mapping: ColumnMapping;
  choice: FormatChoice;
}

export type PrepareResult = Prepared;

const PREVIEW_ROWS = 8;
const NOTHING = 'Nothing was imported.';

/**
 * The parsed file stays here, in the worker, between "parse" and "prepare": the person maps
 * columns while a million rows wait off the main thread, and only compact typed arrays cross back.
 * A CSV without quotes stays as its text (see plainCsv.ts): a million arrays of strings kept
 * alive cost more in garbage collection than splitting the lines again when they are read.
 */
let headers: string[] = [];
let rows: TableRows = arrayRows([]);

function refuse(headline: string): never {
  throw new FileRefusedError(headline);
}

/** Keeps `parsed` (header first) as the session's file and describes it. */
function keep(
  parsed: string[][],
  summary: Omit<CsvSummary, 'headers' | 'preview' | 'rowCount' | 'guess'>,
): HandlerResult<CsvSummary> {
  headers = (parsed.shift() ?? []).map((h) => h.trim());
  // A file that ends with a line break yields one empty last record; it is not a row.
  const last = parsed[parsed.length - 1];
  if (last && last.length === 1 && last[0] === '') parsed.pop();
  rows = arrayRows(parsed);
  return summarise(summary, parsed.slice(0, PREVIEW_ROWS));
}

function summarise(
  summary: Omit<CsvSummary, 'headers' | 'preview' | 'rowCount' | 'guess'>,
  preview: string[][],
): HandlerResult<CsvSummary> {
  return {
    value: {
      ...summary,
      headers,
      preview,
      rowCount: rows.length,
      guess: guessMapping(headers),
    },
  };
}

/** Reads a picked file: CSV text, or the first sheet of an XLSX workbook. */
export async function parseFile(
  args: { bytes: Uint8Array; fileName: string },
  context: RpcContext,
): Promise<HandlerResult<CsvSummary>> {
  const { bytes, fileName } = args;
  if (!looksLikeZip(bytes)) return parseCsv(args, context);
  headers = [];
  rows = arrayRows([]);
  // A workbook, or another archive picked by mistake: its table of contents is checked first,
  // so a zip bomb is refused before anything is unpacked.
  const { entries } = inspectZip(bytes, fileName);
  if (!isXlsx(entries)) {
    refuse(`“${fileName}” is a zip archive, not a CSV file or an Excel workbook. ${NOTHING}`);
  }
  const sheet = await readXlsxRows(bytes, fileName);
  if (sheet.length === 0 || (sheet[0] ?? []).every((h) => h.trim() === '')) {
    refuse(`The first sheet of “${fileName}” is empty or has no header row. ${NOTHING}`);
  }
  context.progress(sheet.length - 1, null);
  return keep(sheet, { fileName, kind: 'xlsx', encoding: 'utf-8', delimiter: ',' });
}

export function parseCsv(
  args: { bytes: Uint8Array; fileName: string },
  { progress }: RpcContext,
): HandlerResult<CsvSummary> {
  const { bytes, fileName } = args;
  headers = [];
  rows = arrayRows([]);
  if (bytes.byteLength > MAX_CSV_BYTES) {
    refuse(
      `“${fileName}” is ${formatBytes(bytes.byteLength)}; the largest CSV the app imports is ` +
        `${formatBytes(MAX_CSV_BYTES)}. Split it into smaller files. ${NOTHING}`,
    );
  }
  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text.slice(0, 64 * 1024));
  const tooWide = (head: string[]) => {
    if (head.length > MAX_COLUMNS) {
      refuse(
        `“${fileName}” has ${head.length.toLocaleString('en-US')} columns; a measurements file ` +
          `needs five, and the app reads at most ${MAX_COLUMNS.toLocaleString('en-US')}. ${NOTHING}`,
      );
    }
    if (head.every((h) => h.trim() === '')) refuse(`“${fileName}” is empty. ${NOTHING}`);
  };
  const tooLong = () =>
    refuse(
      `“${fileName}” has more than ${MAX_CSV_ROWS.toLocaleString('en-US')} rows, the most one ` +
        `import takes. Split it into smaller files. ${NOTHING}`,
    );

  if (isPlainCsv(text)) {
    // Counted one record past the header, the limit and a final line break's empty record, so a
    // file of exactly the limit that ends with a line break is taken, one row more is not.
    const plain = readPlainCsv(text, delimiter, MAX_CSV_ROWS + 2, (records) =>
      progress(records - 1, null),
    );
    tooWide(plain.header);
    if (plain.rows.length > MAX_CSV_ROWS) tooLong();
    headers = plain.header.map((h) => h.trim());
    rows = plain.rows;
    return summarise({ fileName, kind: 'csv', encoding, delimiter }, plain.rows.head(PREVIEW_ROWS));
  }

  // The header alone decides whether the file is absurdly wide, before the rest is parsed.
  tooWide(Papa.parse<string[]>(text, { delimiter, preview: 1 }).data[0] ?? []);

  const parsed: string[][] = [];
  let quoteError: Papa.ParseError | undefined;
  let tooMany = false;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    chunkSize: 4 * 1024 * 1024,
    chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
      for (const row of results.data) parsed.push(row);
      quoteError ??= results.errors.find((e: Papa.ParseError) => e.type === 'Quotes');
      // The header, the limit and a final line break's empty record: one more is too many.
      if (parsed.length > MAX_CSV_ROWS + 2) {
        tooMany = true;
        parser.abort();
      }
      progress(parsed.length - 1, null);
    },
    // Papaparse parses a string synchronously, chunk by chunk; `complete` is required by its
    // types for chunked parsing and has nothing left to do.
    complete: () => undefined,
  });
  const last = parsed[parsed.length - 1];
  const endsEmpty = parsed.length > 1 && last?.length === 1 && last[0] === '';
  if (tooMany || parsed.length - 1 - (endsEmpty ? 1 : 0) > MAX_CSV_ROWS) tooLong();
  if (quoteError) {
    refuse(
      `“${fileName}” could not be read: a quoted field that starts in row ${(quoteError.row ?? 0) + 1} ` +
        `is never closed. ${NOTHING}`,
    );
  }
  return keep(parsed, { fileName, kind: 'csv', encoding, delimiter });
}

export function prepareImport(args: PrepareArgs): HandlerResult<PrepareResult> {
  const prepared = prepareConversion(rows, headers, args.mapping, args.choice);
  const transfer =
    prepared.kind === 'converted'
      ? prepared.conversion.groups.flatMap((g) => [g.days.buffer, g.values.buffer])
      : [];
  return { value: prepared, transfer };
}

export const csvImportHandlers: Record<string, Handler> = {
  parse: parseFile as Handler,
  prepare: prepareImport as Handler,
};
