import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

// Issue 3's story as a new user lives it: a pilot earns its expansion by the outcome it moved;
// another is busy but not better and is told to pivot.

function daysAgo(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

async function newPilot(page: Page, name: string, budget: string): Promise<void> {
  await page.getByRole('button', { name: 'New pilot' }).first().click();
  const form = page.getByRole('dialog', { name: 'New pilot' });
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByLabel('Stage').selectOption('pilot');
  await form.getByLabel('Start date').fill(daysAgo(42));
  await form.getByLabel('Next review').fill(daysAgo(-14));
  await form.getByLabel('Budget').fill(budget);
  await form.getByRole('button', { name: 'Create pilot' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function addMetric(
  page: Page,
  m: {
    name: string;
    kind: string;
    unit: string;
    direction: string;
    baseline: string;
    target: string;
    valuePerUnit?: string;
  },
): Promise<Locator> {
  await page.getByRole('button', { name: 'Add metric', exact: true }).first().click();
  const form = page.getByRole('dialog', { name: 'New metric' });
  await form.getByLabel('Name', { exact: true }).fill(m.name);
  await form.getByLabel('Kind').selectOption(m.kind);
  await form.getByLabel('Unit', { exact: true }).fill(m.unit);
  await form.getByLabel('Direction').selectOption(m.direction);
  await form.getByLabel('Baseline', { exact: true }).fill(m.baseline);
  await form.getByLabel('Target', { exact: true }).fill(m.target);
  if (m.valuePerUnit) await form.getByLabel(/^Value per unit/).fill(m.valuePerUnit);
  await form.getByLabel('Cadence').selectOption('weekly');
  await form.getByRole('button', { name: 'Add metric' }).click();
  await expect(form).toBeHidden();
  return page.getByRole('article', { name: m.name });
}

async function recordWeekly(card: Locator, values: string[]): Promise<void> {
  for (const [i, value] of values.entries()) {
    await card.getByRole('button', { name: /^Add( measurement)?$/ }).click();
    const form = card.getByRole('form', { name: /Add a measurement to/ });
    await form.getByLabel('Date').fill(daysAgo(7 * (values.length - 1 - i)));
    await form.getByLabel(/^Value/).fill(value);
    await form.getByLabel(/^Value/).press('Enter');
    await expect(form).toBeHidden();
  }
}

test.describe('from evidence to an earned decision', () => {
  test.slow();

  test('an outcome moved to target earns an expansion; busy but not better is told to pivot', async ({
    page,
    openApp,
    checkA11y,
  }) => {
    await openApp(page);
    await page.getByRole('button', { name: /start an empty portfolio/i }).click();
    const create = page.getByRole('dialog', { name: 'New portfolio' });
    await create.getByLabel('Portfolio name').fill('Acme pilots');
    await create.getByRole('button', { name: 'Create portfolio' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Acme pilots' })).toBeVisible();

    // Pilot A: cycle time 40 → 25 days (lower is better), worth €1,000 a day per week.
    await newPilot(page, 'Invoice triage', '20000');
    const cycle = await addMetric(page, {
      name: 'Cycle time',
      kind: 'outcome',
      unit: 'days',
      direction: 'lower',
      baseline: '40',
      target: '25',
      valuePerUnit: '1000',
    });
    const prompts = await addMetric(page, {
      name: 'Prompts sent',
      kind: 'activity',
      unit: 'prompts',
      direction: 'higher',
      baseline: '100',
      target: '400',
    });
    await recordWeekly(cycle, ['38', '35', '31', '29', '27', '25.5']);
    await recordWeekly(prompts, ['120', '180', '240', '300', '350', '400']);

    // The recommendation reads expand, with reasons that cite the numbers:
    // 25.5 is (40 − 25.5) / (40 − 25) = 97 % of the way; value (2 + 5 + 9 + 11 + 13 + 14.5) × €1,000
    // = €54,500 against €20,000 of budget = 2.7×.
    const header = page.locator('.pilot-header');
    const badge = header.getByRole('button', { name: /^Recommendation: Expand/ });
    await expect(badge).toBeVisible();
    await expect(badge).toHaveAccessibleName(/1 of 1 outcome metric at ≥ 80 % of target/);
    await expect(badge).toHaveAccessibleName(/Cycle time 97 %/);
    await expect(badge).toHaveAccessibleName(/Value 2\.7× cost \(minimum 1\.5×\)/);
    await checkA11y(page, 'Outcomes tab of a pilot ready to expand');

    // Record the expansion, granting budget, with the evidence in view.
    await header.getByRole('button', { name: 'Record decision' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a decision on “Invoice triage”' });
    await expect(dialog).toContainText('Cycle time');
    await checkA11y(page, 'Record decision dialog');
    await dialog.getByRole('radio', { name: /^Expand/ }).check();
    await dialog.getByLabel(/^Budget change/).fill('50000');
    await dialog
      .getByLabel('Rationale')
      .fill('Cycle time reached target; scale to two more teams.');
    await dialog.getByLabel('Decided by').fill('Dana Reyes');
    await dialog.getByRole('button', { name: 'Record decision' }).click();
    const invite = page.getByRole('dialog', { name: 'What should other pilots copy or avoid?' });
    await expect(invite).toBeVisible();
    await invite.getByRole('button', { name: 'Skip' }).click();

    // The pilot moved up the ladder and has the budget; the log shows the expansion as earned.
    await expect(header.getByText('Scaling', { exact: true })).toBeVisible();
    await expect(header).toContainText('€70,000');
    await page.getByRole('tab', { name: 'Decisions' }).click();
    const newest = page
      .getByRole('list', { name: 'Decisions on this pilot, newest first' })
      .getByRole('article')
      .first();
    await expect(newest.getByRole('heading')).toContainText('Expand');
    await expect(newest.getByRole('heading')).toContainText('Earned');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Decisions' })
      .click();
    const row = page.getByRole('row', { name: /Invoice triage/ });
    await expect(row).toContainText('Earned');
    await checkA11y(page, 'Decisions page');

    // Pilot B: prompts rise week after week while the outcome stays flat → pivot, named as such.
    await newPilot(page, 'Sales call notes', '20000');
    const winRate = await addMetric(page, {
      name: 'Win rate',
      kind: 'outcome',
      unit: '%',
      direction: 'higher',
      baseline: '20',
      target: '30',
      valuePerUnit: '500',
    });
    const busy = await addMetric(page, {
      name: 'Prompts sent',
      kind: 'activity',
      unit: 'prompts',
      direction: 'higher',
      baseline: '100',
      target: '400',
    });
    await recordWeekly(winRate, ['20.2', '19.9', '20.1', '20', '19.8', '20.1']);
    await recordWeekly(busy, ['140', '200', '260', '320', '380', '440']);
    const pivot = page
      .locator('.pilot-header')
      .getByRole('button', { name: /^Recommendation: Pivot/ });
    await expect(pivot).toBeVisible();
    await expect(pivot).toHaveAccessibleName(/Busy but not better/);
  });
});
