import { join } from 'node:path';
import { app, dialog, type SaveDialogOptions } from 'electron';
import { PRINT_ROUTE_PATTERN, type PrintToPdfRequest } from '../../../shared/ipc';
import { rendererEntryUrl } from '../entryUrl';
import type { IpcHandler } from '../ipc';
import { createSecureWindow } from '../secureWindow';
import { writeFileAtomic } from '../writeFileAtomic';
import { senderWindow } from './senderWindow';
import { waitForPrintReady } from './waitForPrintReady';

function pdfName(defaultName: string): string {
  return /\.pdf$/i.test(defaultName) ? defaultName : `${defaultName}.pdf`;
}

/**
 * Render one of the app's print routes in a hidden window. It gets the same locked-down
 * webPreferences as the main window but no preload: a print page needs no bridge, so it gets no way
 * to call the main process.
 */
export async function renderRouteToPdf(request: PrintToPdfRequest): Promise<Uint8Array> {
  // The schema already checks the route; this keeps the function safe on its own.
  if (!PRINT_ROUTE_PATTERN.test(request.route)) {
    throw new Error(`Refused to print ${JSON.stringify(request.route)}: not a print route.`);
  }
  const printWindow = createSecureWindow({ show: false, width: 1024, height: 1400 });
  try {
    await printWindow.loadURL(rendererEntryUrl() + request.route);
    await waitForPrintReady(printWindow.webContents);
    return await printWindow.webContents.printToPDF({
      pageSize: request.pageSize,
      landscape: request.landscape,
      printBackground: true,
    });
  } finally {
    printWindow.destroy();
  }
}

/** Ask where to save first (nothing is rendered if the person cancels), then render and write. */
export const printToPdf: IpcHandler<'report:print-pdf'> = async (request, event) => {
  if (!PRINT_ROUTE_PATTERN.test(request.route)) {
    throw new Error(`Refused to print ${JSON.stringify(request.route)}: not a print route.`);
  }
  const options: SaveDialogOptions = {
    defaultPath: join(app.getPath('documents'), pdfName(request.defaultName)),
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const parent = senderWindow(event);
  const choice = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  const pdf = await renderRouteToPdf(request);
  await writeFileAtomic(choice.filePath, pdf);
  return { saved: true, path: choice.filePath };
};
