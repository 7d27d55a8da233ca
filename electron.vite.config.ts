import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

const root = dirname(fileURLToPath(import.meta.url));
const sharedAlias = { '@shared': resolve(root, 'shared') };

/**
 * renderer/main.tsx draws the first screen (renderer/firstScreen, in the same chunk), then begins
 * start-up and loads the app (renderApp.tsx). Modulepreload links let the browser fetch and compile
 * the chunks the entry imports statically while the entry itself loads, instead of only once it
 * has been parsed. The app's own chunks are not preloaded: taking them in (their code caches read
 * on the main thread) while the first screen was being drawn delayed it, and the app itself too
 * (A/B, 11 loads each: first screen 404 → 349 ms, the app's own shell 760 → 660 ms without them).
 */
function preloadFirstScreen(): Plugin {
  return {
    name: 'preload-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        // The page's entry chunk: main.tsx, and the first screen with it.
        const entry = ctx.chunk;
        if (!entry) throw new Error('preload-first-screen: no entry chunk for index.html');
        if (!entry.moduleIds.some((id) => id.endsWith('firstScreen/mountFirstScreen.tsx'))) {
          throw new Error('preload-first-screen: the first screen is not in the entry chunk');
        }
        // Every chunk it imports, and theirs: else the browser discovers each only once the one
        // importing it has arrived and been parsed, and the entry waits one more round of fetches.
        const files = new Set<string>();
        const visit = (fileName: string) => {
          const c = ctx.bundle?.[fileName];
          if (!c || c.type !== 'chunk' || c.isEntry || files.has(fileName)) return;
          files.add(fileName);
          c.imports.forEach(visit);
        };
        entry.imports.forEach(visit);
        // The interface font's Latin files, which every first screen uses: fetched with the
        // scripts, the first layout already has them — no second layout and no visible swap from
        // the fallback font once they arrive.
        const fonts = Object.keys(ctx.bundle ?? {}).filter((name) =>
          /\/inter-latin(-ext)?-wght-normal-[\w-]+\.woff2$/.test(name),
        );
        if (fonts.length !== 2) {
          throw new Error('preload-first-screen: Inter Latin fonts not found');
        }
        return [
          ...[...files].map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` },
            injectTo: 'head' as const,
          })),
          ...fonts.map((fileName) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'font',
              type: 'font/woff2',
              crossorigin: true,
              href: `./${fileName}`,
            },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

/**
 * The chunks that are mostly Recharts carry V8's compile hint: their functions are compiled as the chunk streams in,
 * off the main thread, and kept in the code cache. Compiled lazily instead, the first chart a page
 * draws compiled most of Recharts as it went: a task ~20-40 ms longer than the charts after it.
 */
function eagerlyCompileRecharts(): Plugin {
  return {
    name: 'eagerly-compile-recharts',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const modules = Object.entries(chunk.modules);
        const size = (list: typeof modules) => list.reduce((n, [, m]) => n + m.renderedLength, 0);
        const recharts = size(modules.filter(([id]) => id.includes('/node_modules/recharts/')));
        // Mostly Recharts (its chart chunks), not a page that holds a few of its helpers.
        if (recharts === 0 || recharts < 0.4 * size(modules)) continue;
        chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        // A profiling build's map (PP_SOURCEMAP=1), emitted beside the chunk, starts one line
        // lower with the code.
        const map = bundle[`${chunk.fileName}.map`];
        if (map?.type === 'asset' && typeof map.source === 'string') {
          const parsed = JSON.parse(map.source) as { mappings: string };
          map.source = JSON.stringify({ ...parsed, mappings: `;${parsed.mappings}` });
        }
      }
    },
  };
}

export default defineConfig({
  main: {
    resolve: { alias: sharedAlias },
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    resolve: { alias: sharedAlias },
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        // Sandboxed preloads cannot `require` our own chunks, so the preload is one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    // Relative asset URLs: the same build works from app:// and from any static server root.
    base: './',
    resolve: {
      alias: [
        { find: '@shared', replacement: resolve(root, 'shared') },
        // exceljs's default browser build bundles polyfills; the "bare" build is the same library
        // without them, and it runs under the CSP (no eval; checked by the reports e2e test).
        { find: /^exceljs$/, replacement: 'exceljs/dist/exceljs.bare.min.js' },
        // React Router's package exports only its development build (dev warnings and checks on
        // every navigation and render: remix-run/react-router#14102); the production build is
        // the same code without them.
        {
          find: /^react-router$/,
          replacement: resolve(root, 'node_modules/react-router/dist/production/index.mjs'),
        },
      ],
    },
    plugins: [react(), preloadFirstScreen(), eagerlyCompileRecharts()],
    server: { port: 5183, strictPort: true },
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified; browser mode and first paint want it small.
      minify: true,
      // PP_SOURCEMAP=1 maps a build's CPU profile to sources (README, Performance); never shipped.
      sourcemap: process.env['PP_SOURCEMAP'] === '1',
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
    },
    worker: { format: 'es' },
  },
});
