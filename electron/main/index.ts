import { app, session, type BrowserWindow } from 'electron';
import { rendererRoot } from './appPaths';
import { registerIpcHandlers } from './handlers';
import { installApplicationMenu } from './menu';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { denyAllPermissions, hardenWebContents } from './security';
import { claimSingleInstance } from './singleInstance';
import { pinUserDataPath } from './userData';
import { createMainWindow } from './window';

// Before `ready`: Chromium fixes the profile folder and the privileged schemes at startup.
pinUserDataPath();
registerAppScheme();
// Every renderer sandboxed, including any a library might create without asking.
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;

function openMainWindow(): void {
  mainWindow = createMainWindow();
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

if (!claimSingleInstance(() => mainWindow)) {
  app.quit();
} else {
  // Applied to every webContents the app ever creates, so no window can be left unguarded.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('session-created', (created) => denyAllPermissions(created));

  app.on('window-all-closed', () => {
    // macOS apps stay running without windows until the person quits.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) openMainWindow();
  });

  app
    .whenReady()
    .then(() => {
      denyAllPermissions(session.defaultSession);
      serveAppProtocol(rendererRoot());
      registerIpcHandlers();
      installApplicationMenu({ isPackaged: app.isPackaged, platform: process.platform });
      openMainWindow();
    })
    .catch((error: unknown) => {
      console.error('Pilot Portfolio could not start', error);
      app.exit(1);
    });
}
