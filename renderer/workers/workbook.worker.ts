import '../zodConfig';
import { workbookHandlers } from './workbookEngine';
import { serveRpc } from './rpc';

// A workbook of a large portfolio takes seconds to build; it is built here, and exceljs (large)
// is loaded only by this worker, only when someone exports.
serveRpc(workbookHandlers);
