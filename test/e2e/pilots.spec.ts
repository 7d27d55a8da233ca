import { test, expect } from './fixtures';

test.describe('pilots: first run to a reloaded portfolio', () => {
  test('open the sample portfolio and see its pilots in the table', async ({
    page,
    openApp,
    checkA11y,
  }) => {
    await openApp(page);
    await page.getByRole('button', { name: /open the sample portfolio/i }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('AI pilots');
    await checkA11y(page, 'Portfolio page');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Pilots' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Pilots' })).toBeVisible();
    const table = page.getByRole('table');
    await expect(table.getByRole('link').first()).toBeVisible();
    expect(await table.getByRole('row').count()).toBeGreaterThan(10);
    await checkA11y(page, 'Pilots page');

    // Filter by stage narrows the rows; sorting by name is announced through aria-sort.
    await page.getByLabel('Filter by stage').selectOption('scaled');
    const scaledRows = table.locator('tbody tr:not([aria-hidden])');
    await expect(scaledRows.first()).toContainText('Scaled');
    for (const text of await scaledRows.allInnerTexts()) expect(text).toContain('Scaled');
    await expect(page.getByRole('columnheader', { name: /Pilot/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  test('create, edit, delete and undo a pilot; reload keeps it', async ({
    page,
    openApp,
    checkA11y,
  }) => {
    await openApp(page);
    await page.getByRole('button', { name: /open the sample portfolio/i }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('AI pilots');

    // Create through the form, as a new user would — first with a mistake.
    await page.getByRole('button', { name: 'New pilot' }).first().click();
    const form = page.getByRole('dialog', { name: 'New pilot' });
    await expect(form).toBeVisible();
    await checkA11y(page, 'New pilot dialog');
    await form.getByLabel('Start date').fill('2026-03-01');
    await form.getByLabel('End date').fill('2026-02-01');
    await form.getByRole('button', { name: 'Create pilot' }).click();
    await expect(form.getByText('Give the pilot a name')).toBeVisible();
    await expect(form.getByText('End date must be on or after the start date')).toBeVisible();
    await expect(form.getByLabel('Name')).toBeFocused();

    await form.getByLabel('Name').fill('Supplier onboarding agent');
    await form.getByLabel('Summary').fill('Checks supplier documents before onboarding.');
    await form.getByLabel('Business unit').fill('Procurement');
    await form.getByLabel('Stage').selectOption('pilot');
    await form.getByLabel('End date').fill('2026-12-31');
    await form.getByLabel('Next review').fill('2026-12-15');
    await form.getByLabel('Tags').fill('procurement, documents');
    await form.getByLabel('Budget').fill('40000');
    await form.getByLabel('FTE').fill('1.5');
    await form.getByRole('button', { name: 'Create pilot' }).click();

    const title = page.getByRole('heading', { level: 1 });
    await expect(title).toHaveText('Supplier onboarding agent');
    await expect(page.getByText('Procurement', { exact: true })).toBeVisible();
    await checkA11y(page, 'Pilot page');

    // Edit it.
    await page.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: /Edit/ });
    await edit.getByLabel('Name').fill('Supplier onboarding checker');
    await edit.getByLabel('Stage').selectOption('scaling');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(title).toHaveText('Supplier onboarding checker');
    await expect(page.locator('.pilot-header').getByText('Scaling')).toBeVisible();

    // History tells what changed.
    await page.getByRole('tab', { name: 'History' }).click();
    const history = page.getByRole('list', { name: /Changes to this pilot/ });
    await expect(history).toContainText('Created pilot');
    await expect(history).toContainText('Supplier onboarding checker');
    await checkA11y(page, 'Pilot history tab');

    // Delete with confirmation, then undo from the toast.
    await page.getByRole('button', { name: /Delete pilot/ }).click();
    const confirm = page.getByRole('alertdialog');
    await checkA11y(page, 'Delete confirmation');
    await confirm.getByRole('button', { name: 'Delete pilot' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Pilots' })).toBeVisible();
    await page.getByLabel('Search pilots').fill('Supplier onboarding');
    await expect(page.getByText('No pilot matches these filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('link', { name: 'Supplier onboarding checker' })).toBeVisible();

    // Reload: the data is still there, in the same portfolio.
    await page.reload();
    await page.getByLabel('Search pilots').fill('Supplier onboarding');
    await expect(page.getByRole('link', { name: 'Supplier onboarding checker' })).toBeVisible();
    await page.getByRole('link', { name: 'Supplier onboarding checker' }).click();
    await expect(title).toHaveText('Supplier onboarding checker');

    // The app started on the Pilots page (its table read in a worker from start-up): an edit
    // shows in the table at once, and a delete and its undo while the table is on screen.
    await page.getByRole('button', { name: 'Edit' }).click();
    await edit.getByLabel('Name').fill('Supplier document checker');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(title).toHaveText('Supplier document checker');
    await page.goBack();
    await page.getByLabel('Search pilots').fill('Supplier');
    const table = page.getByRole('table', { name: 'Pilots' });
    await expect(table.getByRole('link', { name: 'Supplier document checker' })).toBeVisible();
    await expect(table.getByRole('link', { name: 'Supplier onboarding checker' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Supplier document checker' }).click();
    await page.getByRole('button', { name: /Delete pilot/ }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete pilot' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Pilots' })).toBeVisible();
    await expect(table.getByRole('link', { name: 'Supplier contract review' })).toBeVisible();
    await expect(table.getByRole('link', { name: 'Supplier document checker' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(table.getByRole('link', { name: 'Supplier document checker' })).toBeVisible();
  });

  test('keyboard: N opens a new pilot, Ctrl+K finds a pilot', async ({
    page,
    openApp,
    checkA11y,
  }) => {
    await openApp(page);
    await page.getByRole('button', { name: /open the sample portfolio/i }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('AI pilots');

    await page.keyboard.press('n');
    await expect(page.getByRole('dialog', { name: 'New pilot' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await expect(palette).toBeVisible();
    await checkA11y(page, 'Command palette');
    await page.keyboard.type('Go to Settings');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await checkA11y(page, 'Settings page');
  });

  test('choose the table’s columns: it fits a 1280-pixel window, and a reload keeps the choice', async ({
    page,
    openApp,
    checkA11y,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page);
    await page.getByRole('button', { name: /open the sample portfolio/i }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('AI pilots');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Pilots' })
      .click();
    const table = page.getByRole('table', { name: 'Pilots' });
    await expect(table.getByRole('link').first()).toBeVisible();
    const headers = table.getByRole('columnheader');
    await expect(headers).toHaveText([
      /Pilot/,
      /Stage/,
      /Business unit/,
      /Sponsor/,
      /Lead/,
      /Next review/,
      /Budget/,
      /FTE/,
    ]);
    // Every default column is in view: nothing scrolls sideways at 1280 pixels.
    const overflow = await page
      .locator('.vt-scroll')
      .evaluate((box) => box.scrollWidth - box.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await page.getByRole('button', { name: /Columns/ }).click();
    await checkA11y(page, 'Columns menu');
    await page.getByRole('menuitemcheckbox', { name: 'Lead' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Tags' }).click();
    await page.keyboard.press('Escape');
    const chosen = [
      /Pilot/,
      /Stage/,
      /Business unit/,
      /Sponsor/,
      /Next review/,
      /Budget/,
      /FTE/,
      /Tags/,
    ];
    await expect(headers).toHaveText(chosen);

    await page.reload();
    await expect(table.getByRole('link').first()).toBeVisible();
    await expect(headers).toHaveText(chosen);
  });
});
