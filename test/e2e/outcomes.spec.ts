import type { Locator, Page } from '@playwright/test';
import { screenshotPath, test, expect } from './fixtures';

/** ISO date `days` before today (UTC, as the browser's zone is UTC in the config). */
function daysAgo(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

interface MetricInput {
  name: string;
  kind: 'outcome' | 'activity';
  unit: string;
  direction: 'higher' | 'lower';
  baseline: string;
  target: string;
  valuePerUnit?: string;
}

async function startPilot(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: /start an empty portfolio/i }).click();
  const portfolio = page.getByRole('dialog', { name: 'New portfolio' });
  await portfolio.getByLabel('Portfolio name').fill('Acme pilots');
  await portfolio.getByRole('button', { name: 'Create portfolio' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme pilots' })).toBeVisible();
  await page.getByRole('button', { name: 'New pilot' }).first().click();
  const form = page.getByRole('dialog', { name: 'New pilot' });
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByLabel('Stage').selectOption('pilot');
  await form.getByRole('button', { name: 'Create pilot' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function addMetric(page: Page, metric: MetricInput): Promise<Locator> {
  await page.getByRole('button', { name: 'Add metric', exact: true }).first().click();
  const form = page.getByRole('dialog', { name: 'New metric' });
  await form.getByLabel('Name', { exact: true }).fill(metric.name);
  await form.getByLabel('Kind').selectOption(metric.kind);
  await form.getByLabel('Unit', { exact: true }).fill(metric.unit);
  await form.getByLabel('Direction').selectOption(metric.direction);
  await form.getByLabel('Baseline', { exact: true }).fill(metric.baseline);
  await form.getByLabel('Target', { exact: true }).fill(metric.target);
  if (metric.valuePerUnit) await form.getByLabel(/^Value per unit/).fill(metric.valuePerUnit);
  await form.getByLabel('Cadence').selectOption('weekly');
  await form.getByRole('button', { name: 'Add metric' }).click();
  await expect(form).toBeHidden();
  const card = page.getByRole('article', { name: metric.name });
  await expect(card).toBeVisible();
  return card;
}

/** Records one measurement through the card's form: date typed, value typed, Enter. */
async function record(card: Locator, date: string, value: string): Promise<void> {
  await card.getByRole('button', { name: 'Add measurement' }).click();
  const form = card.getByRole('form', { name: /Add a measurement to/ });
  await expect(form.getByLabel(/^Value/)).toBeFocused();
  await form.getByLabel('Date').fill(date);
  await form.getByLabel(/^Value/).fill(value);
  await form.getByLabel(/^Value/).press('Enter');
  await expect(form).toBeHidden();
}

test.describe('outcomes: metrics, measurements and their charts', () => {
  // Each test types a few dozen values through the UI, as a person would, with axe checks in
  // between: longer than the default minute on a loaded two-core machine.
  test.slow();

  test('define an outcome and an activity metric, record six weeks, read chart and table', async ({
    page,
    openApp,
    checkA11y,
  }) => {
    await openApp(page);
    await startPilot(page, 'Invoice triage');

    // A pilot without metrics says what to do next.
    await expect(page.getByRole('heading', { name: 'No metrics yet' })).toBeVisible();
    await checkA11y(page, 'Outcomes tab, empty');

    // The form explains a mistake before anything is saved.
    await page.getByRole('button', { name: 'Add metric', exact: true }).first().click();
    const form = page.getByRole('dialog', { name: 'New metric' });
    await checkA11y(page, 'New metric dialog');
    await form.getByLabel('Name', { exact: true }).fill('Cycle time');
    await form.getByLabel('Baseline', { exact: true }).fill('40');
    await form.getByLabel('Target', { exact: true }).fill('25');
    await form.getByRole('button', { name: 'Add metric' }).click();
    await expect(form.getByText(/Higher is better, so the target should be above/)).toBeVisible();
    await expect(form.getByLabel('Target', { exact: true })).toBeFocused();
    await checkA11y(page, 'New metric dialog with an error');
    await form.getByRole('button', { name: 'Cancel' }).click();

    const cycle = await addMetric(page, {
      name: 'Cycle time',
      kind: 'outcome',
      unit: 'days',
      direction: 'lower',
      baseline: '40',
      target: '25',
      valuePerUnit: '1500',
    });
    const prompts = await addMetric(page, {
      name: 'Prompts sent',
      kind: 'activity',
      unit: 'prompts',
      direction: 'higher',
      baseline: '100',
      target: '400',
    });
    await expect(
      page.getByRole('heading', {
        name: 'Activity (secondary — never earns resources on its own)',
      }),
    ).toBeVisible();

    // Five weekly measurements with their dates; the sixth, today's, with M, the value and Enter.
    const values = ['38', '35', '31', '29', '27'];
    for (const [i, value] of values.entries()) await record(cycle, daysAgo(35 - 7 * i), value);
    await cycle.focus();
    await page.keyboard.press('m');
    const quick = cycle.getByRole('form', { name: 'Add a measurement to Cycle time' });
    await expect(quick.getByLabel('Value (days)')).toBeFocused();
    await expect(quick.getByLabel('Date')).toHaveValue(daysAgo(0));
    await checkA11y(page, 'Quick measurement form');
    await page.keyboard.type('25.5');
    await page.keyboard.press('Enter');
    await expect(quick).toBeHidden();

    // The same date again asks before replacing.
    await page.keyboard.press('m');
    await page.keyboard.type('24');
    await page.keyboard.press('Enter');
    const ask = page.getByRole('alertdialog', { name: /Replace the measurement of/ });
    await expect(ask).toContainText('already has 25.5 days');
    await checkA11y(page, 'Replace measurement dialog');
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await quick.getByRole('button', { name: 'Cancel' }).click();

    // Latest week 25.5 against baseline 40 and target 25: 14.5 / 15 = 97 %.
    await expect(cycle.getByText('97% of the way to target')).toBeVisible();
    await expect(cycle.getByRole('button', { name: /^Moderate evidence/ })).toBeVisible();
    await expect(cycle.locator('.stat-recent dd')).toContainText('25.5 days');

    // The chart is drawn, and says what it shows.
    const chart = cycle.getByRole('img', {
      name: /^Cycle time, 6 measurements from 38 to 25\.5 days .*baseline 40, target 25 days, lower is better\.$/,
    });
    await expect(chart).toBeVisible();
    await expect(chart.locator('path.recharts-line-curve')).toHaveAttribute('d', /^M.+L/);
    await expect(chart.locator('.recharts-reference-line')).toHaveCount(2);
    await expect(chart).toContainText('Target 25');
    await expect(chart).toContainText('Baseline 40');

    // The same data as a table, newest first.
    await cycle.getByRole('button', { name: 'Show as table' }).click();
    const table = cycle.getByRole('table', { name: /^Cycle time: \d+ measurements/ });
    await expect(table).toHaveAccessibleName(/^Cycle time: 6 measurements/);
    await expect(table.locator('tbody tr td:nth-child(2)')).toHaveText([
      '25.5',
      '27',
      '29',
      '31',
      '35',
      '38',
    ]);
    await checkA11y(page, 'Outcomes tab with a table view');

    // Edit one measurement, then delete it and undo.
    const oldest = new Intl.DateTimeFormat('en-US', {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    }).format(Date.parse(`${daysAgo(35)}T00:00:00Z`));
    await table.getByRole('button', { name: `Edit the ${oldest} measurement` }).click();
    const edit = page.getByRole('dialog', { name: `Edit the ${oldest} measurement` });
    await checkA11y(page, 'Edit measurement dialog');
    await edit.getByLabel('Note (optional)').fill('Before the new intake form');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(table.getByText('Before the new intake form')).toBeVisible();
    await table.getByRole('button', { name: `Delete the ${oldest} measurement` }).click();
    await expect(table.locator('tbody tr')).toHaveCount(5);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(table.locator('tbody tr')).toHaveCount(6);
    await cycle.getByRole('button', { name: 'Show as table' }).click();
    await expect(chart).toBeVisible();

    // The activity metric, recorded too; it stays in its own, secondary section.
    for (const [i, value] of ['150', '210', '290', '330', '380', '430'].entries()) {
      await record(prompts, daysAgo(35 - 7 * i), value);
    }
    await expect(prompts.locator('path.recharts-line-curve')).toHaveAttribute('d', /^M.+L/);
    await checkA11y(page, 'Outcomes tab with metrics');

    // Delete a metric: confirm, then undo.
    await prompts.getByRole('button', { name: 'More actions for Prompts sent' }).click();
    await page.getByRole('menuitem', { name: /Delete metric/ }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete “Prompts sent”?' });
    await checkA11y(page, 'Delete metric confirmation');
    await confirm.getByRole('button', { name: 'Delete metric' }).click();
    await expect(prompts).toBeHidden();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('article', { name: 'Prompts sent' })).toBeVisible();

    // Save to the library, and see it offered when adding from the library.
    await cycle.getByRole('button', { name: 'More actions for Cycle time' }).click();
    await page.getByRole('menuitem', { name: 'Save to library' }).click();
    await expect(cycle.getByText('from the library')).toBeVisible();
    await page.getByRole('button', { name: 'Add from library' }).click();
    const library = page.getByRole('dialog', { name: 'Add a metric from the library' });
    await library
      .getByLabel('Library metric')
      .selectOption({ label: 'Cycle time (days) · outcome' });
    await expect(library.getByRole('group', { name: 'From the library' })).toContainText(
      'Lower is better',
    );
    await checkA11y(page, 'Add from library dialog');
    await library.getByRole('button', { name: 'Cancel' }).click();

    // Reload: everything is still there.
    await page.reload();
    await expect(page.getByRole('article', { name: 'Cycle time' })).toBeVisible();
    await expect(
      page.getByRole('article', { name: 'Cycle time' }).locator('path.recharts-line-curve'),
    ).toHaveAttribute('d', /^M.+L/);
  });

  test('screenshots of the Outcomes tab with several metrics, light and dark', async ({
    page,
    openApp,
  }) => {
    await page.setViewportSize({ width: 1360, height: 1500 });
    await openApp(page);
    await startPilot(page, 'Invoice triage');
    const cycle = await addMetric(page, {
      name: 'Cycle time',
      kind: 'outcome',
      unit: 'days',
      direction: 'lower',
      baseline: '40',
      target: '25',
      valuePerUnit: '1500',
    });
    const cost = await addMetric(page, {
      name: 'Cost per invoice',
      kind: 'outcome',
      unit: '€',
      direction: 'lower',
      baseline: '18',
      target: '12',
    });
    const prompts = await addMetric(page, {
      name: 'Prompts sent',
      kind: 'activity',
      unit: 'prompts',
      direction: 'higher',
      baseline: '100',
      target: '400',
    });
    const touched = await addMetric(page, {
      name: 'Invoices touched by the agent',
      kind: 'activity',
      unit: 'invoices',
      direction: 'higher',
      baseline: '0',
      target: '900',
    });
    const series: [Locator, string[]][] = [
      [cycle, ['38', '35', '31', '29', '27', '25.5']],
      [cost, ['17.6', '17.9', '16.8', '16.1', '16.4', '15.2', '14.9', '14.6']],
      [prompts, ['150', '210', '290', '330', '380', '430']],
      [touched, ['120', '260', '410', '520', '700']],
    ];
    for (const [card, values] of series) {
      for (const [i, value] of values.entries()) {
        await record(card, daysAgo(7 * (values.length - 1 - i)), value);
      }
    }
    // A still picture: no pointer hover, no focus ring, no notices over the cards.
    await page.mouse.move(0, 0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const hideToasts = '[data-sonner-toaster] { display: none !important; }';
    const tab = page.locator('.outcomes');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(cycle.locator('path.recharts-line-curve')).toHaveAttribute('d', /^M.+L/);
    // Let the lines finish drawing (animation is on for short series).
    await page.waitForTimeout(700);
    await tab.screenshot({ path: screenshotPath('outcomes-light.png'), style: hideToasts });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.waitForTimeout(300);
    await tab.screenshot({ path: screenshotPath('outcomes-dark.png'), style: hideToasts });
  });
});
