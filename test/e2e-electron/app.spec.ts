import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';

// The Electron app itself, driven by Playwright's `_electron`: only where an Electron binary
// exists. The npm package `electron` downloads it from GitHub at install time; without it,
// `require('electron')` throws, and these tests are reported as skipped with the reason.

const root = join(import.meta.dirname, '..', '..');

function electronBinary(): string | null {
  try {
    const path: unknown = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
test.skip(
  binary === null,
  'Electron binary not installed (it downloads from GitHub, unreachable here)',
);

test.describe.configure({ mode: 'serial' });

let app: ElectronApplication;
let page: Page;
let profile = '';

test.beforeAll(async () => {
  if (binary === null) return;
  expect(existsSync(join(root, 'out', 'main', 'index.js')), 'run `npm run build` first').toBe(true);
  // A throwaway app-data folder, so the run never touches the person's real portfolio.
  profile = mkdtempSync(join(tmpdir(), 'pilot-electron-e2e-'));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RENDERER_URL' && key !== 'ELECTRON_RUN_AS_NODE') {
      env[key] = value;
    }
  }
  app = await electron.launch({
    executablePath: binary,
    // Chromium refuses to start as root with its OS sandbox; the renderer sandbox still applies.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), root],
    env: { ...env, XDG_CONFIG_HOME: profile, APPDATA: profile },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test('the window opens on app://pilot-portfolio/ with the product title', async () => {
  expect(page.url()).toMatch(/^app:\/\/pilot-portfolio\//);
  await expect(page).toHaveTitle('Pilot Portfolio');
});

test('window.pilotPortfolio holds named functions only, and Node is out of reach', async () => {
  const shape = await page.evaluate(() => {
    const bridge: unknown = Reflect.get(window, 'pilotPortfolio');
    return {
      entries:
        typeof bridge === 'object' && bridge !== null
          ? Object.entries(bridge).map(([key, value]) => [key, typeof value])
          : null,
      require: typeof Reflect.get(window, 'require'),
      process: typeof Reflect.get(window, 'process'),
    };
  });
  expect(shape.entries?.sort()).toEqual(
    ['appInfo', 'onMenuCommand', 'openExternal', 'openFile', 'printToPdf', 'saveFile'].map(
      (key) => [key, 'function'],
    ),
  );
  expect(shape.require).toBe('undefined');
  expect(shape.process).toBe('undefined');
});

test('window.open is denied: no second window appears', async () => {
  // http, so the handler refuses outright (an https link would ask the person in a native dialog).
  const opened = await page.evaluate(() => window.open('http://example.org/') !== null);
  expect(opened).toBe(false);
  expect(app.windows()).toHaveLength(1);
});

test('app:info answers through the bridge, with the pinned data folder', async () => {
  const info = await page.evaluate(async () => {
    const bridge = Reflect.get(window, 'pilotPortfolio') as {
      appInfo(): Promise<{ name: string; userDataPath: string }>;
    };
    return bridge.appInfo();
  });
  expect(info.userDataPath).toBe(join(profile, 'pilot-portfolio'));
});

test('navigating away from the app is blocked', async () => {
  await page.evaluate(() => {
    window.location.href = 'https://example.org/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toMatch(/^app:\/\/pilot-portfolio\//);
});

test('a pilot one-pager is exported as a PDF through printToPDF, written where the person chose', async () => {
  const target = join(profile, 'one-pager.pdf');
  // The native save dialog cannot be clicked by a test: answer it with a path in the profile.
  await app.evaluate(({ dialog }, filePath) => {
    dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath });
  }, target);
  await page.evaluate(() => {
    window.location.hash = '#/';
  });
  await page.getByRole('button', { name: /open the sample portfolio/i }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('AI pilots');
  await page.evaluate(() => {
    window.location.hash = '#/reports';
  });
  await page.getByRole('button', { name: 'Export one-pager PDF' }).click();
  await expect(page.getByText(/PDF of “.+” saved/)).toBeVisible({ timeout: 60_000 });
  expect(existsSync(target)).toBe(true);
  expect(readFileSync(target).subarray(0, 5).toString('latin1')).toBe('%PDF-');
});
