import { app } from 'electron';
import { APP_ORIGIN } from '../../shared/ipc';

/**
 * `scheme://host[:port]` of a URL, or null when it does not parse. WHATWG `URL.origin` is the
 * string "null" for custom schemes such as `app:`, so it cannot be used to compare app origins.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.host === '') return null;
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/**
 * The electron-vite dev server origin — trusted only in an unpackaged app, so a packaged build can
 * never be pointed at a web page through the environment.
 */
export function devRendererOrigin(): string | null {
  const url = process.env['ELECTRON_RENDERER_URL'];
  if (app.isPackaged || !url) return null;
  return originOf(url);
}

/** Origins whose pages are the app itself: app:// always, the dev server only in development. */
export function trustedOrigins(): string[] {
  const dev = devRendererOrigin();
  return dev ? [APP_ORIGIN, dev] : [APP_ORIGIN];
}

export function isTrustedUrl(url: string): boolean {
  const origin = originOf(url);
  return origin !== null && trustedOrigins().includes(origin);
}
