import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { APP_HOST, APP_SCHEME } from '../../shared/ipc';
import { mimeTypeFor } from './mimeTypes';

/**
 * Declare app:// privileged. Must run before `ready`. `standard` gives it real origins and relative
 * URL resolution, `secure` a secure context (IndexedDB, crypto.subtle), `supportFetchAPI` lets the
 * renderer fetch its own assets, `codeCache` keeps startup fast.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
} as const;

function refuse(status: 400 | 403 | 404 | 405, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * Map a request path to a file inside `root`, or null when it would leave `root`. URL parsing already
 * folds literal `..` segments, but percent-encoded ones (`%2e%2e%2f`) and encoded separators only
 * appear after decoding, so the decoded path is resolved and checked against the root.
 */
export function resolveInsideRoot(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const wanted = decoded === '/' || decoded === '' ? '/index.html' : decoded;
  const file = resolve(root, '.' + wanted.replace(/\\/g, '/'));
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return file;
}

/** The app:// request handler: serves files from `rootDir` with the app's CSP on every response. */
export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  const root = resolve(rootDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Not allowed');
    const url = new URL(request.url);
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refuse(404, 'Not found');
    const file = resolveInsideRoot(root, url.pathname);
    if (file === null) return refuse(403, 'Forbidden');
    try {
      const info = await stat(file);
      if (!info.isFile()) return refuse(404, 'Not found');
      const body = request.method === 'HEAD' ? null : await readFile(file);
      return new Response(body, {
        status: 200,
        headers: {
          ...SECURITY_HEADERS,
          'Content-Type': mimeTypeFor(file),
          'Content-Length': String(info.size),
        },
      });
    } catch {
      return refuse(404, 'Not found');
    }
  };
}

/** Serve the built renderer on app://pilot-portfolio/. Call after `ready`. */
export function serveAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rootDir));
}
