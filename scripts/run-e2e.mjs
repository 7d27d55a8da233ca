// `npm run test:e2e [-- playwright args]`: the end-to-end suite against the built renderer in the
// system's Chromium. Builds first when there is no build; skips (exit 0) without a browser, except in
// CI (`CI=true`), where a missing browser is a failure — a green CI run must mean the suite ran.
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { NO_BROWSER_HINT, chromePathProblem, findBrowser } from './find-browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = join(root, 'out', 'renderer', 'index.html');
// On Windows the local binaries are .cmd shims, which only a shell can run.
const shell = process.platform === 'win32';

/**
 * The project's own copy of a tool. Not `npx`: it would fetch a missing tool from the registry,
 * and it reads flags such as `-b` as its own unless told otherwise.
 * @param {string} name
 */
export function localBin(name) {
  return join(root, 'node_modules', '.bin', shell ? `${name}.cmd` : name);
}

export const SKIP_MESSAGE = `e2e: skipped — ${NO_BROWSER_HINT}`;

/**
 * Exit code for a run that found no browser: 0 locally (a person without Chromium can still run
 * `npm test`), 1 in CI.
 * @param {Record<string, string | undefined>} env
 */
export function exitCodeWithoutBrowser(env) {
  return env.CI === 'true' ? 1 : 0;
}

/**
 * @param {string[]} playwrightArgs
 * @returns {number} the exit code
 */
/** Whether `require('electron')` gives a binary that exists (the npm package alone does not). */
function electronBinaryInstalled() {
  try {
    const path = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path);
  } catch {
    return false;
  }
}

export function runE2e(playwrightArgs) {
  const problem = chromePathProblem();
  if (problem) console.warn(`e2e: ${problem}`);
  const browser = findBrowser();
  if (!browser) {
    console.log(SKIP_MESSAGE);
    return exitCodeWithoutBrowser(process.env);
  }

  if (existsSync(builtIndex)) {
    // A stale build tests yesterday's app; say which one is used.
    const built = statSync(builtIndex).mtime.toISOString();
    console.log(
      `e2e: using the existing build (out/renderer, built ${built}); npm run build to refresh`,
    );
  } else {
    console.log('e2e: out/renderer/index.html is missing; building with electron-vite');
    const build = spawnSync(localBin('electron-vite'), ['build'], {
      cwd: root,
      stdio: 'inherit',
      shell,
    });
    if (build.status !== 0 || !existsSync(builtIndex)) {
      console.error('e2e: the build failed; not running the end-to-end tests');
      return build.status || 1;
    }
  }

  console.log(`e2e: browser ${browser}`);
  if (!electronBinaryInstalled()) {
    console.log(
      'e2e-electron: skipped — no Electron binary installed (the electron package downloads it from GitHub, unreachable here); the Chromium suite covers the renderer',
    );
  }
  const run = spawnSync(localBin('playwright'), ['test', ...playwrightArgs], {
    cwd: root,
    stdio: 'inherit',
    shell,
    // The config finds the browser again; passing the choice keeps both in agreement.
    env: { ...process.env, CHROME_PATH: browser },
  });
  if (run.error) {
    console.error(`e2e: could not start Playwright: ${run.error.message}`);
    return 1;
  }
  // A signal (e.g. the OOM killer) leaves status null: that is a failure, not a pass.
  return run.status ?? 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = runE2e(process.argv.slice(2));
}
