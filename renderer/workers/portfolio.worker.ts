import '../zodConfig';
import { portfolioHandlers } from './portfolioEngine';
import { serveRpc } from './rpc';

// Evaluating every pilot reads every measurement series (a million values on a large portfolio):
// done here, the page stays responsive and receives only compact per-pilot rows.
serveRpc(portfolioHandlers);
