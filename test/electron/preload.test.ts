import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  BRIDGE_KEY,
  MENU_COMMAND_CHANNEL,
  type DesktopBridge,
  type MenuCommand,
} from '../../shared/ipc';
import { contextBridge, ipcRenderer } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

let bridge: DesktopBridge;

beforeAll(async () => {
  await import('../../electron/preload/index');
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  bridge = contextBridge.exposed.get(BRIDGE_KEY) as DesktopBridge;
});

describe('the preload bridge', () => {
  it(`is exposed once, as window.${BRIDGE_KEY}, and holds named functions only`, () => {
    expect([...contextBridge.exposed.keys()]).toEqual([BRIDGE_KEY]);
    const entries = Object.entries(bridge);
    expect(entries.map(([key]) => key).sort()).toEqual(
      ['appInfo', 'onMenuCommand', 'openExternal', 'openFile', 'printToPdf', 'saveFile'].sort(),
    );
    for (const [key, value] of entries) expect(typeof value, key).toBe('function');
    // Nothing that is (or holds) ipcRenderer leaks through.
    expect(Object.values(bridge)).not.toContain(ipcRenderer);
    expect(Object.values(bridge)).not.toContain(ipcRenderer.invoke);
  });

  it.each<[keyof DesktopBridge, string, unknown]>([
    ['saveFile', 'file:save', { defaultName: 'a', filters: [], bytes: new Uint8Array() }],
    ['openFile', 'file:open', { filters: [], maxBytes: 1 }],
    [
      'printToPdf',
      'report:print-pdf',
      { route: '#/print/a', pageSize: 'A4', landscape: false, defaultName: 'a' },
    ],
    ['openExternal', 'shell:open-external', { url: 'https://example.org' }],
  ])('%s invokes %s with the request, and returns the result', async (name, channel, request) => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: channel });
    const call = bridge[name] as (request: unknown) => Promise<unknown>;
    await expect(call(request)).resolves.toEqual({ ok: channel });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(channel, request);
  });

  it('appInfo invokes app:info with no request', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ name: 'Pilot Portfolio' });
    await expect(bridge.appInfo()).resolves.toEqual({ name: 'Pilot Portfolio' });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('app:info', undefined);
  });

  it('onMenuCommand passes known commands only, never the event, and unsubscribes', () => {
    const seen: Array<{ args: unknown[] }> = [];
    const listener = (...args: unknown[]): void => {
      seen.push({ args });
    };
    const unsubscribe = bridge.onMenuCommand(listener as (command: MenuCommand) => void);
    const event = { sender: ipcRenderer };
    ipcRenderer.emit(MENU_COMMAND_CHANNEL, event, 'new-pilot');
    ipcRenderer.emit(MENU_COMMAND_CHANNEL, event, 'rm -rf /');
    ipcRenderer.emit(MENU_COMMAND_CHANNEL, event, { toString: () => 'import' });
    ipcRenderer.emit(MENU_COMMAND_CHANNEL, event, 'backup');
    expect(seen).toEqual([{ args: ['new-pilot'] }, { args: ['backup'] }]);

    unsubscribe();
    ipcRenderer.emit(MENU_COMMAND_CHANNEL, event, 'export');
    expect(seen).toHaveLength(2);
    // Only the preload's own listener, which holds commands for the next subscriber.
    expect(ipcRenderer.listenerCount(MENU_COMMAND_CHANNEL)).toBe(1);
    // The command nobody listened for went to the next listener (it was chosen just now).
    const next: MenuCommand[] = [];
    bridge.onMenuCommand((command) => next.push(command))();
    expect(next).toEqual(['export']);
  });

  it('onMenuCommand hands a command chosen before anyone listened to the first listener, once, for a few seconds', () => {
    vi.useFakeTimers();
    try {
      const event = { sender: ipcRenderer };
      // Chosen while the first screen shows, before the app listens.
      ipcRenderer.emit(MENU_COMMAND_CHANNEL, event, 'new-pilot');
      ipcRenderer.emit(MENU_COMMAND_CHANNEL, event, 'rm -rf /');
      const first: MenuCommand[] = [];
      const stop = bridge.onMenuCommand((command) => first.push(command));
      expect(first).toEqual(['new-pilot']);
      const second: MenuCommand[] = [];
      bridge.onMenuCommand((command) => second.push(command))();
      expect(second).toEqual([]);
      stop();

      // Chosen with no page listening (a first-run screen), then long after a page listens.
      ipcRenderer.emit(MENU_COMMAND_CHANNEL, event, 'import');
      vi.advanceTimersByTime(6000);
      const late: MenuCommand[] = [];
      bridge.onMenuCommand((command) => late.push(command))();
      expect(late).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('onMenuCommand refuses a listener that is not a function', () => {
    expect(() => bridge.onMenuCommand('x' as unknown as (command: MenuCommand) => void)).toThrow(
      TypeError,
    );
  });
});
