import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BROWSER_MODE_PORT } from '../../shared/ipc';

interface StartScript {
  BROWSER_MODE_PORT: number;
  BROWSER_MODE_URL: string;
  needsBuild(root: string): boolean;
  electronBinaryPath(root: string): string | null;
  unavailableNote(what: string): string;
}

const root = join(import.meta.dirname, '..', '..');
let start: StartScript;
let dir = '';

beforeAll(async () => {
  // Importing must not start anything: the script runs only when it is the entry point.
  start = (await import(pathToFileURL(join(root, 'scripts', 'start.mjs')).href)) as StartScript;
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pilot-start-'));
  delete process.env['ELECTRON_OVERRIDE_DIST_PATH'];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string, content = 'x', mtimeSeconds = 1_000_000): void {
  const full = join(dir, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, content);
  utimesSync(full, mtimeSeconds, mtimeSeconds);
}

describe('npm start', () => {
  it('serves browser mode on the same fixed port the app declares', () => {
    expect(start.BROWSER_MODE_PORT).toBe(BROWSER_MODE_PORT);
    expect(start.BROWSER_MODE_URL).toBe(`http://127.0.0.1:${BROWSER_MODE_PORT}/`);
  });

  it('says in one line why it falls back to the browser', () => {
    const note = start.unavailableNote(`serving the same app at ${start.BROWSER_MODE_URL}`);
    expect(note).toBe(
      'Electron is not available here (its binary could not be downloaded); serving the same app at http://127.0.0.1:5174/ instead.',
    );
    expect(note).not.toContain('\n');
  });

  describe('deciding whether to build', () => {
    function writeBuild(mtime: number): void {
      for (const out of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
        write(out, 'x', mtime);
      }
    }

    it('builds when there is no build', () => {
      write('electron/main/index.ts');
      expect(start.needsBuild(dir)).toBe(true);
    });

    it('builds when one output is missing', () => {
      writeBuild(2_000_000);
      rmSync(join(dir, 'out/preload/index.cjs'));
      expect(start.needsBuild(dir)).toBe(true);
    });

    it('does not build when every output is newer than every source', () => {
      write('electron/main/index.ts', 'x', 1_000_000);
      write('renderer/app/App.tsx', 'x', 1_500_000);
      write('package.json', '{}', 1_000_000);
      writeBuild(2_000_000);
      expect(start.needsBuild(dir)).toBe(false);
    });

    it('builds when a source changed after the build', () => {
      writeBuild(2_000_000);
      write('shared/model/pilot.ts', 'x', 2_500_000);
      expect(start.needsBuild(dir)).toBe(true);
    });
  });

  describe('finding the Electron binary', () => {
    it('finds none when the package was installed without its binary (as here)', () => {
      write('node_modules/electron/index.js', 'module.exports = 1');
      expect(start.electronBinaryPath(dir)).toBeNull();
    });

    it('finds none when path.txt names a binary that is not there', () => {
      write('node_modules/electron/path.txt', 'electron');
      expect(start.electronBinaryPath(dir)).toBeNull();
    });

    it('finds the binary that path.txt names', () => {
      write('node_modules/electron/path.txt', 'electron\n');
      write('node_modules/electron/dist/electron', '#!/bin/sh');
      expect(start.electronBinaryPath(dir)).toBe(join(dir, 'node_modules/electron/dist/electron'));
    });

    it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', () => {
      write('custom/electron', '#!/bin/sh');
      process.env['ELECTRON_OVERRIDE_DIST_PATH'] = join(dir, 'custom');
      expect(start.electronBinaryPath(dir)).toBe(join(dir, 'custom', 'electron'));
    });
  });
});
