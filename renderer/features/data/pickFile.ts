import type { FileFilter } from '@shared/ipc';
import { FileRefusedError } from '@shared/formats/fileRefusal';
import { formatBytes } from '@shared/formats/limits';
import { platform } from '../../platform';

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * Asks the person for a file. Null when they cancel; a file above `maxBytes` is refused before
 * it is read (FileRefusedError naming its size and the cap), so a 1 GB file costs nothing.
 */
export async function pickFile(
  filters: FileFilter[],
  maxBytes: number,
  what: string,
): Promise<PickedFile | null> {
  const result = await platform.openFile(filters, maxBytes);
  if (result.opened) return { name: result.name, bytes: result.bytes };
  if (result.reason === 'cancelled') return null;
  throw new FileRefusedError(
    `“${result.name}” is ${formatBytes(result.size)}; the largest ${what} the app reads is ` +
      `${formatBytes(result.maxBytes)}. Nothing was changed.`,
  );
}

export const BACKUP_FILTERS: FileFilter[] = [
  { name: 'Pilot Portfolio backup', extensions: ['json'] },
];
export const CSV_FILTERS: FileFilter[] = [
  { name: 'CSV, text or Excel workbook', extensions: ['csv', 'tsv', 'txt', 'xlsx'] },
];
