import '../zodConfig';
import { backupHandlers } from './backupEngine';
import { serveRpc } from './rpc';

// Parsing and checking a backup with a million measurements takes a second or two; writing one
// about as long. Both happen here so the window stays responsive.
serveRpc(backupHandlers);
