import type { ColumnMapping, FormatChoice } from '@shared/formats/measurementImport';
import type { CsvSummary, PrepareResult } from './csvImportEngine';
import { RpcClient, workersAvailable, type Progress } from './rpc';

export type { CsvSummary, PrepareResult } from './csvImportEngine';

/**
 * One import session: the file is parsed once in its own worker and kept there until the session
 * is disposed (closing the import dialog), so changing the column mapping does not re-read it.
 */
export class CsvImportSession {
  private readonly client = new RpcClient(
    workersAvailable
      ? () => new Worker(new URL('./csvImport.worker.ts', import.meta.url), { type: 'module' })
      : null,
    async () => (await import('./csvImportEngine')).csvImportHandlers,
  );

  parse(bytes: Uint8Array, fileName: string, onProgress?: Progress): Promise<CsvSummary> {
    // The bytes move to the worker (no copy of a file that may be hundreds of megabytes).
    const transfer = workersAvailable ? [bytes.buffer] : [];
    return this.client.call<CsvSummary>('parse', { bytes, fileName }, { transfer, onProgress });
  }

  prepare(mapping: ColumnMapping, choice: FormatChoice): Promise<PrepareResult> {
    return this.client.call<PrepareResult>('prepare', { mapping, choice });
  }

  dispose(): void {
    this.client.dispose();
  }
}
