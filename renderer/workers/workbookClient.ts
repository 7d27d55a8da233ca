import type { PortfolioData } from '@shared/model';
import { RpcClient, workersAvailable, type Progress } from './rpc';

/** The portfolio as the bytes of an .xlsx workbook, built off the main thread. */
export async function writeWorkbookFile(
  data: PortfolioData,
  onProgress?: Progress,
): Promise<Uint8Array> {
  const rpc = new RpcClient(
    workersAvailable
      ? () => new Worker(new URL('./workbook.worker.ts', import.meta.url), { type: 'module' })
      : null,
    async () => (await import('./workbookEngine')).workbookHandlers,
  );
  try {
    return await rpc.call<Uint8Array>(
      'write',
      { data, exportedAt: new Date().toISOString() },
      onProgress ? { onProgress } : {},
    );
  } finally {
    rpc.dispose();
  }
}
