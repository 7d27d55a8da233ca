// Builds the pages `npm run bench` needs besides the app (the seeding page, the blank React
// baseline, the IndexedDB read and papaparse baselines) with the same Vite, React plugin and minifier as the app, into out/bench/pages.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const bench = dirname(fileURLToPath(import.meta.url));
const root = resolve(bench, '..');

export default defineConfig({
  root: resolve(bench, 'pages'),
  // Relative asset URLs, like the app, so the pages work under any path of the static server.
  base: './',
  resolve: { alias: { '@shared': resolve(root, 'shared') } },
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: resolve(root, 'out/bench/pages'),
    emptyOutDir: true,
    minify: true,
    rollupOptions: {
      input: {
        seed: resolve(bench, 'pages/seed/index.html'),
        blank: resolve(bench, 'pages/blank/index.html'),
        read: resolve(bench, 'pages/read/index.html'),
        papaparse: resolve(bench, 'pages/papaparse/index.html'),
      },
    },
  },
});
