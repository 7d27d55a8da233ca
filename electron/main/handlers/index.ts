import { handle } from '../ipc';
import { appInfo } from './appInfo';
import { openExternal } from './openExternal';
import { openFile } from './openFile';
import { printToPdf } from './printToPdf';
import { saveFile } from './saveFile';

/** Every invoke channel of shared/ipc.ts, each through the validating wrapper. */
export function registerIpcHandlers(): void {
  handle('file:save', saveFile);
  handle('file:open', openFile);
  handle('report:print-pdf', printToPdf);
  handle('app:info', async () => appInfo());
  handle('shell:open-external', openExternal);
}
