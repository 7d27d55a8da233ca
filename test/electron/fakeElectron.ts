/**
 * A hand-written stand-in for the `electron` module, in the spirit of Electron Fiddle's
 * tests/setup.ts: just enough behaviour to drive the main process and the preload in Node, with
 * every interesting call recorded. Tests mock `electron` with this module and reset it per test.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a frame looks like to an IPC handler (`event.senderFrame`). */
export class FakeFrame {
  constructor(
    public url: string,
    public parent: FakeFrame | null = null,
  ) {}
}

export interface WindowOpenResult {
  action: 'allow' | 'deny';
}

export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  /** What new pages answer to executeJavaScript until a test says otherwise. */
  static defaultScriptResults: unknown[] = [true];
  readonly id = FakeWebContents.nextId++;
  mainFrame = new FakeFrame('app://pilot-portfolio/index.html');
  windowOpenHandler: ((details: { url: string }) => WindowOpenResult) | null = null;
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  readonly loadedUrls: string[] = [];
  /** What the page answers to executeJavaScript, one value per call (last repeats). */
  scriptResults: unknown[] = [...FakeWebContents.defaultScriptResults];
  readonly scripts: string[] = [];
  readonly printOptions: unknown[] = [];
  pdfBytes = new Uint8Array([0x25, 0x50, 0x44, 0x46]); // "%PDF"

  setWindowOpenHandler(handler: (details: { url: string }) => WindowOpenResult): void {
    this.windowOpenHandler = handler;
  }

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }

  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    this.mainFrame = new FakeFrame(url);
  }

  async executeJavaScript(code: string): Promise<unknown> {
    this.scripts.push(code);
    return this.scriptResults.length > 1 ? this.scriptResults.shift() : this.scriptResults[0];
  }

  async printToPDF(options: unknown): Promise<Uint8Array> {
    this.printOptions.push(options);
    return this.pdfBytes;
  }

  /** Simulate a navigation; returns whether the app let it proceed. */
  navigate(eventName: 'will-navigate' | 'will-redirect', url: string): boolean {
    let prevented = false;
    this.emit(eventName, {
      url,
      preventDefault: () => {
        prevented = true;
      },
    });
    return !prevented;
  }
}

export interface FakeWindowOptions {
  webPreferences?: Record<string, unknown>;
  [key: string]: unknown;
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;

  readonly webContents = new FakeWebContents();
  readonly options: FakeWindowOptions;
  destroyed = false;
  maximized = false;
  minimized = false;
  shown = false;
  focusCount = 0;
  bounds: Rect;

  constructor(options: FakeWindowOptions = {}) {
    super();
    this.options = options;
    this.bounds = {
      x: typeof options['x'] === 'number' ? options['x'] : 0,
      y: typeof options['y'] === 'number' ? options['y'] : 0,
      width: typeof options['width'] === 'number' ? options['width'] : 800,
      height: typeof options['height'] === 'number' ? options['height'] : 600,
    };
    FakeBrowserWindow.instances.push(this);
    // Like Electron: creating a window creates a webContents, announced on the app.
    app.emit('web-contents-created', {}, this.webContents);
  }

  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.focused;
  }

  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((w) => !w.destroyed);
  }

  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return FakeBrowserWindow.instances.find((w) => w.webContents === contents) ?? null;
  }

  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }
  show(): void {
    this.shown = true;
  }
  focus(): void {
    this.focusCount += 1;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  getNormalBounds(): Rect {
    return this.bounds;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  readonly paths = new Map<string, string>();
  singleInstanceLock = true;
  ready = false;
  private resolveReady: () => void = () => undefined;
  private readyPromise = new Promise<void>((resolve) => {
    this.resolveReady = resolve;
  });

  readonly setPath = vi.fn((name: string, path: string) => {
    if (this.ready && name === 'userData') {
      throw new Error('userData must be set before ready (the fake mirrors Electron here)');
    }
    this.paths.set(name, path);
  });
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly enableSandbox = vi.fn();

  getPath(name: string): string {
    const path = this.paths.get(name);
    if (path === undefined) throw new Error(`fake app has no path "${name}"`);
    return path;
  }
  getName(): string {
    return 'Pilot Portfolio';
  }
  getVersion(): string {
    return '0.1.0';
  }
  requestSingleInstanceLock(): boolean {
    return this.singleInstanceLock;
  }
  isReady(): boolean {
    return this.ready;
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  /** Test helper: fire `ready`. */
  becomeReady(): Promise<void> {
    this.ready = true;
    this.resolveReady();
    return this.readyPromise;
  }
  reset(): void {
    this.removeAllListeners();
    this.isPackaged = false;
    this.ready = false;
    this.singleInstanceLock = true;
    this.readyPromise = new Promise<void>((resolve) => {
      this.resolveReady = resolve;
    });
    this.paths.clear();
    this.paths.set('appData', '/fake/appData');
    this.paths.set('userData', '/fake/appData/Pilot Portfolio');
    this.paths.set('documents', '/fake/documents');
  }
}

export const app = new FakeApp();

export type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: unknown,
) => void;

class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  devicePermissionHandler: ((...args: unknown[]) => boolean) | null = null;
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: ((...args: unknown[]) => boolean) | null): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: ((...args: unknown[]) => boolean) | null): void {
    this.devicePermissionHandler = handler;
  }
}

export const session = { defaultSession: new FakeSession(), FakeSession };

export type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;

class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, InvokeHandler>();
  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** Test helper: what `ipcRenderer.invoke` would do, with an explicit event. */
  async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }
}

export const ipcMain = new FakeIpcMain();

export const dialog = {
  showSaveDialog: vi.fn(),
  showOpenDialog: vi.fn(),
  showMessageBox: vi.fn(),
};

export const shell = { openExternal: vi.fn(async () => undefined) };

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response): void {
    protocol.handlers.set(scheme, handler);
  },
};

export interface FakeMenu {
  template: unknown[];
}

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]): FakeMenu => ({ template })),
  setApplicationMenu: vi.fn(),
};

export const screen = {
  displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
  getAllDisplays(): Array<{ workArea: Rect }> {
    return screen.displays;
  },
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    contextBridge.exposed.set(key, api);
  }),
};

class FakeIpcRenderer extends EventEmitter {
  readonly invoke = vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined);
}

export const ipcRenderer = new FakeIpcRenderer();

/** Put the fake back to a fresh state (call in beforeEach). */
export function resetFakeElectron(): void {
  app.reset();
  FakeBrowserWindow.instances = [];
  FakeWebContents.defaultScriptResults = [true];
  FakeBrowserWindow.focused = null;
  session.defaultSession = new FakeSession();
  ipcMain.handlers.clear();
  ipcMain.removeAllListeners();
  dialog.showSaveDialog.mockReset();
  dialog.showOpenDialog.mockReset();
  dialog.showMessageBox.mockReset();
  // Unless a test says otherwise, the person cancels every dialog.
  dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
  dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
  dialog.showMessageBox.mockResolvedValue({ response: 1, checkboxChecked: false });
  shell.openExternal.mockClear();
  protocol.registerSchemesAsPrivileged.mockClear();
  protocol.handlers.clear();
  Menu.buildFromTemplate.mockClear();
  Menu.setApplicationMenu.mockClear();
  screen.displays = [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];
  contextBridge.exposed.clear();
  contextBridge.exposeInMainWorld.mockClear();
  ipcRenderer.removeAllListeners();
  ipcRenderer.invoke.mockReset();
  ipcRenderer.invoke.mockImplementation(async () => undefined);
}

export const BrowserWindow = FakeBrowserWindow;

/** An IPC invoke event as Electron builds it, for a frame inside a given webContents. */
export function ipcEvent(
  sender: FakeWebContents,
  senderFrame: FakeFrame | null = sender.mainFrame,
): { sender: FakeWebContents; senderFrame: FakeFrame | null } {
  return { sender, senderFrame };
}
