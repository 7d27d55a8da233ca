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

/**
 * Menu commands chosen before the page listens for them: the window shows the first screen before
 * the app (and its listener) has loaded, and a command chosen then waits for it — for a few
 * seconds only, so a command no page took (the first-run screen has no menu commands) is not
 * acted on long after.
 */
const MENU_COMMAND_WAIT_MS = 5000;
const waitingCommands: Array<{ command: MenuCommand; at: number }> = [];
const menuListeners = new Set<(command: MenuCommand) => void>();

// Pass on the command only, never the event (it carries `sender`, an ipcRenderer handle).
ipcRenderer.on(MENU_COMMAND_CHANNEL, (_event: IpcRendererEvent, command: unknown) => {
  if (!isMenuCommand(command)) return;
  if (menuListeners.size === 0) {
    waitingCommands.push({ command, at: Date.now() });
    return;
  }
  for (const listener of [...menuListeners]) listener(command);
});

const bridge = {
  saveFile: (request) => invoke('file:save', request),
  openFile: (request) => invoke('file:open', request),
  printToPdf: (request) => invoke('report:print-pdf', request),
  appInfo: () => invoke('app:info', undefined),
  openExternal: (request) => invoke('shell:open-external', request),
  onMenuCommand: (listener) => {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function');
    menuListeners.add(listener);
    const since = Date.now() - MENU_COMMAND_WAIT_MS;
    for (const { command, at } of waitingCommands.splice(0)) if (at >= since) listener(command);
    return () => {
      menuListeners.delete(listener);
    };
  },
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
