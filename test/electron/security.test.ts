import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import {
  BrowserWindow,
  FakeBrowserWindow,
  FakeWebContents,
  app,
  dialog,
  resetFakeElectron,
  session,
  shell,
} from './fakeElectron';
import { denyAllPermissions, hardenWebContents } from '../../electron/main/security';
import { createMainWindow } from '../../electron/main/window';
import { renderRouteToPdf } from '../../electron/main/handlers/printToPdf';

vi.mock('electron', () => import('./fakeElectron'));

function asWebContents(contents: FakeWebContents): WebContents {
  return contents as unknown as WebContents;
}

/** What the app does for every webContents it creates (index.ts wires exactly this). */
function hardenEveryWebContents(): void {
  app.on('web-contents-created', (_event: unknown, contents: WebContents) =>
    hardenWebContents(contents),
  );
}

/** Let the promise the window-open handler starts run to its end. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

beforeEach(() => {
  resetFakeElectron();
  hardenEveryWebContents();
});

afterEach(() => {
  delete process.env['ELECTRON_RENDERER_URL'];
});

describe('every window is locked down', () => {
  function expectLockedDown(window: FakeBrowserWindow): void {
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  }

  it('the main window: isolated, sandboxed, web security on, no Node; loads app:// with the preload', () => {
    createMainWindow();
    const [window] = FakeBrowserWindow.instances;
    if (!window) throw new Error('no window was created');
    expectLockedDown(window);
    expect(window.options.webPreferences?.['preload']).toMatch(/[/\\]preload[/\\]index\.cjs$/);
    expect(window.webContents.loadedUrls).toEqual(['app://pilot-portfolio/index.html']);
  });

  it('the hidden print window: the same settings, and no preload at all', async () => {
    const parent = new BrowserWindow();
    await renderRouteToPdf({
      route: '#/print/pilot/p1',
      pageSize: 'A4',
      landscape: false,
      defaultName: 'x.pdf',
    });
    const printWindow = FakeBrowserWindow.instances.find((w) => w !== parent);
    if (!printWindow) throw new Error('no print window was created');
    expectLockedDown(printWindow);
    expect(printWindow.options.webPreferences?.['preload']).toBeUndefined();
    expect(printWindow.options['show']).toBe(false);
    expect(printWindow.destroyed).toBe(true);
  });
});

describe('navigation stays on the app', () => {
  it.each([
    'https://evil.example/',
    'http://localhost:5183/index.html',
    'file:///etc/passwd',
    'app://other-host/index.html',
    'javascript:alert(1)',
    'not a url',
  ])('will-navigate to %s is prevented', (url) => {
    const { webContents } = new BrowserWindow();
    expect(webContents.navigate('will-navigate', url)).toBe(false);
    expect(webContents.navigate('will-redirect', url)).toBe(false);
  });

  it('navigation within app://pilot-portfolio is allowed', () => {
    const { webContents } = new BrowserWindow();
    expect(webContents.navigate('will-navigate', 'app://pilot-portfolio/index.html')).toBe(true);
    expect(webContents.navigate('will-redirect', 'app://pilot-portfolio/index.html#/x')).toBe(true);
  });

  it('the dev server is trusted only in an unpackaged app', () => {
    process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5183';
    const { webContents } = new BrowserWindow();
    expect(webContents.navigate('will-navigate', 'http://localhost:5183/index.html')).toBe(true);
    app.isPackaged = true;
    expect(webContents.navigate('will-navigate', 'http://localhost:5183/index.html')).toBe(false);
  });

  it('a <webview> is never attached', () => {
    const { webContents } = new BrowserWindow();
    const preventDefault = vi.fn();
    webContents.emit('will-attach-webview', { preventDefault }, {}, {});
    expect(preventDefault).toHaveBeenCalledTimes(1);
  });
});

describe('new windows are denied; https links open outside only after the person confirms', () => {
  function openWindow(url: string): string | undefined {
    const { webContents } = new BrowserWindow();
    return webContents.windowOpenHandler?.({ url }).action;
  }

  it('denies the window and, when the person confirms, opens the https URL in the browser', async () => {
    dialog.showMessageBox.mockResolvedValue({ response: 0, checkboxChecked: false });
    expect(openWindow('https://example.org/docs?a=1')).toBe('deny');
    await settle();
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/docs?a=1');
  });

  it('does not open anything when the person cancels', async () => {
    dialog.showMessageBox.mockResolvedValue({ response: 1, checkboxChecked: false });
    expect(openWindow('https://example.org/')).toBe('deny');
    await settle();
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it.each([
    'http://example.org/',
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'smb://server/share',
    'https://user:pass@example.org/',
    'app://pilot-portfolio/index.html',
  ])('never opens %s, and does not even ask', async (url) => {
    dialog.showMessageBox.mockResolvedValue({ response: 0, checkboxChecked: false });
    expect(openWindow(url)).toBe('deny');
    await settle();
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'fullscreen', 'unknown'])(
    'a request for %s is denied',
    (permission) => {
      denyAllPermissions(session.defaultSession as unknown as Session);
      const handler = session.defaultSession.permissionRequestHandler;
      if (!handler) throw new Error('no permission request handler was installed');
      const callback = vi.fn();
      handler({}, permission, callback, {});
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    },
  );

  it('permission checks and device permissions are denied too', () => {
    denyAllPermissions(session.defaultSession as unknown as Session);
    expect(
      session.defaultSession.permissionCheckHandler?.({}, 'media', 'app://pilot-portfolio'),
    ).toBe(false);
    expect(session.defaultSession.devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false);
  });

  it('hardening applies to a webContents created outside the window factory', () => {
    const contents = new FakeWebContents();
    hardenWebContents(asWebContents(contents));
    expect(contents.windowOpenHandler?.({ url: 'https://example.org' }).action).toBe('deny');
    expect(contents.navigate('will-navigate', 'https://evil.example')).toBe(false);
  });
});
