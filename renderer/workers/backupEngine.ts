import {
  readBackupBytes,
  serializeBackup,
  type BackupMeta,
  type ParsedBackup,
} from '@shared/formats/backup';
import { csvBytes, toCsv } from '@shared/formats/csv';
import { csvTable } from '@shared/formats/csvTables';
import type { PortfolioData } from '@shared/model';
import type { Handler, HandlerResult } from './rpc';

function seriesBuffers(data: PortfolioData): ArrayBuffer[] {
  return data.series.flatMap((s) => [s.days.buffer as ArrayBuffer, s.values.buffer as ArrayBuffer]);
}

/** Reads and fully checks a backup file (see parseBackup); the typed arrays move back uncopied. */
export function readBackup(args: {
  bytes: Uint8Array;
  fileName: string;
}): HandlerResult<ParsedBackup> {
  const parsed = readBackupBytes(args.bytes, args.fileName);
  return { value: parsed, transfer: seriesBuffers(parsed.data) };
}

/** Serialises a portfolio to the bytes of its backup file. */
export function writeBackup(args: {
  data: PortfolioData;
  meta: BackupMeta;
}): HandlerResult<Uint8Array> {
  const bytes = new TextEncoder().encode(serializeBackup(args.data, args.meta));
  return { value: bytes, transfer: [bytes.buffer] };
}

/** One table of the portfolio as a CSV file (a million measurements take a second or two). */
export function exportCsv(args: { data: PortfolioData; table: string }): HandlerResult<Uint8Array> {
  const table = csvTable(args.table);
  if (!table) throw new Error(`No table “${args.table}” to export`);
  const bytes = csvBytes(toCsv(table.header, table.rows(args.data)));
  return { value: bytes, transfer: [bytes.buffer] };
}

export const backupHandlers: Record<string, Handler> = {
  read: readBackup as Handler,
  write: writeBackup as Handler,
  csv: exportCsv as Handler,
};
