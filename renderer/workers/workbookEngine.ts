import ExcelJS from 'exceljs';
import type { PortfolioData } from '@shared/model';
import {
  moneyFormat,
  NUMBER_FORMATS,
  workbookSheets,
  type CellKind,
} from '@shared/reports/workbook';
import type { Handler, HandlerResult, RpcContext } from './rpc';

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
  const total = sheets.reduce((n, s) => n + s.rowCount, 0);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pilot Portfolio';
  workbook.title = data.settings.name;
  workbook.company = data.settings.organisation;
  workbook.created = new Date(args.exportedAt);
  workbook.modified = workbook.created;

  let done = 0;
  context.progress(0, total);
  for (const sheet of sheets) {
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
    for (const row of sheet.rows()) {
      worksheet.addRow(row);
      done += 1;
      if (done % PROGRESS_EVERY === 0) context.progress(done, total);
    }
  }
  context.progress(total, total);
  const buffer = await workbook.xlsx.writeBuffer();
  const bytes = new Uint8Array(buffer as ArrayBuffer);
  return { value: bytes, transfer: [bytes.buffer] };
}

export const workbookHandlers: Record<string, Handler> = {
  write: writeWorkbook as Handler,
};
