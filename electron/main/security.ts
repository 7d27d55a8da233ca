import { BrowserWindow, type Session, type WebContents } from 'electron';
import { openExternalAfterConfirm } from './externalLinks';
import { isTrustedUrl } from './origins';

/**
 * Deny every permission (camera, microphone, notifications, geolocation, HID, serial, USB, …): the
 * app needs none, and a page that asks is either a bug or an attack.
 */
export function denyAllPermissions(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

interface NavigationEvent {
  url: string;
  preventDefault(): void;
}

function keepOnAppOrigin(event: NavigationEvent): void {
  if (!isTrustedUrl(event.url)) event.preventDefault();
}

/**
 * Keep a webContents on the app: no navigation or redirect to another origin, no new windows (an
 * https link may open in the system browser after the person confirms), no <webview>.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => keepOnAppOrigin(event));
  contents.on('will-redirect', (event) => keepOnAppOrigin(event));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalAfterConfirm(url, BrowserWindow.fromWebContents(contents)).catch(
      (error: unknown) => console.error('Could not open an external link', error),
    );
    return { action: 'deny' };
  });
}
