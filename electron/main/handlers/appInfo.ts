import { app } from 'electron';
import type { AppInfo } from '../../../shared/ipc';

/** What the About box and the renderer's diagnostics show. */
export function appInfo(): AppInfo {
  return {
    name: app.getName(),
    version: app.getVersion(),
    electron: process.versions.electron ?? 'unknown',
    chrome: process.versions.chrome ?? 'unknown',
    platform: process.platform,
    userDataPath: app.getPath('userData'),
  };
}
