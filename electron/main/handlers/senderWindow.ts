import { BrowserWindow, type IpcMainInvokeEvent } from 'electron';

/** The window that asked, so native dialogs open as its sheet/modal rather than floating free. */
export function senderWindow(event: IpcMainInvokeEvent): BrowserWindow | null {
  return BrowserWindow.fromWebContents(event.sender);
}
