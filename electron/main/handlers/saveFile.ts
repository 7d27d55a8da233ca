import { join } from 'node:path';
import { app, dialog, type SaveDialogOptions } from 'electron';
import type { SaveFileRequest, SaveFileResult } from '../../../shared/ipc';
import type { IpcHandler } from '../ipc';
import { writeFileAtomic } from '../writeFileAtomic';
import { senderWindow } from './senderWindow';

/** Ask where to save, then write the bytes the renderer prepared. Cancelling is not an error. */
export const saveFile: IpcHandler<'file:save'> = async (request: SaveFileRequest, event) => {
  const options: SaveDialogOptions = {
    defaultPath: join(app.getPath('documents'), request.defaultName),
    filters: request.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const parent = senderWindow(event);
  const choice = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false } satisfies SaveFileResult;
  await writeFileAtomic(choice.filePath, request.bytes);
  return { saved: true, path: choice.filePath };
};
