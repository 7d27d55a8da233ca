// Finds a Chromium-family browser for the end-to-end tests and benchmarks.
// Playwright's own browser download is not available on our machines, so we drive whatever
// Chromium, Chrome or Edge the system already has. Run directly to see which one is picked:
//   node scripts/find-browser.mjs        → prints the path, exit 0; or a hint on stderr, exit 1
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Names looked up on PATH after the fixed locations (Homebrew, Nix, snaps, custom prefixes). */
const PATH_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'chrome',
  'microsoft-edge',
];

/**
 * The fixed locations to try, in order, for a platform. Distribution Chromium comes first because
 * it is what CI installs (`apt-get install chromium`); branded builds follow.
 * @param {NodeJS.Platform} platform
 * @param {Record<string, string | undefined>} env
 * @returns {string[]}
 */
export function candidatePaths(platform, env) {
  if (platform === 'darwin') {
    const home = env.HOME ?? '';
    const apps = [
      'Chromium.app/Contents/MacOS/Chromium',
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
    return [
      ...apps.map((app) => `/Applications/${app}`),
      ...(home ? apps.map((app) => `${home}/Applications/${app}`) : []),
    ];
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(
      (root) => typeof root === 'string' && root.length > 0,
    );
    const tails = [
      'Chromium\\Application\\chrome.exe',
      'Google\\Chrome\\Application\\chrome.exe',
      'Microsoft\\Edge\\Application\\msedge.exe',
    ];
    return roots.flatMap((root) => tails.map((tail) => `${root}\\${tail}`));
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
  ];
}

/** @param {string} file */
function isExecutableFile(file) {
  try {
    if (!statSync(file).isFile()) return false;
    // Windows has no execute bit; existence is the best we can check there.
    if (process.platform !== 'win32') accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * @typedef {object} FindBrowserOptions
 * @property {Record<string, string | undefined>} [env]
 * @property {NodeJS.Platform} [platform]
 * @property {(file: string) => boolean} [isExecutable]
 */

/**
 * Returns the absolute path of the first usable browser, or null.
 * `CHROME_PATH` wins when it points at an executable file; when it is set but wrong it is ignored
 * (see `chromePathProblem`) so a stale variable does not hide an installed browser.
 * @param {FindBrowserOptions} [options]
 * @returns {string | null}
 */
export function findBrowser(options = {}) {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const isExecutable = options.isExecutable ?? isExecutableFile;

  const fromEnv = env.CHROME_PATH;
  if (fromEnv && isExecutable(fromEnv)) return fromEnv;

  for (const file of candidatePaths(platform, env)) {
    if (isExecutable(file)) return file;
  }

  const pathSeparator = platform === 'win32' ? ';' : delimiter;
  const suffix = platform === 'win32' ? '.exe' : '';
  for (const dir of (env.PATH ?? '').split(pathSeparator).filter(Boolean)) {
    for (const name of PATH_NAMES) {
      const file = join(dir, name + suffix);
      if (isExecutable(file)) return file;
    }
  }
  return null;
}

/**
 * A sentence explaining why `CHROME_PATH` was not used, or null when it is unset or usable.
 * @param {FindBrowserOptions} [options]
 * @returns {string | null}
 */
export function chromePathProblem(options = {}) {
  const env = options.env ?? process.env;
  const isExecutable = options.isExecutable ?? isExecutableFile;
  const fromEnv = env.CHROME_PATH;
  if (!fromEnv || isExecutable(fromEnv)) return null;
  return `CHROME_PATH=${fromEnv} is not an executable file; ignoring it.`;
}

export const NO_BROWSER_HINT =
  'no Chromium-family browser found (set CHROME_PATH or apt-get install chromium)';

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const problem = chromePathProblem();
  if (problem) console.error(problem);
  const found = findBrowser();
  if (found) {
    console.log(found);
  } else {
    console.error(NO_BROWSER_HINT);
    process.exitCode = 1;
  }
}
