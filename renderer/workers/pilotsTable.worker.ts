import type { HandlerResult, RpcContext } from './rpc';
import type { PilotsTableArgs, PilotsTableResult } from './pilotsTableEngine';
import { readPilots } from './pilotsTableRead';
import { serveRpc } from './rpc';

// Reading 10,000 pilots (each with its problem and hypothesis text) means deserialising megabytes:
// done here, the app's main thread loads and renders meanwhile and receives only the table's
// fields. This entry is small: it begins the read at once, and the row building (the model's
// stage ladder, with zod) loads while it runs.
serveRpc({
  read: async (
    args: PilotsTableArgs,
    context: RpcContext,
  ): Promise<HandlerResult<PilotsTableResult>> => {
    const read = readPilots(args.dbName);
    // Its failure is reported below, once awaited; not as an unhandled rejection meanwhile.
    read.catch(() => undefined);
    const { buildPilotsTable, holdIf, transferOf } = await import('./pilotsTableEngine');
    const onFirst = args.firstAnswer ? context.partial : undefined;
    const value = await buildPilotsTable(await read, args.sorting, onFirst, holdIf(args));
    return { value, transfer: transferOf(value) };
  },
  proceed: async (): Promise<HandlerResult<null>> => {
    (await import('./pilotsTableEngine')).releaseHeldReads();
    return { value: null };
  },
});
