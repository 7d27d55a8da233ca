import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_INVOKE_CHANNELS } from '../../shared/ipc';

type Fake = typeof import('./fakeElectron');

/** A fresh main process: new module registry, fresh fake, then the bootstrap file runs. */
async function startMainProcess(prepare?: (fake: Fake) => void): Promise<Fake> {
  vi.resetModules();
  const fake = await import('./fakeElectron');
  vi.doMock('electron', () => fake);
  fake.resetFakeElectron();
  prepare?.(fake);
  await import('../../electron/main/index');
  return fake;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('main process start-up', () => {
  it('before ready: pins userData to the fixed folder, registers app:// privileged, forces the sandbox', async () => {
    const fake = await startMainProcess();
    expect(fake.app.setPath).toHaveBeenCalledWith(
      'userData',
      join('/fake/appData', 'pilot-portfolio'),
    );
    expect(fake.app.getPath('userData')).toBe(join('/fake/appData', 'pilot-portfolio'));
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(fake.app.enableSandbox).toHaveBeenCalledTimes(1);
    // Nothing that needs `ready` has happened yet.
    expect(fake.FakeBrowserWindow.instances).toHaveLength(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('on ready: denies permissions, serves app://, registers every IPC channel, sets the menu, opens the window', async () => {
    const fake = await startMainProcess();
    await fake.app.becomeReady();
    await settle();

    const callback = vi.fn();
    fake.session.defaultSession.permissionRequestHandler?.({}, 'media', callback, {});
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    expect([...fake.protocol.handlers.keys()]).toEqual(['app']);
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...IPC_INVOKE_CHANNELS].sort());
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);

    const [window] = fake.FakeBrowserWindow.instances;
    if (!window) throw new Error('no main window');
    expect(window.webContents.loadedUrls).toEqual(['app://pilot-portfolio/index.html']);
    // The window's webContents went through web-contents-created and is guarded.
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.org' }).action).toBe(
      'deny',
    );
    expect(window.webContents.navigate('will-navigate', 'https://evil.example')).toBe(false);
  });

  it('a second instance quits at once and opens nothing', async () => {
    const fake = await startMainProcess((f) => {
      f.app.singleInstanceLock = false;
    });
    expect(fake.app.quit).toHaveBeenCalledTimes(1);
    await fake.app.becomeReady();
    await settle();
    expect(fake.FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('the first instance brings its window forward when a second one starts', async () => {
    const fake = await startMainProcess();
    await fake.app.becomeReady();
    await settle();
    const [window] = fake.FakeBrowserWindow.instances;
    if (!window) throw new Error('no main window');
    window.minimized = true;
    fake.app.emit('second-instance', {}, [], '/');
    expect(window.minimized).toBe(false);
    expect(window.focusCount).toBe(1);
  });
});
