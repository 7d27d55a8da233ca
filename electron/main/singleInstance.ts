import { app, type BrowserWindow } from 'electron';

/**
 * One running app per user: two instances would share one IndexedDB and step on each other's
 * writes. A second launch brings the first window forward instead. Returns false when this process
 * is the second instance and should quit.
 */
export function claimSingleInstance(getWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    const window = getWindow();
    if (window === null || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
}
