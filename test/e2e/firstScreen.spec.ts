import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

// The first screen (renderer/firstScreen) is drawn before the app's code is evaluated; the app
// then renders in its place. Here the app's chunk is held back, so the first screen can be looked
// at alone, then let through.

/** Holds the app's chunk back until the returned function is called. */
async function holdTheApp(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/renderApp-[\w-]+\.js$/, async (route) => {
    await released;
    // On to the context's own routes (the offline guard), as any request.
    await route.fallback();
  });
  return release;
}

const FIRST_SCREEN = '[data-first-screen]';

/** How many faces of the interface font are loaded to draw `text` (none: the system's font). */
function interfaceFontFacesFor(page: Page, text: string): Promise<number> {
  return page.evaluate(
    async (sample) => (await document.fonts.load('14px "Inter Variable"', sample)).length,
    text,
  );
}

/** Cyrillic, Greek and Vietnamese: the scripts whose faces come with the app's code. */
const OTHER_SCRIPTS = 'Пилотный проект · Πιλοτικό · Thử nghiệm';

interface Box {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the screen's parts are and what they say: the first screen and the app must agree. */
function layoutOf(page: Page, rows: number): Promise<Record<string, Box[]>> {
  return page.evaluate((rowCount) => {
    const groups: Record<string, string> = {
      nav: '.sidebar-link',
      switcher: '.portfolio-switcher',
      topbar: '.topbar > *',
      header: '.page-header h1, .page-header p',
      toolbar: '.table-toolbar > :not(select[aria-label="Filter by business unit"])',
      businessUnitFilter: 'select[aria-label="Filter by business unit"]',
      headers: '.vt-th',
      cells: `.vt-body-row:nth-child(-n+${rowCount}) .vt-td`,
    };
    return Object.fromEntries(
      Object.entries(groups).map(([name, selector]) => [
        name,
        [...document.querySelectorAll(selector)].map((element) => {
          const r = element.getBoundingClientRect();
          return {
            // The business-unit filter lists units only once the app has read them.
            text: name === 'businessUnitFilter' ? '' : (element.textContent ?? '').trim(),
            x: Math.round(r.x),
            y: Math.round(r.y),
            width: Math.round(r.width),
            height: Math.round(r.height),
          };
        }),
      ]),
    );
  }, rows);
}

test.describe('the first screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('shows the Pilots table before the app’s code runs, and the app draws the same screen over it', async ({
    page,
    openApp,
    checkA11y,
  }) => {
    await openApp(page);
    await page.getByRole('button', { name: /open the sample portfolio/i }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('AI pilots');
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Pilots' })
      .click();
    await expect(page.getByRole('table', { name: 'Pilots' }).getByRole('row').nth(5)).toBeVisible();

    const release = await holdTheApp(page);
    await page.reload();
    const firstScreen = page.locator(FIRST_SCREEN);
    const table = firstScreen.getByRole('table', { name: 'Pilots' });
    await expect(table.locator('tbody tr').nth(5)).toBeVisible();
    // The stored theme, before the app's code has run.
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(firstScreen.getByRole('link', { name: 'Pilots' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(firstScreen.locator('.portfolio-switcher')).toContainText('AI pilots');
    await expect(table.getByRole('columnheader', { name: /Pilot/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await checkA11y(page, 'First screen');
    expect(await interfaceFontFacesFor(page, 'Pilots')).toBeGreaterThan(0);
    const rows = await table.locator('tbody tr').count();
    const first = await layoutOf(page, rows);

    release();
    await expect(firstScreen).toHaveCount(0);
    await expect(page.getByRole('table', { name: 'Pilots' }).locator('tbody tr')).not.toHaveCount(
      0,
    );
    const app = await layoutOf(page, rows);
    for (const [group, boxes] of Object.entries(first)) {
      expect(boxes.length, `${group}: as many parts`).toBeGreaterThan(0);
      expect(app[group], group).toEqual(boxes);
    }
    // The first screen's stylesheet declares the font's Latin faces only (test/gates/
    // interfaceFont.test.ts); with the app, text in the other scripts is drawn in it too: a face
    // for each of the three scripts, and the Latin one for the spaces and the dot.
    expect(await interfaceFontFacesFor(page, OTHER_SCRIPTS)).toBe(4);

    // Drawn again, its figures and dates now from the texts it showed last time (formatMemo.ts):
    // still what the app draws.
    expect(
      await page.evaluate(() => localStorage.getItem('pilot-portfolio-first-screen-formats')),
    ).toMatch(/"texts":\{"/);
    const releaseAgain = await holdTheApp(page);
    await page.reload();
    await expect(table.locator('tbody tr').nth(5)).toBeVisible();
    const again = await layoutOf(page, rows);
    releaseAgain();
    expect(again).toEqual(first);
  });

  test('what is typed and clicked before the app takes over is done in the app', async ({
    page,
    openApp,
  }) => {
    await openApp(page);
    await page.getByRole('button', { name: /open the sample portfolio/i }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('AI pilots');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Pilots' })
      .click();
    await expect(page.getByRole('table', { name: 'Pilots' }).getByRole('row').nth(5)).toBeVisible();

    let release = await holdTheApp(page);
    await page.reload();
    const firstScreen = page.locator(FIRST_SCREEN);
    await firstScreen.getByRole('searchbox', { name: 'Search pilots' }).fill('invoice');
    release();
    await expect(firstScreen).toHaveCount(0);
    const search = page.getByRole('searchbox', { name: 'Search pilots' });
    await expect(search).toHaveValue('invoice');
    await expect(search).toBeFocused();
    const rows = page.getByRole('table', { name: 'Pilots' }).locator('tbody tr');
    await expect(rows.first()).toContainText(/invoice/i);
    for (const text of await rows.allInnerTexts()) expect(text.toLowerCase()).toContain('invoice');

    await page.unrouteAll({ behavior: 'wait' });
    release = await holdTheApp(page);
    await page.reload();
    await firstScreen.getByRole('button', { name: 'New pilot' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    release();
    await expect(page.getByRole('dialog', { name: 'New pilot' })).toBeVisible();
    await page.keyboard.press('Escape');

    await page.unrouteAll({ behavior: 'wait' });
    release = await holdTheApp(page);
    await page.reload();
    await expect(firstScreen.locator('tbody tr').first()).toBeVisible();
    // Mod+K and a query typed before the app is in: the palette opens with the query in it.
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Settings');
    release();
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await expect(palette).toBeVisible();
    await expect(palette.getByRole('combobox')).toHaveValue('Settings');
    // Typed on while the app does the rest again: still in order.
    await page.keyboard.type(' page');
    await expect(palette.getByRole('combobox')).toHaveValue('Settings page');
  });
});
