import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { dialog, type OpenDialogOptions } from 'electron';
import { MAX_OPEN_FILE_BYTES, type OpenFileResult } from '../../../shared/ipc';
import type { IpcHandler } from '../ipc';
import { senderWindow } from './senderWindow';

/**
 * Ask for one file and read it — unless it is bigger than the caller's limit (never above
 * MAX_OPEN_FILE_BYTES): a hostile or accidental huge file is refused from its size alone, before a
 * single byte is read, and the renderer can say so.
 */
export const openFile: IpcHandler<'file:open'> = async (request, event) => {
  const options: OpenDialogOptions = { filters: request.filters, properties: ['openFile'] };
  const parent = senderWindow(event);
  const choice = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options);
  const path = choice.filePaths[0];
  if (choice.canceled || path === undefined) return { opened: false, reason: 'cancelled' };

  const name = basename(path);
  const maxBytes = Math.min(request.maxBytes, MAX_OPEN_FILE_BYTES);
  const file = await open(path, 'r');
  try {
    const info = await file.stat();
    if (!info.isFile()) throw new Error(`${name} is not a file.`);
    if (info.size > maxBytes) {
      return { opened: false, reason: 'too-large', name, size: info.size, maxBytes };
    }
    const bytes = new Uint8Array(info.size);
    let offset = 0;
    while (offset < bytes.length) {
      const { bytesRead } = await file.read(bytes, offset, bytes.length - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    // A file that shrank or grew while being read would arrive silently cut or incomplete.
    if (offset !== info.size || (await file.stat()).size !== info.size) {
      throw new Error(`${name} changed while it was being read; please try again.`);
    }
    return { opened: true, name, bytes } satisfies OpenFileResult;
  } finally {
    await file.close();
  }
};
