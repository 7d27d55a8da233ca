import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

interface Served {
  url: string;
  close: () => Promise<void>;
}
interface ServeStaticModule {
  serveStatic(options: { root: string; port?: number }): Promise<Served>;
}

const root = join(import.meta.dirname, '..', '..');
let serveStatic: ServeStaticModule['serveStatic'];
let dir = '';
let served: Served | undefined;

beforeAll(async () => {
  const module = (await import(
    pathToFileURL(join(root, 'scripts', 'serve-static.mjs')).href
  )) as ServeStaticModule;
  serveStatic = module.serveStatic;
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pilot-serve-'));
});
afterEach(async () => {
  await served?.close();
  served = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe('browser mode’s static server (scripts/serve-static.mjs)', () => {
  it('lets the browser revalidate a file it has: 304 while unchanged, the new file once rebuilt', async () => {
    const file = join(dir, 'app.js');
    writeFileSync(file, 'export const a = 1;');
    utimesSync(file, new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'));
    served = await serveStatic({ root: dir });

    const first = await fetch(`${served.url}app.js`);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    expect(await first.text()).toBe('export const a = 1;');

    const again = await fetch(`${served.url}app.js`, { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(again.headers.get('content-security-policy')).toContain("default-src 'self'");

    writeFileSync(file, 'export const a = 22;');
    const rebuilt = await fetch(`${served.url}app.js`, {
      headers: { 'If-None-Match': etag ?? '' },
    });
    expect(rebuilt.status).toBe(200);
    expect(rebuilt.headers.get('etag')).not.toBe(etag);
    expect(await rebuilt.text()).toBe('export const a = 22;');
  });

  it('answers a malformed path with 400 and goes on serving', async () => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    served = await serveStatic({ root: dir });
    expect((await fetch(`${served.url}%`)).status).toBe(400);
    expect((await fetch(`${served.url}%E0%A4%A`)).status).toBe(400);
    expect((await fetch(`${served.url}index.html`)).status).toBe(200);
  });
});
