import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const root = dirname(fileURLToPath(import.meta.url));
const sharedAlias = { '@shared': resolve(root, 'shared') };

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
    plugins: [react()],
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
