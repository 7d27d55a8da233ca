import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

export type WindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'>;

/**
 * The only `new BrowserWindow` in the app, so every window — the main one and the hidden print
 * window — gets the same locked-down renderer. The values are literal on purpose: Electronegativity
 * reads them from this call.
 */
export function createSecureWindow(options: WindowOptions, preload?: string): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Middle-click (auxclick) can open links in ways the window-open handler never sees.
      disableBlinkFeatures: 'Auxclick',
      preload, // eng-disable PRELOAD_JS_CHECK — our own bundled, sandboxed, context-isolated preload that exposes named functions only
    },
  });
}
