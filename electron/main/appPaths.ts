import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// At run time this module is bundled into out/main/index.js, so paths are relative to out/main.
const mainDir = dirname(fileURLToPath(import.meta.url));

/** The built renderer (out/renderer), served through app://. */
export function rendererRoot(): string {
  return join(mainDir, '..', 'renderer');
}

/** The sandboxed preload, bundled as one CommonJS file. */
export function preloadPath(): string {
  return join(mainDir, '..', 'preload', 'index.cjs');
}
