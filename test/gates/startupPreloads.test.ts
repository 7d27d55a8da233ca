// The built index.html asks for everything the first screen needs at once: the entry script, which
// draws it (renderer/firstScreen), every chunk that script imports, and the interface font. A chunk
// missing here is fetched only after the entry has been parsed — one more round trip before the
// first screen. The app's own chunks are not asked for: taking them in slowed the first screen.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const built = join(root, 'out', 'renderer');

function readBuilt(path: string): string {
  const file = join(built, path);
  if (!existsSync(file)) {
    throw new Error(
      `${file} is missing: npm test builds first; alone, run npx electron-vite build`,
    );
  }
  return readFileSync(file, 'utf8');
}

const links = (html: string, rel: string): string[] =>
  [...html.matchAll(new RegExp(`<link rel="${rel}"[^>]*href="\\./([^"]+)"`, 'g'))].map(
    (m) => m[1] ?? '',
  );

describe('the built index.html', () => {
  const html = readBuilt('index.html');
  const modules = links(html, 'modulepreload');

  it('draws the first screen from the entry script, and preloads what it imports, not the app', () => {
    const entry = /<script type="module" crossorigin src="\.\/(assets\/index-[\w-]+\.js)">/.exec(
      html,
    )?.[1];
    expect(entry).toBeDefined();
    const code = readBuilt(entry ?? '');
    // The first screen's own mark (FirstScreenView.tsx) and its reading of IndexedDB.
    expect(code).toContain('data-first-screen');
    expect(code).toContain('indexedDB.open');
    expect(existsSync(join(built, 'assets'))).toBe(true);
    expect(modules.some((href) => /^assets\/(renderApp|beginStartup|startup)-/.test(href))).toBe(
      false,
    );
    const imported = [
      ...code.matchAll(/(?:^|[;\s}])import\s*[^"'()]*?from\s*"\.\/([\w.-]+\.js)"/g),
    ].map((m) => `assets/${m[1] ?? ''}`);
    for (const href of imported) expect(modules).toContain(href);
    for (const href of modules) expect(existsSync(join(built, href))).toBe(true);
  });

  it('preloads the Latin files of the interface font, as fonts (CORS, woff2)', () => {
    const fonts = links(html, 'preload');
    expect(fonts).toHaveLength(2);
    for (const href of fonts) {
      expect(href).toMatch(/^assets\/inter-latin(-ext)?-wght-normal-[\w-]+\.woff2$/);
      expect(existsSync(join(built, href))).toBe(true);
    }
    expect(html).toMatch(/<link rel="preload" as="font" type="font\/woff2" crossorigin href=/);
  });
});
