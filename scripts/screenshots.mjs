// Takes screenshots of the built app with the sample portfolio, light and dark, into
// docs/screenshots/ — so a person can judge how it looks without running it.
// Usage: npm run build && node scripts/screenshots.mjs [route ...]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser } from './find-browser.mjs';
import { serveStatic } from './serve-static.mjs';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const outDir = join(process.cwd(), 'docs', 'screenshots');
mkdirSync(outDir, { recursive: true });

const executablePath = findBrowser();
if (!executablePath) {
  console.error('No Chromium-family browser found (set CHROME_PATH).');
  process.exit(1);
}
const server = await serveStatic({ root: 'out/renderer', port: 0 });
const browser = await chromium.launch({ executablePath, args: ARGS });
try {
  for (const theme of ['light', 'dark']) {
    const context = await browser.newContext({
      viewport: { width: 1360, height: 860 },
      deviceScaleFactor: 1,
      colorScheme: theme,
      locale: 'en-US',
    });
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
    await page.goto(server.url);
    await page.getByRole('button', { name: /open the sample portfolio/i }).click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    // The portfolio dashboard's and the outcomes tab's screenshots come from their e2e specs
    // (SCREENSHOT_DIR=docs/screenshots npm run test:e2e).
    const shots = [['pilots', '#/pilots']];
    for (const [name, route] of shots) {
      await page.goto(`${server.url}${route}`);
      await page.waitForTimeout(600);
      await page.screenshot({ path: join(outDir, `${name}-${theme}.png`) });
    }
    // A pilot page: the first pilot in the table.
    await page.locator('tbody a').nth(1).click();
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(outDir, `pilot-${theme}.png`) });
    const extra = process.argv.slice(2);
    for (const route of extra) {
      await page.goto(`${server.url}${route}`);
      await page.waitForTimeout(800);
      const name = route.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'root';
      await page.screenshot({ path: join(outDir, `${name}-${theme}.png`) });
    }
    await context.close();
  }
  console.log(`Screenshots written to ${outDir}`);
} finally {
  await browser.close();
  await server.close();
}
