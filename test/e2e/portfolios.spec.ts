import { test, expect } from './fixtures';

test('several portfolios: create, switch from the sidebar and the palette, rename, delete', async ({
  page,
  openApp,
  checkA11y,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: /open the sample portfolio/i }).click();
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toContainText('Northwind Group');

  // A second, empty portfolio for another client, from the sidebar's portfolio menu.
  const switcher = page.getByRole('button', { name: /^Portfolio: .* Switch or manage portfolios/ });
  await switcher.click();
  await checkA11y(page, 'Portfolio menu');
  await page.getByRole('menuitem', { name: 'New portfolio…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New portfolio' });
  await dialog.getByLabel('Portfolio name').fill('Contoso engagement');
  await dialog.getByLabel('Organisation or client').fill('Contoso');
  await dialog.getByLabel('Currency').fill('usd');
  await dialog.getByRole('button', { name: 'Create portfolio' }).click();
  await expect(title).toHaveText('Contoso engagement');
  await expect(page.getByText('Your portfolio is empty')).toBeVisible();

  // Each portfolio is its own database: the sample's pilots are not here.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Pilots' })
    .click();
  await expect(page.getByText('No pilots yet')).toBeVisible();

  // Back to the sample from the command palette.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('Switch to portfolio Northwind');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table', { name: 'Pilots' })).toBeVisible();

  // Rename the sample.
  await switcher.click();
  await page.getByRole('menuitem', { name: /^Rename/ }).click();
  const rename = page.getByRole('dialog', { name: 'Rename portfolio' });
  await rename.getByLabel('Portfolio name').fill('Northwind — board review');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(switcher).toContainText('Northwind — board review');

  // The last portfolio opened reopens after a reload.
  await page.reload();
  await expect(switcher).toContainText('Northwind — board review');

  // Delete the client portfolio, with confirmation.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('Switch to portfolio Contoso');
  await page.keyboard.press('Enter');
  await expect(switcher).toContainText('Contoso engagement');
  await switcher.click();
  await page.getByRole('menuitem', { name: /^Delete/ }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('cannot be undone');
  await checkA11y(page, 'Delete portfolio confirmation');
  await confirm.getByRole('button', { name: 'Delete portfolio' }).click();
  await expect(switcher).toContainText('Northwind — board review');
  await expect(switcher).toContainText('1 portfolio on this computer');
});
