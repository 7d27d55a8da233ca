import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { protocol, resetFakeElectron } from './fakeElectron';
import {
  createAppProtocolHandler,
  registerAppScheme,
  serveAppProtocol,
} from '../../electron/main/protocol';

vi.mock('electron', () => import('./fakeElectron'));

let base = '';
let root = '';
let serve: (request: Request) => Promise<Response>;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'pilot-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Pilot Portfolio</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'worker.mjs'), 'self.onmessage = () => {}');
  await writeFile(join(root, 'assets', 'app.css'), 'body{}');
  await writeFile(join(root, 'assets', 'inter.woff2'), 'w');
  await writeFile(join(root, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(join(root, 'assets', 'data.bin'), 'b');
  // A secret just outside the served folder, the target of every traversal attempt below.
  await writeFile(join(base, 'secret.txt'), 'secret');
  serve = createAppProtocolHandler(root);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

beforeEach(() => resetFakeElectron());

function get(url: string, method = 'GET'): Promise<Response> {
  return serve(new Request(url, { method }));
}

describe('app:// scheme', () => {
  it('is registered privileged (standard, secure, fetch) before ready', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      {
        scheme: 'app',
        privileges: expect.objectContaining({
          standard: true,
          secure: true,
          supportFetchAPI: true,
        }),
      },
    ]);
  });

  it('is served by the handler for the renderer folder', async () => {
    serveAppProtocol(root);
    const handler = protocol.handlers.get('app');
    if (!handler) throw new Error('app:// was not handled');
    const response = await handler(new Request('app://pilot-portfolio/index.html'));
    expect(await response.text()).toContain('<title>Pilot Portfolio</title>');
  });
});

describe('serving files', () => {
  it.each([
    ['app://pilot-portfolio/', 'text/html; charset=utf-8'],
    ['app://pilot-portfolio/index.html', 'text/html; charset=utf-8'],
    ['app://pilot-portfolio/assets/app.js', 'text/javascript; charset=utf-8'],
    ['app://pilot-portfolio/assets/worker.mjs', 'text/javascript; charset=utf-8'],
    ['app://pilot-portfolio/assets/app.css', 'text/css; charset=utf-8'],
    ['app://pilot-portfolio/assets/inter.woff2', 'font/woff2'],
    ['app://pilot-portfolio/assets/logo.svg', 'image/svg+xml'],
    ['app://pilot-portfolio/assets/data.bin', 'application/octet-stream'],
  ])('%s is served as %s with the CSP header', async (url, type) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('a hash route still serves index.html (the router reads the hash)', async () => {
    const response = await get('app://pilot-portfolio/index.html#/pilots/42');
    expect(await response.text()).toContain('Pilot Portfolio');
  });

  it('HEAD gives headers without a body; other methods are refused', async () => {
    const head = await get('app://pilot-portfolio/assets/app.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('14');
    expect(await head.text()).toBe('');
    expect((await get('app://pilot-portfolio/index.html', 'POST')).status).toBe(405);
  });

  it('a missing file is a 404 that still carries the CSP', async () => {
    const response = await get('app://pilot-portfolio/assets/nope.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('a folder is not served', async () => {
    expect((await get('app://pilot-portfolio/assets')).status).toBe(404);
  });

  it('another host on the scheme is not served', async () => {
    expect((await get('app://other/index.html')).status).toBe(404);
  });
});

describe('path traversal is refused', () => {
  it.each([
    'app://pilot-portfolio/%2E%2E%2Fsecret.txt',
    'app://pilot-portfolio/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://pilot-portfolio/..%5csecret.txt',
    'app://pilot-portfolio/%2e%2e%5c%2e%2e%5csecret.txt',
    'app://pilot-portfolio/assets%2f..%2f..%2fsecret.txt',
    'app://pilot-portfolio/index.html%00.png',
    'app://pilot-portfolio/%E0%A4%A',
  ])('%s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('secret');
  });

  it.each([
    'app://pilot-portfolio/assets/../../secret.txt',
    'app://pilot-portfolio/%2e%2e/secret.txt',
    'app://pilot-portfolio/.%2E/.%2e/secret.txt',
  ])('%s is folded by URL parsing and stays inside the root', async (url) => {
    const response = await get(url);
    // The URL parser resolves these to /secret.txt inside the root, which does not exist there.
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });
});
