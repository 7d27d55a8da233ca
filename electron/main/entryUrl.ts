import { app } from 'electron';
import { APP_ORIGIN } from '../../shared/ipc';

/**
 * Where the renderer is loaded from. Always the privileged app:// origin in a packaged app — IndexedDB
 * lives per origin, so the origin must never change between releases. In development
 * (`electron-vite dev` sets ELECTRON_RENDERER_URL) the dev server is used for hot reload.
 */
export function rendererEntryUrl(): string {
  const devUrl = process.env['ELECTRON_RENDERER_URL'];
  if (!app.isPackaged && devUrl) return devUrl.replace(/\/+$/, '') + '/index.html';
  return `${APP_ORIGIN}/index.html`;
}
