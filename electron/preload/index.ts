import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  BRIDGE_KEY,
  MENU_COMMANDS,
  MENU_COMMAND_CHANNEL,
  type DesktopBridge,
  type IpcInvokeChannel,
  type IpcInvokeContract,
  type MenuCommand,
} from '../../shared/ipc';

// The preload is the renderer's only door to the main process. It exposes named functions, one per
// channel — never ipcRenderer or an IPC event, which would let page script call any channel.

function invoke<C extends IpcInvokeChannel>(
  channel: C,
  request: IpcInvokeContract[C]['request'],
): Promise<IpcInvokeContract[C]['result']> {
  // The main side validates every request and is typed by the same contract.
  return ipcRenderer.invoke(channel, request) as Promise<IpcInvokeContract[C]['result']>;
}

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

const bridge = {
  saveFile: (request) => invoke('file:save', request),
  openFile: (request) => invoke('file:open', request),
  printToPdf: (request) => invoke('report:print-pdf', request),
  appInfo: () => invoke('app:info', undefined),
  openExternal: (request) => invoke('shell:open-external', request),
  onMenuCommand: (listener) => {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function');
    // Pass on the command only, never the event (it carries `sender`, an ipcRenderer handle).
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
    };
  },
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
