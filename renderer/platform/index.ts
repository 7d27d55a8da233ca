import { BRIDGE_KEY, type DesktopBridge } from '@shared/ipc';
import { browserPlatform } from './browserPlatform';
import { createElectronPlatform } from './electronPlatform';
import type { Platform } from './platform';

export type { Platform } from './platform';

function findBridge(): DesktopBridge | undefined {
  const candidate: unknown = Reflect.get(window, BRIDGE_KEY);
  if (candidate && typeof candidate === 'object' && 'saveFile' in candidate) {
    return candidate as DesktopBridge;
  }
  return undefined;
}

/** The one place that knows whether the app runs in Electron or in a browser. */
export const platform: Platform = (() => {
  const bridge = findBridge();
  return bridge ? createElectronPlatform(bridge) : browserPlatform;
})();
