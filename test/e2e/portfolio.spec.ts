import type { Locator, Page } from '@playwright/test';
import { screenshotPath, test, expect } from './fixtures';

/** Each dashboard chart's card, found by the start of the finding its title states. */
const CHARTS = {
  valueCost: /running pilots? to scale/,
  earned: /expansions|No resources granted|No expansions/,
  ladder: /are scaling or scaled/,
  attainment: /measured pilots are at|No pilot has a measured outcome/,
  supervision: /supervisors? (are|is) (over|within) capacity/,
  reuse: /duplicate clusters? would save|No duplicated agents/,
  timeline: /decisions? on \d+ pilots?/,
};

function chartCard(page: Page, finding: RegExp): Locator {
  return page.locator('section.portfolio-chart').filter({
    has: page.getByRole('heading', { level: 2, name: finding }),
  });
}

async function openSample(page: Page, openApp: (page: Page, route?: string) => Promise<void>) {
  await openApp(page);
  await page.getByRole('button', { name: /open the sample portfolio/i }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('AI pilots');
  await expect(page.getByText(/^All \d+ pilots$/)).toBeVisible({ timeout: 30_000 });
}

test.describe('portfolio: the executive view', () => {
  test('every chart drawn; a business-unit filter changes tiles and charts together; a pilot opens from value vs cost', async ({
    page,
    openApp,
    checkA11y,
  }) => {
    await page.setViewportSize({ width: 1360, height: 1000 });
    await openSample(page, openApp);

    // Every chart is drawn with data: svg marks, not an empty frame.
    await expect(
      chartCard(page, CHARTS.valueCost).locator('.portfolio-valuecost-mark').first(),
    ).toBeVisible();
    await expect(
      chartCard(page, CHARTS.earned).locator('.recharts-bar-rectangle').first(),
    ).toBeVisible();
    await expect(
      chartCard(page, CHARTS.ladder).locator('.recharts-bar-rectangle').first(),
    ).toBeVisible();
    await expect(
      chartCard(page, CHARTS.attainment).locator('.recharts-bar-rectangle').first(),
    ).toBeVisible();
    await expect(
      chartCard(page, CHARTS.supervision).locator('.recharts-bar-rectangle').first(),
    ).toBeVisible();
    await expect(
      chartCard(page, CHARTS.reuse).locator('.recharts-bar-rectangle').first(),
    ).toBeVisible();
    await expect(chartCard(page, CHARTS.timeline).locator('svg circle').first()).toBeVisible();
    await checkA11y(page, 'Portfolio page');

    const tiles = page.getByRole('group', { name: 'Headline figures' });
    const running = tiles
      .locator('.tile')
      .filter({ hasText: 'Running pilots' })
      .locator('.tile-value');
    const before = Number(await running.innerText());
    const marksBefore = await chartCard(page, CHARTS.valueCost)
      .locator('.portfolio-valuecost-mark')
      .count();
    expect(marksBefore).toBe(before);

    // Filter to one business unit: the count, the tiles and the scatter's marks agree.
    const unit = page.getByLabel('Business unit');
    const firstUnit = await unit.locator('option').nth(1).getAttribute('value');
    if (!firstUnit) throw new Error('the sample has no business unit');
    await unit.selectOption(firstUnit);
    await expect(page.getByText(/^\d+ of \d+ pilots$/)).toBeVisible();
    const after = Number(await running.innerText());
    expect(after).toBeLessThan(before);
    await expect(
      chartCard(page, CHARTS.valueCost).locator('.portfolio-valuecost-mark'),
    ).toHaveCount(after);
    const ladderTable = chartCard(page, CHARTS.ladder);
    await ladderTable.getByRole('button', { name: 'Show as table' }).click();
    const ladderCounts = await ladderTable.locator('tbody tr td:nth-child(2)').allInnerTexts();
    const stopped = Number(ladderCounts[4]);
    expect(ladderCounts.slice(0, 4).reduce((s, c) => s + Number(c), 0)).toBe(after);
    expect(stopped).toBeGreaterThanOrEqual(0);

    // Open a pilot from the value-vs-cost chart's table, then come back: the filter is kept.
    const valueCost = chartCard(page, CHARTS.valueCost);
    await valueCost.getByRole('button', { name: 'Show as table' }).click();
    await checkA11y(page, 'Portfolio page with tables');
    const link = valueCost.getByRole('table').getByRole('link').first();
    const name = await link.innerText();
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await page.goBack();
    await expect(page.getByLabel('Business unit')).toHaveValue(firstUnit);

    // And by clicking a mark in the chart itself (back on the page, charts show again).
    const chart = chartCard(page, CHARTS.valueCost);
    // The last mark is drawn on top: no other mark covers it.
    await chart.locator('.portfolio-valuecost-mark').last().click();
    await expect(page).toHaveURL(/#\/pilots\/[0-9a-f-]+$/);

    // And from the keyboard: the marks are one tab stop; arrows move, Enter opens.
    await page.goBack();
    const marks = chartCard(page, CHARTS.valueCost).getByRole('link', { name: /: value / });
    await expect(marks.first()).toBeVisible();
    const stop = chartCard(page, CHARTS.valueCost).locator(
      '.portfolio-valuecost-mark[tabindex="0"]',
    );
    await expect(stop).toHaveCount(1);
    await stop.focus();
    const first = await stop.getAttribute('aria-label');
    await page.keyboard.press('ArrowRight');
    const focused = page.locator('.portfolio-valuecost-mark:focus');
    await expect(focused).toHaveAttribute('tabindex', '0');
    const second = (await focused.getAttribute('aria-label')) ?? '';
    expect(second).not.toBe(first);
    // Its tooltip shows the same pilot.
    await expect(chartCard(page, CHARTS.valueCost).locator('.chart-tooltip')).toContainText(
      second.split(': value ')[0] ?? '',
    );
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      second.split(': value ')[0] ?? '',
    );
  });

  test('reviews due: one click opens the record-decision dialog', async ({
    page,
    openApp,
    checkA11y,
  }) => {
    await openSample(page, openApp);
    const reviews = page.locator('section.portfolio-reviews');
    const record = reviews.getByRole('button', { name: /^Record decision for / }).first();
    await expect(record).toBeVisible();
    await record.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await checkA11y(page, 'Record decision dialog from the portfolio');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('save a view, change the filters, reopen the view', async ({ page, openApp, checkA11y }) => {
    await page.setViewportSize({ width: 1360, height: 1000 });
    await openSample(page, openApp);
    const unit = page.getByLabel('Business unit');
    const firstUnit = await unit.locator('option').nth(1).getAttribute('value');
    if (!firstUnit) throw new Error('the sample has no business unit');
    await unit.selectOption(firstUnit);
    await page.getByRole('combobox', { name: /^Decisions in/ }).selectOption('last-12-months');
    const filtered = await page.getByText(/^\d+ of \d+ pilots$/).innerText();

    await page.getByRole('button', { name: 'Save view…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save this view' });
    await expect(dialog).toBeVisible();
    await checkA11y(page, 'Save view dialog');
    await dialog.getByRole('button', { name: 'Save view' }).click();
    await expect(dialog.getByText('Give the view a name')).toBeVisible();
    await dialog.getByLabel('View name').fill('Board: one unit');
    await dialog.getByRole('button', { name: 'Save view' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByLabel('Saved view')).toHaveValue('Board: one unit');

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByText(/^All \d+ pilots$/)).toBeVisible();
    await expect(page.getByLabel('Saved view')).toHaveValue('');

    // Saved views survive a reload.
    await page.reload();
    await expect(page.getByText(/^All \d+ pilots$/)).toBeVisible({ timeout: 30_000 });
    await page.getByLabel('Saved view').selectOption('Board: one unit');
    await expect(page.getByText(filtered, { exact: true })).toBeVisible();
    await expect(page.getByLabel('Business unit')).toHaveValue(firstUnit);
    await expect(page.getByRole('combobox', { name: /^Decisions in/ })).toHaveValue(
      'last-12-months',
    );
  });

  test('presentation mode: one chart a slide, walked with the arrow keys, left with Escape', async ({
    page,
    openApp,
    checkA11y,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openSample(page, openApp);
    await page.getByRole('button', { name: 'Present' }).click();
    const deck = page.getByRole('dialog', { name: /^Presentation:/ });
    await expect(deck).toBeVisible();
    await expect(deck.getByText('Slide 1 of 7')).toBeVisible();
    await expect(deck.getByRole('heading', { level: 2 })).toHaveText(CHARTS.valueCost);
    await expect(deck.locator('.portfolio-valuecost-mark').first()).toBeVisible();
    await checkA11y(page, 'Presentation mode');

    const expected = [
      CHARTS.earned,
      CHARTS.ladder,
      CHARTS.attainment,
      CHARTS.supervision,
      CHARTS.reuse,
      CHARTS.timeline,
    ];
    for (const [i, finding] of expected.entries()) {
      await page.keyboard.press('ArrowRight');
      await expect(deck.getByText(`Slide ${i + 2} of 7`)).toBeVisible();
      await expect(deck.getByRole('heading', { level: 2 })).toHaveText(finding);
    }
    // Past the last slide it stays there; Left goes back.
    await page.keyboard.press('ArrowRight');
    await expect(deck.getByText('Slide 7 of 7')).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(deck.getByText('Slide 6 of 7')).toBeVisible();

    await page.keyboard.press('Home');
    await expect(deck.getByText('Slide 1 of 7')).toBeVisible();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath('portfolio-presentation-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.keyboard.press('ArrowRight');
    await expect(deck.getByText('Slide 2 of 7')).toBeVisible();
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath('portfolio-presentation-dark.png') });

    await page.keyboard.press('Escape');
    await expect(deck).toBeHidden();
    await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
  });

  test('screenshots, light and dark', async ({ page, openApp }) => {
    await page.setViewportSize({ width: 1440, height: 3600 });
    await openSample(page, openApp);
    await expect(
      chartCard(page, CHARTS.valueCost).locator('.portfolio-valuecost-mark').first(),
    ).toBeVisible();
    await page.mouse.move(0, 0);
    const hideToasts = '[data-sonner-toaster] { display: none !important; }';
    const main = page.locator('.page-inner');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.waitForTimeout(300);
    await main.screenshot({ path: screenshotPath('portfolio-light.png'), style: hideToasts });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.waitForTimeout(300);
    await main.screenshot({ path: screenshotPath('portfolio-dark.png'), style: hideToasts });
  });
});
