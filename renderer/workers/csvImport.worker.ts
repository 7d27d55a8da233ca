import '../zodConfig';
import { csvImportHandlers } from './csvImportEngine';
import { serveRpc } from './rpc';

// Parsing a million-row CSV takes seconds; here it never blocks the window.
serveRpc(csvImportHandlers);
