// The built index.html asks for everything the first screen needs at once: the first screen's
// chunk (renderer/firstScreen), every chunk it imports, and the interface font. A chunk missing
// here is fetched only after that chunk has been parsed — one more round trip before the first
// screen. The app's own chunks are not asked for: taking them in slowed the first screen down.
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

  it('preloads the first screen’s chunk and every chunk it imports statically, not the app’s', () => {
    const first = modules.find((href) => /^assets\/mountFirstScreen-[\w-]+\.js$/.test(href));
    expect(first).toBeDefined();
    expect(modules.some((href) => /^assets\/renderApp-/.test(href))).toBe(false);
    const code = readBuilt(first ?? '');
    const imported = [...code.matchAll(/(?:^|[;\s}])import\s*[^"'()]*?from\s*"\.\/([\w.-]+\.js)"/g)]
      .map((m) => `assets/${m[1] ?? ''}`)
      .filter((href) => !/^assets\/index-[\w-]+\.js$/.test(href));
    expect(imported.length).toBeGreaterThan(0);
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
