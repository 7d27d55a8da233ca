import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

const root = dirname(fileURLToPath(import.meta.url));
const sharedAlias = { '@shared': resolve(root, 'shared') };

/**
 * renderer/main.tsx starts opening the databases, then imports the app (renderApp.tsx). A
 * modulepreload link lets the browser fetch and compile the app's chunk meanwhile, instead of
 * only once main.tsx has run.
 */
function preloadAppChunk(): Plugin {
  return {
    name: 'preload-app-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) =>
            c.type === 'chunk' && c.isDynamicEntry && c.facadeModuleId?.endsWith('renderApp.tsx'),
        );
        if (!chunk) throw new Error('preload-app-chunk: no renderApp chunk in the build');
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` },
            injectTo: 'head',
          },
        ];
      },
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
      ],
    },
    plugins: [react(), preloadAppChunk()],
    server: { port: 5183, strictPort: true },
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified; browser mode and first paint want it small.
      minify: true,
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
    },
    worker: { format: 'es' },
  },
});
