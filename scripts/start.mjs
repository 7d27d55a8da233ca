// `npm start`: run Pilot Portfolio. Builds first when the build is missing or older than the
// sources; then starts the desktop app if an Electron binary is installed, otherwise serves the very
// same build to the browser on a fixed local address.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Same value as BROWSER_MODE_PORT in shared/ipc.ts (a test keeps them equal). Fixed on purpose:
 * IndexedDB belongs to an origin, so a different port would show an empty portfolio.
 */
export const BROWSER_MODE_PORT = 5174;
export const BROWSER_MODE_URL = `http://127.0.0.1:${BROWSER_MODE_PORT}/`;

/** Inputs of the build; a change to any of them makes `out/` stale. */
const BUILD_INPUTS = ['electron', 'renderer', 'shared', 'electron.vite.config.ts', 'package.json'];
/** Outputs the app needs; a missing one means the build must run. */
const BUILD_OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

const isWindows = process.platform === 'win32';

/** One line, for when the desktop app cannot start here. */
export function unavailableNote(what) {
  return `Electron is not available here (its binary could not be downloaded); ${what} instead.`;
}

function newestMtime(path) {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  // Files only: a folder's own time moves whenever an editor drops a swap file in it.
  let newest = 0;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, name)));
  }
  return newest;
}

/** True when a build output is missing or older than any build input. */
export function needsBuild(root = ROOT) {
  const outputs = BUILD_OUTPUTS.map((file) =>
    statSync(join(root, file), { throwIfNoEntry: false }),
  );
  if (outputs.some((info) => !info)) return true;
  const oldestOutput = Math.min(...outputs.map((info) => info.mtimeMs));
  const newestInput = Math.max(...BUILD_INPUTS.map((input) => newestMtime(join(root, input))));
  return newestInput > oldestOutput;
}

/**
 * The Electron executable, or null. Same lookup as node_modules/electron/index.js, but without
 * `require`, whose cache would hide a binary downloaded a moment ago.
 */
export function electronBinaryPath(root = ROOT) {
  const packageDir = join(root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!executable && !override) return null;
  const binary = override
    ? join(override, executable || 'electron')
    : join(packageDir, 'dist', executable);
  return existsSync(binary) ? binary : null;
}

/**
 * The binary, fetching it once if needed: npm 11 does not run install scripts by default, so the
 * `electron` package is often there without its binary. Offline, the attempt fails in well under a
 * second; the timeout bounds a slow or hanging network.
 */
export function ensureElectronBinary(root = ROOT) {
  const found = electronBinaryPath(root);
  if (found) return found;
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  if (existsSync(installer)) {
    spawnSync(process.execPath, [installer], { cwd: root, stdio: 'ignore', timeout: 60_000 });
  }
  return electronBinaryPath(root);
}

/** Environment for a child Electron: never as plain Node, never pointed at a dev server. */
export function electronEnv() {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.ELECTRON_RENDERER_URL;
  return env;
}

/** Run `command`, passing Ctrl+C on to it and leaving with its exit code. */
export function runForwarding(command, args, options = {}) {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function serveInBrowser() {
  const { serveStatic } = await import('./serve-static.mjs');
  let server;
  try {
    server = await serveStatic({ root: join(ROOT, 'out', 'renderer'), port: BROWSER_MODE_PORT });
  } catch (error) {
    if (error && error.code === 'EADDRINUSE') {
      console.error(
        `Port ${BROWSER_MODE_PORT} is already in use — is Pilot Portfolio running in another terminal? ` +
          'The port is fixed because your data is stored per address.',
      );
      process.exit(1);
    }
    throw error;
  }
  console.log(unavailableNote(`serving the same app at ${BROWSER_MODE_URL}`));
  const stop = () => {
    server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main() {
  if (needsBuild()) {
    const build = spawnSync('npx', ['electron-vite', 'build'], {
      cwd: ROOT,
      stdio: 'inherit',
      shell: isWindows,
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const electron = ensureElectronBinary();
  if (electron) {
    runForwarding(electron, [ROOT], { env: electronEnv() });
  } else {
    await serveInBrowser();
  }
}

// Run only as a script: tests and scripts/dev.mjs import the helpers above.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
