import Dexie from 'dexie';

/**
 * Dexie turns its debug mode on by itself on any page served from localhost or 127.0.0.1 — the
 * browser build `npm start` serves where Electron is missing, the end-to-end tests, the benchmarks
 * — and in it wraps every query in a DevTools console task (an async stack trace), which costs
 * each query some of its time. A production build runs the same way wherever it is served, as it
 * does from the desktop app's app:// scheme; the development server keeps Dexie's own choice.
 */
export function applyDexieMode(production: boolean): void {
  if (production) Dexie.debug = false;
}

applyDexieMode(import.meta.env.PROD);
