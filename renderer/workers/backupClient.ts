import type { BackupMeta, ParsedBackup } from '@shared/formats/backup';
import type { PortfolioData } from '@shared/model';
import { RpcClient, workersAvailable } from './rpc';

function client(): RpcClient {
  return new RpcClient(
    workersAvailable
      ? () => new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' })
      : null,
    async () => (await import('./backupEngine')).backupHandlers,
  );
}

/**
 * Reads a picked backup file off the main thread. Rejects with FileRefusedError (naming each
 * problem) when anything in it is not valid; nothing has been written at that point.
 */
export async function readBackupFile(bytes: Uint8Array, fileName: string): Promise<ParsedBackup> {
  const rpc = client();
  try {
    return await rpc.call<ParsedBackup>(
      'read',
      { bytes, fileName },
      { transfer: workersAvailable ? [bytes.buffer] : [] },
    );
  } finally {
    rpc.dispose();
  }
}

/** The bytes of a backup of `data`, serialised off the main thread. */
export async function writeBackupFile(data: PortfolioData, meta: BackupMeta): Promise<Uint8Array> {
  const rpc = client();
  try {
    return await rpc.call<Uint8Array>('write', { data, meta });
  } finally {
    rpc.dispose();
  }
}

/** One table of `data` as the bytes of a CSV file (BOM, RFC 4180, formulas neutralised). */
export async function writeCsvFile(data: PortfolioData, table: string): Promise<Uint8Array> {
  const rpc = client();
  try {
    return await rpc.call<Uint8Array>('csv', { data, table });
  } finally {
    rpc.dispose();
  }
}
