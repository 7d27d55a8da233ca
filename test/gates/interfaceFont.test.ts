// The interface font's faces are split in two (renderer/styles/fonts): the Latin ones in the first
// screen's styles, the other scripts' with the app's code. Together they must be the package's
// faces, unchanged; and the first screen's stylesheet must declare only the Latin ones (each face
// declared costs its first layout).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const read = (...path: string[]) => readFileSync(join(root, ...path), 'utf8');

/** A unicode-range as code point spans, however it is written ("U+00??", "U+0000-00FF", "U+FF"). */
const spans = (range: string) =>
  range
    .split(',')
    .map((item) => {
      const code = item.trim().toUpperCase().replace(/^U\+/, '');
      const [low = '', high = low] = code.includes('?')
        ? [code.replaceAll('?', '0'), code.replaceAll('?', 'F')]
        : code.split('-');
      return `${parseInt(low, 16)}-${parseInt(high, 16)}`;
    })
    .join(',');

/** Each @font-face as "file name: unicode-range", the rest of its declarations checked alike. */
function faces(css: string): string[] {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, body = '']) => {
    const file = /url\([^)]*?(inter-[a-z-]+?-wght-normal)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+)/.exec(body)?.[1];
    expect(body).toMatch(/font-family:\s*['"]?Inter Variable/);
    expect(body).toMatch(/font-weight:\s*100 900/);
    expect(body).toMatch(/font-display:\s*swap/);
    return `${file ?? '?'}: ${range ? spans(range) : '?'}`;
  });
}

describe('the interface font', () => {
  const latin = faces(read('renderer', 'styles', 'fonts', 'interLatin.css'));
  const others = faces(read('renderer', 'styles', 'fonts', 'interOtherScripts.css'));

  it('declares every face of the package, once, in one of its two files', () => {
    const all = faces(read('node_modules', '@fontsource-variable', 'inter', 'index.css'));
    expect([...latin, ...others].sort()).toEqual([...all].sort());
    expect(latin.map((face) => face.split(':')[0]).sort()).toEqual([
      'inter-latin-ext-wght-normal',
      'inter-latin-wght-normal',
    ]);
  });

  it('gives the first screen’s stylesheet the Latin faces only', () => {
    const built = join(root, 'out', 'renderer');
    if (!existsSync(built)) throw new Error(`${built} is missing: npm test builds first`);
    const html = readFileSync(join(built, 'index.html'), 'utf8');
    const sheet = /<link rel="stylesheet"[^>]*href="\.\/(assets\/index-[\w-]+\.css)"/.exec(
      html,
    )?.[1];
    expect(sheet).toBeDefined();
    expect(faces(readFileSync(join(built, sheet ?? ''), 'utf8')).sort()).toEqual([...latin].sort());
    const laterSheets = readdirSync(join(built, 'assets')).filter(
      (name) => name.endsWith('.css') && `assets/${name}` !== sheet,
    );
    const later = laterSheets.flatMap((name) =>
      faces(readFileSync(join(built, 'assets', name), 'utf8')),
    );
    expect(later.sort()).toEqual([...others].sort());
  });
});
