import type {
  AppInfo,
  FileFilter,
  MenuCommand,
  OpenFileResult,
  PrintToPdfRequest,
  SaveFileResult,
} from '@shared/ipc';

/**
 * What features may ask of the host. Two implementations: Electron (through the preload bridge)
 * and a plain browser (file input, Blob download, window.print). Features never touch
 * `window.pilotPortfolio` or other globals directly.
 */
export interface Platform {
  kind: 'electron' | 'browser';
  saveFile(defaultName: string, filters: FileFilter[], bytes: Uint8Array): Promise<SaveFileResult>;
  openFile(filters: FileFilter[], maxBytes: number): Promise<OpenFileResult>;
  printToPdf(request: PrintToPdfRequest): Promise<{ saved: boolean }>;
  appInfo(): Promise<AppInfo>;
  /** Open an https link in the system browser; the host asks the person first. */
  openExternal(url: string): Promise<boolean>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
