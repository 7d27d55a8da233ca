import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_INVOKE_CHANNELS } from '../../shared/ipc';
import {
  BrowserWindow,
  FakeFrame,
  app,
  ipcEvent,
  ipcMain,
  resetFakeElectron,
} from './fakeElectron';
import { handle } from '../../electron/main/ipc';
import { registerIpcHandlers } from '../../electron/main/handlers';

vi.mock('electron', () => import('./fakeElectron'));

beforeEach(() => {
  resetFakeElectron();
});

afterEach(() => {
  delete process.env['ELECTRON_RENDERER_URL'];
});

describe('the IPC wrapper checks who is calling', () => {
  function registerProbe(): ReturnType<typeof vi.fn> {
    const handler = vi.fn(async () => ({
      name: 'n',
      version: 'v',
      electron: 'e',
      chrome: 'c',
      platform: 'linux',
      userDataPath: '/u',
    }));
    handle('app:info', handler);
    return handler;
  }

  it("accepts the app's main frame on app://pilot-portfolio", async () => {
    const handler = registerProbe();
    const { webContents } = new BrowserWindow();
    webContents.mainFrame = new FakeFrame('app://pilot-portfolio/index.html#/pilots');
    await expect(ipcMain.invoke('app:info', ipcEvent(webContents))).resolves.toMatchObject({
      name: 'n',
    });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('rejects a subframe, even one on the app origin', async () => {
    const handler = registerProbe();
    const { webContents } = new BrowserWindow();
    const child = new FakeFrame('app://pilot-portfolio/index.html', webContents.mainFrame);
    await expect(ipcMain.invoke('app:info', ipcEvent(webContents, child))).rejects.toThrow(
      /only the app's main frame/,
    );
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    'https://evil.example/index.html',
    'file:///home/someone/evil.html',
    'app://pilot-portfolio.evil.example/index.html',
    'app://evil/index.html',
    'http://localhost:5183/index.html',
    'about:blank',
    'data:text/html,<script>1</script>',
  ])('rejects a main frame on %s', async (url) => {
    const handler = registerProbe();
    const { webContents } = new BrowserWindow();
    webContents.mainFrame = new FakeFrame(url);
    await expect(ipcMain.invoke('app:info', ipcEvent(webContents))).rejects.toThrow(/IPC refused/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects an event whose frame is gone (senderFrame null)', async () => {
    const handler = registerProbe();
    const { webContents } = new BrowserWindow();
    await expect(ipcMain.invoke('app:info', ipcEvent(webContents, null))).rejects.toThrow(
      /no longer exists/,
    );
    expect(handler).not.toHaveBeenCalled();
  });

  it('accepts the dev server only while unpackaged', async () => {
    const handler = registerProbe();
    process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5183';
    const { webContents } = new BrowserWindow();
    webContents.mainFrame = new FakeFrame('http://localhost:5183/index.html');
    await expect(ipcMain.invoke('app:info', ipcEvent(webContents))).resolves.toBeDefined();
    app.isPackaged = true;
    await expect(ipcMain.invoke('app:info', ipcEvent(webContents))).rejects.toThrow(
      /not the app's origin/,
    );
    expect(handler).toHaveBeenCalledTimes(1);
  });
});

describe('the IPC wrapper checks what is asked', () => {
  beforeEach(() => registerIpcHandlers());

  it('registers exactly the channels of the contract', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...IPC_INVOKE_CHANNELS].sort());
  });

  const validSave = { defaultName: 'a.json', filters: [], bytes: new Uint8Array([1]) };
  it.each<[string, string, unknown[]]>([
    ['file:save', 'no request', []],
    ['file:save', 'bytes as a string', [{ ...validSave, bytes: 'AAAA' }]],
    ['file:save', 'a path instead of a name', [{ ...validSave, defaultName: '../../.bashrc' }]],
    ['file:save', 'a Windows path', [{ ...validSave, defaultName: 'C:\\evil.bat' }]],
    ['file:save', 'an unknown key', [{ ...validSave, path: '/etc/passwd' }]],
    ['file:save', 'two arguments', [validSave, validSave]],
    ['file:open', 'a negative limit', [{ filters: [], maxBytes: -1 }]],
    ['file:open', 'a fractional limit', [{ filters: [], maxBytes: 1.5 }]],
    [
      'file:open',
      'a strange extension',
      [{ filters: [{ name: 'x', extensions: ['../x'] }], maxBytes: 10 }],
    ],
    [
      'report:print-pdf',
      'an unknown page size',
      [{ route: '#/print/a', pageSize: 'A0', landscape: false, defaultName: 'a' }],
    ],
    [
      'report:print-pdf',
      'a route with a query',
      [{ route: '#/print/a?x=1', pageSize: 'A4', landscape: false, defaultName: 'a' }],
    ],
    ['app:info', 'an argument it does not take', [{ x: 1 }]],
    ['shell:open-external', 'a number', [{ url: 42 }]],
    ['shell:open-external', 'null', [null]],
  ])('rejects %s with %s', async (channel, _what, args) => {
    const { webContents } = new BrowserWindow();
    await expect(ipcMain.invoke(channel, ipcEvent(webContents), ...args)).rejects.toThrow(
      /IPC refused/,
    );
  });
});
