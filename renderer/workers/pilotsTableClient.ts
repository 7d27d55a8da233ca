import type { PilotsTableArgs, PilotsTableResult } from './pilotsTableEngine';
import { RpcClient, workersAvailable } from './rpc';

/** Reads the Pilots table off the main thread; inline where there is no Worker (jsdom). */
export interface PilotsTableReader {
  /** `onFirst` receives the first answer, its first rows named, before the result. */
  read: (
    args: PilotsTableArgs,
    onFirst?: (first: PilotsTableResult) => void,
  ) => Promise<PilotsTableResult>;
  /** Lets a read asked for a `firstAnswer` go on with the rest. */
  proceed: () => void;
  dispose: () => void;
}

export function createPilotsTableReader(useWorker = workersAvailable): PilotsTableReader {
  const rpc = new RpcClient(
    useWorker
      ? () => new Worker(new URL('./pilotsTable.worker.ts', import.meta.url), { type: 'module' })
      : null,
    async () => (await import('./pilotsTableEngine')).pilotsTableHandlers,
  );
  return {
    read: (args, onFirst) =>
      rpc.call<PilotsTableResult>('read', args, {
        onPartial: onFirst && ((value) => onFirst(value as PilotsTableResult)),
      }),
    proceed: () => void rpc.call('proceed', null).catch(() => undefined),
    dispose: () => rpc.dispose(),
  };
}
