import { pilotsTableHandlers } from './pilotsTableEngine';
import { serveRpc } from './rpc';

// Reading 10,000 pilots (each with its problem and hypothesis text) means deserialising megabytes:
// done here, the app's main thread loads and renders meanwhile and receives only the table's
// fields. All of this worker is a few KB (no zod: see pilotRows.ts), so it answers soon after
// it starts.
serveRpc(pilotsTableHandlers);
