import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { todayIso } from '../../shared/dates';
import { generateSamplePortfolio } from '../../shared/sample';
import { test, expect } from './fixtures';

// The Data page is route #/data; the first-run "Restore a backup" choice is RestoreBackupButton.

async function openSampleAt(page: Page, openApp: (page: Page, route?: string) => Promise<void>) {
  await openApp(page);
  await page.getByRole('button', { name: /open the sample portfolio/i }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('AI pilots');
  await page.evaluate(() => {
    window.location.hash = '#/data';
  });
  await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
}

/** Clicks `button`, answers the file chooser with `file`. */
async function chooseFile(
  page: Page,
  button: string | RegExp,
  file: { name: string; mimeType: string; buffer: Buffer },
) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
}

/** A zip of `files` (deflated with the platform's CompressionStream when asked). */
async function buildZip(
  files: { name: string; text: string; deflate?: boolean }[],
): Promise<Uint8Array> {
  const out: number[] = [];
  const central: number[] = [];
  const u16 = (to: number[], n: number) => to.push(n & 0xff, (n >>> 8) & 0xff);
  const u32 = (to: number[], n: number) => {
    u16(to, n & 0xffff);
    u16(to, (n >>> 16) & 0xffff);
  };
  for (const file of files) {
    const name = new TextEncoder().encode(file.name);
    const raw = new TextEncoder().encode(file.text);
    const data = file.deflate
      ? new Uint8Array(
          await new Response(
            new Blob([raw]).stream().pipeThrough(new CompressionStream('deflate-raw')),
          ).arrayBuffer(),
        )
      : raw;
    const offset = out.length;
    const header = (to: number[], central: boolean) => {
      u32(to, central ? 0x02014b50 : 0x04034b50);
      if (central) u16(to, 20);
      for (const n of [20, 0, file.deflate ? 8 : 0, 0, 0]) u16(to, n);
      for (const n of [0, data.length, raw.length]) u32(to, n);
      u16(to, name.length);
      u16(to, 0);
      if (central) {
        for (const n of [0, 0, 0]) u16(to, n);
        u32(to, 0);
        u32(to, offset);
      }
      to.push(...name);
    };
    header(out, false);
    out.push(...data);
    header(central, true);
  }
  const cdOffset = out.length;
  out.push(...central);
  u32(out, 0x06054b50);
  for (const n of [0, 0, files.length, files.length]) u16(out, n);
  u32(out, central.length);
  u32(out, cdOffset);
  u16(out, 0);
  return Uint8Array.from(out);
}

async function backUp(page: Page): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up', exact: true }).click();
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

test('back up, wipe (delete the portfolio), restore: the same portfolio comes back', async ({
  page,
  openApp,
  checkA11y,
}) => {
  await openSampleAt(page, openApp);
  await checkA11y(page, 'Data page');

  const first = await backUp(page);
  expect(first.name).toMatch(/^.+-\d{4}-\d{2}-\d{2}\.pilot-portfolio\.json$/);
  expect(
    first.text.startsWith('{\n  "format": "pilot-portfolio-backup",\n  "formatVersion": 1,'),
  ).toBe(true);
  await expect(page.getByText(/^Backed up to/)).toBeVisible();

  // Wipe: delete the only portfolio, back to the first-run choices.
  await page.getByRole('button', { name: /^Portfolio: .* Switch or manage portfolios/ }).click();
  await page.getByRole('menuitem', { name: /^Delete/ }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete portfolio' }).click();
  await expect(page.getByRole('button', { name: /restore a backup/i })).toBeEnabled();

  await chooseFile(page, /restore a backup/i, {
    name: first.name,
    mimeType: 'application/json',
    buffer: Buffer.from(first.text, 'utf8'),
  });
  const confirm = page.getByRole('dialog', { name: `Restore “${first.name}”?` });
  await expect(confirm.getByRole('row', { name: /^Pilots/ })).toContainText('24');
  await checkA11y(page, 'Restore dialog');
  await confirm.getByRole('button', { name: 'Restore as a new portfolio' }).click();
  const name = (JSON.parse(first.text) as { portfolio: { settings: { name: string } } }).portfolio
    .settings.name;
  await expect(
    page.getByRole('button', { name: /^Portfolio: .* Switch or manage portfolios/ }),
  ).toContainText(name);

  await page.evaluate(() => {
    window.location.hash = '#/data';
  });
  const second = await backUp(page);
  const portfolioOf = (text: string) => (JSON.parse(text) as { portfolio: unknown }).portfolio;
  expect(portfolioOf(second.text)).toEqual(portfolioOf(first.text));
});

test('a backup from a newer format is refused with a clear message and nothing changes', async ({
  page,
  openApp,
  checkA11y,
}) => {
  await openSampleAt(page, openApp);
  await chooseFile(page, 'Restore…', {
    name: 'future.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({ format: 'pilot-portfolio-backup', formatVersion: 99, appVersion: '9.0.0' }),
    ),
  });
  const dialog = page.getByRole('dialog', { name: 'This file cannot be restored' });
  await expect(dialog.getByRole('alert')).toContainText(
    'was written in backup format version 99 by Pilot Portfolio 9.0.0; this version of the app reads backup format version 1',
  );
  await checkA11y(page, 'Refused restore dialog');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
});

test('import a measurements CSV: one bad row imports nothing and is named; fixed, it imports', async ({
  page,
  openApp,
  checkA11y,
}) => {
  const sample = generateSamplePortfolio({ today: todayIso() });
  const metric = sample.metrics[0]!;
  const pilot = sample.pilots.find((p) => p.id === metric.pilotId)!;
  const csv = (third: string) =>
    Buffer.from(
      '\uFEFFPilot;Metric;Date;Value;Note\r\n' +
        `${pilot.name};${metric.name};01/02/2031;1.234,5;imported\r\n` +
        `${pilot.name.toUpperCase()};${metric.name};02/02/2031;7,25;\r\n` +
        `${pilot.name};${metric.name};28/02/2031;${third};"a note; with a semicolon"\r\n`,
      'utf8',
    );

  await openSampleAt(page, openApp);
  await chooseFile(page, 'Import CSV…', {
    name: 'm.csv',
    mimeType: 'text/csv',
    buffer: csv('abc'),
  });
  const dialog = page.getByRole('dialog', { name: 'Import measurements' });
  await expect(dialog.getByRole('table', { name: 'First rows of “m.csv”' })).toBeVisible();
  await expect(dialog.getByLabel('Value column')).toHaveValue('3');
  await checkA11y(page, 'Import dialog');

  await dialog.getByRole('button', { name: 'Check and import' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('Nothing was imported: 1 problem in “m.csv”');
  await expect(alert).toContainText('Row 4, column Value: “abc” is not a number');
  await checkA11y(page, 'Import dialog with errors');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await chooseFile(page, 'Import CSV…', { name: 'm.csv', mimeType: 'text/csv', buffer: csv('9') });
  await dialog.getByRole('button', { name: 'Check and import' }).click();
  await expect(page.getByText('Imported 3 measurements into 1 metric from “m.csv”')).toBeVisible();
  await expect(dialog).toBeHidden();
});

test('merge a colleague’s copy: conflicts listed with the newer side, chosen, merged', async ({
  page,
  openApp,
  checkA11y,
}) => {
  await openSampleAt(page, openApp);
  const mine = await backUp(page);
  type Row = { id: string; name: string; updatedAt: string; budget: number };
  const theirs = JSON.parse(mine.text) as { portfolio: { pilots: Row[] } };
  const renamed = theirs.portfolio.pilots[0]!;
  const ourName = renamed.name;
  renamed.name = `${ourName} (their edit)`;
  renamed.updatedAt = '2099-01-01T00:00:00.000Z';
  theirs.portfolio.pilots.push({
    ...theirs.portfolio.pilots[1]!,
    id: '6f0c1a9e-3b7d-4c2a-9e51-0a7b3c9d2e41',
    name: 'Their new pilot',
  });

  await chooseFile(page, 'Merge…', {
    name: 'colleague.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(theirs)),
  });
  const dialog = page.getByRole('dialog', { name: 'Merge “colleague.json”' });
  await expect(dialog).toContainText('1 pilot');
  await expect(dialog).toContainText('1 conflict: the same record differs');
  const conflict = dialog.getByRole('group', { name: new RegExp(`Pilot “${ourName}”`) });
  await expect(conflict).toContainText('theirs is newer');
  await expect(dialog.getByRole('button', { name: 'Choose for 1 more' })).toBeDisabled();
  await checkA11y(page, 'Merge dialog');

  await dialog.getByRole('button', { name: 'Take all newer' }).click();
  await expect(conflict.getByLabel('Take theirs')).toBeChecked();
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(
    page.getByText(
      'Merged “colleague.json”: added 1 record and took their version of 1 conflicting record',
    ),
  ).toBeVisible();
});

test('export a table as CSV: UTF-8 with BOM and the columns the import reads', async ({
  page,
  openApp,
}) => {
  await openSampleAt(page, openApp);
  await page.getByLabel('Table').selectOption('measurements');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/-measurements-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync(await file.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8', 3).split('\r\n')[0]).toBe(
    'pilot,metric,date,value,note,unit,metric id',
  );
});

test('import the first sheet of an Excel workbook', async ({ page, openApp }) => {
  const sample = generateSamplePortfolio({ today: todayIso() });
  const metric = sample.metrics[1]!;
  const pilot = sample.pilots.find((p) => p.id === metric.pilotId)!;
  const text = (ref: string, value: string) =>
    `<c r="${ref}" t="inlineStr"><is><t>${value.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></is></c>`;
  const row = (r: number, serial: number, value: number) =>
    `<row r="${r}">${text(`A${r}`, pilot.name)}${text(`B${r}`, metric.name)}` +
    `<c r="C${r}" s="1"><v>${serial}</v></c><c r="D${r}"><v>${value}</v></c></row>`;
  const sheet =
    '<worksheet><dimension ref="A1:D3"/><sheetData><row r="1">' +
    `${text('A1', 'Pilot')}${text('B1', 'Metric')}${text('C1', 'Date')}${text('D1', 'Value')}</row>` +
    `${row(2, 47150, 12.5)}${row(3, 47151, 13)}</sheetData></worksheet>`;
  const book = await buildZip([
    {
      name: 'xl/workbook.xml',
      text: '<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
      deflate: true,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      text: '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    },
    {
      name: 'xl/styles.xml',
      text: '<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>',
    },
    { name: 'xl/worksheets/sheet1.xml', text: sheet, deflate: true },
  ]);

  await openSampleAt(page, openApp);
  await chooseFile(page, 'Import CSV…', {
    name: 'book.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(book),
  });
  const dialog = page.getByRole('dialog', { name: 'Import measurements' });
  await expect(dialog).toContainText('2 rows · first sheet of an Excel workbook');
  await dialog.getByRole('button', { name: 'Check and import' }).click();
  await expect(
    page.getByText('Imported 2 measurements into 1 metric from “book.xlsx”'),
  ).toBeVisible();
});
