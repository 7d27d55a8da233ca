// `npm run dev`: electron-vite's dev mode with hot reload — the desktop app when an Electron binary
// is installed, otherwise only the renderer's dev server, to open in a browser.
import {
  ROOT,
  electronEnv,
  ensureElectronBinary,
  runForwarding,
  unavailableNote,
} from './start.mjs';

const isWindows = process.platform === 'win32';

/**
 * The renderer dev server alone, from the renderer section of electron.vite.config.ts. Not
 * `electron-vite dev --rendererOnly`: in electron-vite 6 that flag only skips building main and
 * preload, then still launches Electron and dies when there is none.
 */
async function serveRendererOnly() {
  const { resolveConfig } = await import('electron-vite');
  const { createServer } = await import('vite');
  // electron-vite sets this for its own plugins before resolving a dev config.
  process.env.NODE_ENV_ELECTRON_VITE = 'development';
  const resolved = await resolveConfig({ root: ROOT }, 'serve', 'development');
  const rendererConfig = resolved.config?.renderer;
  if (!rendererConfig) throw new Error('electron.vite.config.ts has no renderer section');
  const server = await createServer(rendererConfig);
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? `http://localhost:${server.config.server.port}/`;
  console.log(unavailableNote(`serving the renderer with hot reload at ${url}`));
  const stop = () => {
    server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (ensureElectronBinary()) {
  runForwarding('npx', ['electron-vite', 'dev'], {
    cwd: ROOT,
    env: electronEnv(),
    shell: isWindows,
  });
} else {
  serveRendererOnly().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
