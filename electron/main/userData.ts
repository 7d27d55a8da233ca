import { join } from 'node:path';
import { app } from 'electron';

/** Folder name under the OS app-data directory; never derived from the product name. */
export const USER_DATA_FOLDER = 'pilot-portfolio';

/**
 * Pin userData (and with it IndexedDB) to a fixed folder. Electron derives the default from the
 * product name, so renaming the product would silently start an empty database. Must run before
 * the `ready` event, when Chromium fixes its profile directory.
 */
export function pinUserDataPath(): string {
  const path = join(app.getPath('appData'), USER_DATA_FOLDER);
  app.setPath('userData', path);
  return path;
}
