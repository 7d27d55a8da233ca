import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { PortfolioData } from '@shared/model';
import {
  moneyFormat,
  NUMBER_FORMATS,
  workbookSheets,
  type CellKind,
  type WorkbookSheet,
} from '@shared/reports/workbook';
import { columnStyles, sheetRowsXml, splitSheetXml } from '@shared/reports/sheetXml';
import type { Handler, HandlerResult, RpcContext, Progress } from './rpc';

export interface WorkbookArgs {
  data: PortfolioData;
  /** ISO date-time the workbook says it was made. */
  exportedAt: string;
}

/** Progress every this many rows: often enough to move, rarely enough to cost nothing. */
const PROGRESS_EVERY = 5_000;

function formatOf(kind: CellKind, currency: string): string | undefined {
  if (kind === 'text') return undefined;
  return kind === 'money' ? moneyFormat(currency) : NUMBER_FORMATS[kind];
}

/** Bytes of text chunks, joined into one array (a million rows are ~200 MB; strings twice that). */
function encodeChunks(chunks: Iterable<string>, onChunk: () => void): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let length = 0;
  for (const chunk of chunks) {
    const bytes = encoder.encode(chunk);
    parts.push(bytes);
    length += bytes.length;
    onChunk();
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Fills streamed sheets (written by exceljs with their header row only) with their rows as text,
 * straight into the file's zip: exceljs would hold each of a million rows as objects.
 */
async function fillStreamedSheets(
  file: ArrayBuffer,
  streamed: { sheet: WorkbookSheet; path: string }[],
  progress: Progress,
  counted: { done: number; total: number },
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(file);
  for (const { sheet, path } of streamed) {
    const entry = zip.file(path);
    if (!entry) throw new Error(`The workbook has no ${path} to fill.`);
    const xml = await entry.async('string');
    const columns = sheet.columns.length;
    const { head, tail } = splitSheetXml(xml, columns, sheet.rowCount + 1);
    const chunkRows = 2_000;
    const body = encodeChunks(
      [head, ...sheetRowsXml(sheet.rows(), columnStyles(xml, columns), 2, chunkRows), tail],
      () => {
        counted.done = Math.min(counted.total, counted.done + chunkRows);
        progress(counted.done, counted.total);
      },
    );
    zip.file(path, body);
  }
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });
}

/**
 * The portfolio as an .xlsx workbook: one sheet per table, typed columns (dates as dates, money in
 * the portfolio's currency), a bold, frozen, filterable header row. Progress counts rows written.
 */
export async function writeWorkbook(
  args: WorkbookArgs,
  context: RpcContext,
): Promise<HandlerResult<Uint8Array>> {
  const { data } = args;
  const sheets = workbookSheets(data);
  const counted = { done: 0, total: sheets.reduce((n, s) => n + s.rowCount, 0) };
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pilot Portfolio';
  workbook.title = data.settings.name;
  workbook.company = data.settings.organisation;
  workbook.created = new Date(args.exportedAt);
  workbook.modified = workbook.created;

  const streamed: { sheet: WorkbookSheet; path: string }[] = [];
  context.progress(0, counted.total);
  sheets.forEach((sheet, index) => {
    const worksheet = workbook.addWorksheet(sheet.name, {
      views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    });
    worksheet.columns = sheet.columns.map((c) => {
      const numFmt = formatOf(c.kind, data.settings.currency);
      return { header: c.header, width: c.width, ...(numFmt ? { style: { numFmt } } : {}) };
    });
    const header = worksheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle' };
    worksheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: 1, column: sheet.columns.length },
    };
    if (sheet.streamed) {
      // exceljs numbers sheet files in the order sheets are added.
      streamed.push({ sheet, path: `xl/worksheets/sheet${index + 1}.xml` });
      return;
    }
    for (const row of sheet.rows()) {
      worksheet.addRow(row);
      counted.done += 1;
      if (counted.done % PROGRESS_EVERY === 0) context.progress(counted.done, counted.total);
    }
  });
  const file = (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
  const bytes =
    streamed.length > 0
      ? await fillStreamedSheets(file, streamed, context.progress, counted)
      : new Uint8Array(file);
  context.progress(counted.total, counted.total);
  return { value: bytes, transfer: [bytes.buffer] };
}

export const workbookHandlers: Record<string, Handler> = {
  write: writeWorkbook as Handler,
};
