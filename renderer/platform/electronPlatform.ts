import type { DesktopBridge } from '@shared/ipc';
import type { Platform } from './platform';

export function createElectronPlatform(bridge: DesktopBridge): Platform {
  return {
    kind: 'electron',
    saveFile: (defaultName, filters, bytes) => bridge.saveFile({ defaultName, filters, bytes }),
    openFile: (filters, maxBytes) => bridge.openFile({ filters, maxBytes }),
    printToPdf: (request) => bridge.printToPdf(request),
    appInfo: () => bridge.appInfo(),
    openExternal: async (url) => (await bridge.openExternal({ url })).opened,
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
  };
}
