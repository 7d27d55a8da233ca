/**
 * The one contract between the renderer and the main process. Channel names and the argument and
 * result types of each live here, so the preload, the main-side handlers and the renderer's
 * platform layer cannot drift apart.
 */

/** Largest file the main process will read for the renderer (hostile or accidental huge files). */
export const MAX_OPEN_FILE_BYTES = 1024 * 1024 * 1024;

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  /** Suggested file name, e.g. `portfolio-2026-11-29.json`. */
  defaultName: string;
  filters: FileFilter[];
  bytes: Uint8Array;
}

export type SaveFileResult = { saved: true; path: string } | { saved: false };

export interface OpenFileRequest {
  filters: FileFilter[];
  /** Refuse files larger than this many bytes; never above MAX_OPEN_FILE_BYTES. */
  maxBytes: number;
}

export type OpenFileResult =
  | { opened: true; name: string; bytes: Uint8Array }
  | { opened: false; reason: 'cancelled' }
  | { opened: false; reason: 'too-large'; name: string; size: number; maxBytes: number };

export interface PrintToPdfRequest {
  /** A hash route of the app, e.g. `#/print/pilot/<id>`; anything else is refused. */
  route: string;
  pageSize: 'A4' | 'Letter';
  landscape: boolean;
  defaultName: string;
}

export type PrintToPdfResult = { saved: true; path: string } | { saved: false };

export interface AppInfo {
  name: string;
  version: string;
  electron: string;
  chrome: string;
  platform: string;
  userDataPath: string;
}

export interface OpenExternalRequest {
  url: string;
}

export type OpenExternalResult = { opened: boolean };

/** Commands the application menu sends to the renderer. */
export const MENU_COMMANDS = [
  'new-pilot',
  'new-measurement',
  'import',
  'export',
  'backup',
  'restore',
  'command-palette',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Invoke channels: renderer → main, each with one request and one result. */
export interface IpcInvokeContract {
  'file:save': { request: SaveFileRequest; result: SaveFileResult };
  'file:open': { request: OpenFileRequest; result: OpenFileResult };
  'report:print-pdf': { request: PrintToPdfRequest; result: PrintToPdfResult };
  'app:info': { request: void; result: AppInfo };
  'shell:open-external': { request: OpenExternalRequest; result: OpenExternalResult };
}

export type IpcInvokeChannel = keyof IpcInvokeContract;

export const IPC_INVOKE_CHANNELS = [
  'file:save',
  'file:open',
  'report:print-pdf',
  'app:info',
  'shell:open-external',
] as const satisfies readonly IpcInvokeChannel[];

/** Event channel: main → renderer. */
export const MENU_COMMAND_CHANNEL = 'menu:command';

/**
 * What the preload exposes on `window.pilotPortfolio`. The renderer sees exactly this type; the
 * preload object is checked against it with `satisfies`.
 */
export interface DesktopBridge {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  printToPdf(request: PrintToPdfRequest): Promise<PrintToPdfResult>;
  appInfo(): Promise<AppInfo>;
  openExternal(request: OpenExternalRequest): Promise<OpenExternalResult>;
  /** Subscribe to application-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** The key under which the preload exposes the bridge in the renderer's main world. */
export const BRIDGE_KEY = 'pilotPortfolio';

/** The privileged scheme and host the renderer is served from inside Electron. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'pilot-portfolio';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Fixed port for browser mode: IndexedDB is per origin, so the port must never change. */
export const BROWSER_MODE_PORT = 5174;

/**
 * Routes the main process will print to PDF. Only the app's own print pages, named by letters,
 * digits, `/`, `_` and `-` — no query, no other hash, nothing that could point elsewhere.
 */
export const PRINT_ROUTE_PATTERN = /^#\/print\/[A-Za-z0-9/_-]*$/;

/**
 * A print page sets `document.body.dataset[PRINT_READY_DATASET_KEY] = 'true'` once every chart and
 * table has drawn; the main process waits for it before calling `printToPDF`.
 */
export const PRINT_READY_DATASET_KEY = 'printReady';
