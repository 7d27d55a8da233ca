import { mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_OPEN_FILE_BYTES, type PrintToPdfRequest } from '../../shared/ipc';
import {
  BrowserWindow,
  FakeBrowserWindow,
  FakeWebContents,
  dialog,
  ipcEvent,
  ipcMain,
  resetFakeElectron,
  shell,
} from './fakeElectron';
import { registerIpcHandlers } from '../../electron/main/handlers';
import { renderRouteToPdf } from '../../electron/main/handlers/printToPdf';
import { waitForPrintReady } from '../../electron/main/handlers/waitForPrintReady';
import type { WebContents } from 'electron';

vi.mock('electron', () => import('./fakeElectron'));

let dir = '';

beforeEach(async () => {
  resetFakeElectron();
  registerIpcHandlers();
  dir = await mkdtemp(join(tmpdir(), 'pilot-handlers-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Invoke a channel as the app's own main window would. */
function invoke(channel: string, ...args: unknown[]): Promise<unknown> {
  const window = FakeBrowserWindow.instances[0] ?? new BrowserWindow();
  return ipcMain.invoke(channel, ipcEvent(window.webContents), ...args);
}

describe('file:open', () => {
  async function pick(bytes: number): Promise<string> {
    const path = join(dir, 'portfolio.csv');
    await writeFile(path, Buffer.alloc(bytes, 0x61));
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] });
    return path;
  }

  it('reads a file within the limit', async () => {
    await pick(10);
    const result = await invoke('file:open', { filters: [], maxBytes: 10 });
    expect(result).toEqual({
      opened: true,
      name: 'portfolio.csv',
      bytes: new Uint8Array(10).fill(0x61),
    });
  });

  it('refuses a file one byte over the limit, saying how big it is, without reading it', async () => {
    await pick(11);
    const result = await invoke('file:open', { filters: [], maxBytes: 10 });
    expect(result).toEqual({
      opened: false,
      reason: 'too-large',
      name: 'portfolio.csv',
      size: 11,
      maxBytes: 10,
    });
  });

  it('never allows more than MAX_OPEN_FILE_BYTES, whatever limit the renderer asks for', async () => {
    const path = join(dir, 'huge.csv');
    // A sparse file: its size is just over the cap, yet it takes no disk space or time to make.
    await writeFile(path, '');
    await truncate(path, MAX_OPEN_FILE_BYTES + 1);
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] });
    const result = await invoke('file:open', { filters: [], maxBytes: MAX_OPEN_FILE_BYTES * 4 });
    expect(result).toEqual({
      opened: false,
      reason: 'too-large',
      name: 'huge.csv',
      size: MAX_OPEN_FILE_BYTES + 1,
      maxBytes: MAX_OPEN_FILE_BYTES,
    });
  });

  it('passes the filters to the dialog and reports a cancel as such', async () => {
    const filters = [{ name: 'CSV', extensions: ['csv'] }];
    const result = await invoke('file:open', { filters, maxBytes: 10 });
    expect(result).toEqual({ opened: false, reason: 'cancelled' });
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(
      FakeBrowserWindow.instances[0],
      expect.objectContaining({ filters, properties: ['openFile'] }),
    );
  });
});

describe('file:save', () => {
  it('writes the bytes where the person chose, leaving no temporary file', async () => {
    const target = join(dir, 'backup.json');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const bytes = new TextEncoder().encode('{"ok":true}');
    const result = await invoke('file:save', { defaultName: 'backup.json', filters: [], bytes });
    expect(result).toEqual({ saved: true, path: target });
    expect(await readFile(target, 'utf8')).toBe('{"ok":true}');
    expect(await readdir(dir)).toEqual(['backup.json']);
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      FakeBrowserWindow.instances[0],
      expect.objectContaining({ defaultPath: join('/fake/documents', 'backup.json') }),
    );
  });

  it('writes nothing when the person cancels', async () => {
    const result = await invoke('file:save', {
      defaultName: 'backup.json',
      filters: [],
      bytes: new Uint8Array([1]),
    });
    expect(result).toEqual({ saved: false });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('report:print-pdf', () => {
  const request: PrintToPdfRequest = {
    route: '#/print/pilot/abc-123',
    pageSize: 'Letter',
    landscape: true,
    defaultName: 'Pilot report',
  };

  it.each([
    '#/pilots',
    '#/print/../settings',
    '#/print/a?b=c',
    '#/print/a#b',
    'https://evil.example/#/print/a',
    '#/print/a b',
    '/print/a',
  ])('refuses the route %s', async (route) => {
    await expect(invoke('report:print-pdf', { ...request, route })).rejects.toThrow(/IPC refused/);
    await expect(renderRouteToPdf({ ...request, route })).rejects.toThrow(/not a print route/);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    // Only the caller's window exists: no hidden window was ever created.
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });

  it('renders the route in a hidden window once the page is ready, then saves the PDF', async () => {
    const target = join(dir, 'report.pdf');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const caller = new BrowserWindow();
    // The page is still drawing for the first two checks.
    FakeWebContents.defaultScriptResults = [false, false, true];
    await expect(
      ipcMain.invoke('report:print-pdf', ipcEvent(caller.webContents), request),
    ).resolves.toEqual({ saved: true, path: target });
    const printWindow = FakeBrowserWindow.instances[1];
    if (!printWindow) throw new Error('no print window');
    expect(printWindow.webContents.loadedUrls).toEqual([
      'app://pilot-portfolio/index.html#/print/pilot/abc-123',
    ]);
    expect(printWindow.webContents.scripts).toHaveLength(3);
    expect(printWindow.webContents.printOptions).toEqual([
      { pageSize: 'Letter', landscape: true, printBackground: true },
    ]);
    expect(printWindow.destroyed).toBe(true);
    expect(await readFile(target, 'latin1')).toBe('%PDF');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      caller,
      expect.objectContaining({ defaultPath: join('/fake/documents', 'Pilot report.pdf') }),
    );
  });

  it('renders nothing when the person cancels the save dialog', async () => {
    await expect(invoke('report:print-pdf', request)).resolves.toEqual({ saved: false });
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });

  it('gives up with a clear message when the page never says it is ready', async () => {
    const contents = new BrowserWindow().webContents;
    contents.scriptResults = [false];
    await expect(waitForPrintReady(contents as unknown as WebContents, 1000)).rejects.toThrow(
      /did not finish drawing within 1 s/,
    );
    expect(contents.scripts[0]).toBe(
      "document.body !== null && document.body.dataset.printReady === 'true'",
    );
  });
});

describe('shell:open-external', () => {
  it('opens a confirmed https URL', async () => {
    dialog.showMessageBox.mockResolvedValue({ response: 0, checkboxChecked: false });
    await expect(invoke('shell:open-external', { url: 'https://example.org/a' })).resolves.toEqual({
      opened: true,
    });
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/a');
  });

  it('opens nothing when the person says no', async () => {
    await expect(invoke('shell:open-external', { url: 'https://example.org/a' })).resolves.toEqual({
      opened: false,
    });
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it.each(['http://example.org/', 'file:///etc/passwd', 'javascript:alert(1)', 'mailto:a@b.c'])(
    'never opens %s',
    async (url) => {
      dialog.showMessageBox.mockResolvedValue({ response: 0, checkboxChecked: false });
      await expect(invoke('shell:open-external', { url })).resolves.toEqual({ opened: false });
      expect(dialog.showMessageBox).not.toHaveBeenCalled();
      expect(shell.openExternal).not.toHaveBeenCalled();
    },
  );
});

describe('app:info', () => {
  it('names the app, its version and the pinned data folder', async () => {
    await expect(invoke('app:info')).resolves.toMatchObject({
      name: 'Pilot Portfolio',
      version: '0.1.0',
      platform: process.platform,
      userDataPath: '/fake/appData/Pilot Portfolio',
    });
  });
});
