import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// Gates over the electron/ sources: a few dangerous calls may appear in exactly one reviewed file.

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(entry.name) ? [path] : [];
  });
}

interface Hit {
  file: string;
  line: number;
  text: string;
}

/** Every line of `files` matching `pattern`, with comments stripped so prose cannot match. */
export function findHits(
  files: ReadonlyArray<{ file: string; text: string }>,
  pattern: RegExp,
): Hit[] {
  return files.flatMap(({ file, text }) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
      .split('\n')
      .map((line, index) => ({ file, line: index + 1, text: line.replace(/\/\/.*$/, '') }))
      .filter((hit) => pattern.test(hit.text)),
  );
}

const electronSources = sourceFiles(join(root, 'electron')).map((path) => ({
  file: relative(root, path).split(sep).join('/'),
  text: readFileSync(path, 'utf8'),
}));

function filesWith(pattern: RegExp): string[] {
  return [...new Set(findHits(electronSources, pattern).map((hit) => hit.file))];
}

describe('electron/ source discipline', () => {
  it('the gate sees what it is meant to see (and ignores comments)', () => {
    const sample = [
      {
        file: 'x.ts',
        text: "// ipcMain.handle('a')\n/* ipcMain.on('b') */\nipcMain . handle('c', f);\n",
      },
    ];
    expect(findHits(sample, /\bipcMain\s*\.\s*(handle|on)\b/)).toEqual([
      { file: 'x.ts', line: 3, text: "ipcMain . handle('c', f);" },
    ]);
    expect(electronSources.length).toBeGreaterThan(10);
  });

  it('every ipcMain listener is registered by the validating wrapper in electron/main/ipc.ts', () => {
    const pattern = /\bipcMain\s*\.\s*(handle|handleOnce|on|once|addListener|prependListener)\b/;
    expect(filesWith(pattern)).toEqual(['electron/main/ipc.ts']);
    expect(findHits(electronSources, pattern)).toHaveLength(1);
  });

  it('shell.openExternal is called in one place only, behind the https + confirmation check', () => {
    expect(filesWith(/\bshell\s*\.\s*openExternal\b/)).toEqual(['electron/main/externalLinks.ts']);
    // Not even imported elsewhere (the IPC channel name 'shell:open-external' is not a use).
    expect(filesWith(/\bshell\b(?!:)/)).toEqual(['electron/main/externalLinks.ts']);
  });

  it('windows are created only by the locked-down factory', () => {
    expect(filesWith(/\bnew\s+BrowserWindow\b/)).toEqual(['electron/main/secureWindow.ts']);
    expect(filesWith(/\bnew\s+BrowserView\b|\bnew\s+WebContentsView\b/)).toEqual([]);
  });

  it('nothing turns security off or loosens the session', () => {
    const loosening =
      /nodeIntegration\s*:\s*true|contextIsolation\s*:\s*false|sandbox\s*:\s*false|webSecurity\s*:\s*false|allowRunningInsecureContent\s*:\s*true|ELECTRON_DISABLE_SECURITY_WARNINGS|setCertificateVerifyProc|certificate-error|appendSwitch|registerFileProtocol|loadFile\s*\(|file:\/\//;
    expect(findHits(electronSources, loosening)).toEqual([]);
  });

  it('the preload imports only electron and the shared IPC contract', () => {
    const preload = electronSources.filter((s) => s.file.startsWith('electron/preload/'));
    const imports = findHits(preload, /\bfrom\s+['"]/).map(
      (hit) => /from\s+['"]([^'"]+)['"]/.exec(hit.text)?.[1],
    );
    expect(new Set(imports)).toEqual(new Set(['electron', '../../shared/ipc']));
  });
});
