import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { test, expect, screenshotPath } from './fixtures';

// A consultant's flow: brand the portfolio for a client, then hand over the one-pager (PDF), the
// portfolio report (PDF), the deck (PPTX) and the workbook (XLSX). The PDF is made the way the
// app makes it — Chromium printing the app's print page (Electron's printToPDF is the same
// engine) — and its text is read back with a PDF text extractor.

const CLIENT = 'Contoso Consulting';
const ACCENT = '#c2410c';
// A 1×1 PNG.
const LOGO_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

async function openSample(page: Page, openApp: (page: Page, route?: string) => Promise<void>) {
  await openApp(page);
  await page.getByRole('button', { name: /open the sample portfolio/i }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('AI pilots');
}

async function go(page: Page, hash: string) {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

/** Every text item of every page of a PDF, whitespace collapsed. */
async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const document = await getDocument({ data: bytes, isEvalSupported: false }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str);
  }
  return { pages: document.numPages, text: parts.join(' ').replace(/\s+/g, ' ') };
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

async function downloaded(download: Promise<Download>): Promise<Buffer> {
  return readFileSync(await (await download).path());
}

async function waitForPrintReady(page: Page) {
  await page.waitForFunction(() => document.body.dataset.printReady === 'true', undefined, {
    timeout: 30_000,
  });
}

async function brandForClient(page: Page) {
  await go(page, '#/settings');
  await page.getByLabel('Organisation or client').fill(CLIENT);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();

  await page.getByLabel('Accent colour').fill(ACCENT);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose logo…' }).click();
  await (await chooser).setFiles({ name: 'contoso.png', mimeType: 'image/png', buffer: LOGO_PNG });
  await expect(page.getByRole('img', { name: 'Current report logo' })).toBeVisible();
  await page.getByRole('button', { name: 'Save branding' }).click();
  await expect(page.getByText('Report branding saved')).toBeVisible();
}

test('a consultant brands the portfolio and exports a pilot one-pager as PDF', async ({
  page,
  openApp,
  checkA11y,
}) => {
  await openSample(page, openApp);
  await brandForClient(page);
  await checkA11y(page, 'Settings with branding');

  // From the pilot's page, one click to its one-pager.
  await go(page, '#/pilots');
  await page.getByRole('link', { name: 'Claims intake summariser' }).click();
  const recommendation = collapse(
    (await page
      .getByRole('button', { name: /^Recommendation:/ })
      .first()
      .textContent()) ?? '',
  ).replace(/^Recommend: /, '');
  await page.getByRole('link', { name: 'One-pager' }).click();
  await waitForPrintReady(page);

  const onePager = page.getByRole('article', { name: 'One-pager: Claims intake summariser' });
  await expect(onePager.getByRole('heading', { level: 1 })).toHaveText('Claims intake summariser');
  await expect(onePager.getByRole('img', { name: `${CLIENT} logo` })).toBeVisible();
  await expect(onePager.getByText(`Recommendation: ${recommendation}`)).toBeVisible();
  const outcomeLine = collapse(
    (await onePager.locator('.report-outcome figcaption span').first().textContent()) ?? '',
  );
  const figures = collapse((await onePager.getByLabel('Key figures').textContent()) ?? '');
  expect(figures).toMatch(/Value created€[\d,.]+K?/);
  await checkA11y(page, 'One-pager preview');
  await page.screenshot({ path: screenshotPath('report-one-pager-light.png'), fullPage: true });

  const pdf = await pdfText(
    new Uint8Array(await page.pdf({ format: 'A4', printBackground: true })),
  );
  expect(pdf.pages).toBeLessThanOrEqual(3);
  expect(pdf.text).toContain('Claims intake summariser');
  expect(pdf.text).toContain(`Recommendation: ${recommendation}`);
  expect(pdf.text).toContain(outcomeLine);
  expect(pdf.text).toContain(CLIENT);
  const value = /Value created(€[\d,.]+)/.exec(figures)?.[1] ?? 'missing';
  expect(pdf.text).toContain(value);

  // In a browser, "Export PDF" opens the print dialog (where Save as PDF is one choice).
  await page.evaluate(() => {
    window.print = () => {
      document.body.dataset.printedForTest = 'yes';
    };
  });
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed-for-test', 'yes');

  // Letter paper: the same page, laid out for it.
  await page.getByLabel('Paper').selectOption('Letter');
  await expect(page).toHaveURL(/\/letter$/);
  await waitForPrintReady(page);
});

test('the portfolio report prints every chart with its finding, and exports from Reports', async ({
  page,
  openApp,
  checkA11y,
}) => {
  await openSample(page, openApp);
  await go(page, '#/reports');
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  await checkA11y(page, 'Reports page');
  await page.screenshot({ path: screenshotPath('reports-light.png'), fullPage: true });

  await page.getByRole('button', { name: 'Preview report' }).click();
  await waitForPrintReady(page);
  const report = page.getByRole('article', { name: 'Portfolio report' });
  const findings = await report.locator('.portfolio-chart h2').allTextContents();
  expect(findings).toHaveLength(7);
  await checkA11y(page, 'Portfolio report preview');
  const pdf = await pdfText(new Uint8Array(await page.pdf({ format: 'Letter' })));
  expect(pdf.text).toContain('PORTFOLIO REPORT');
  for (const finding of findings) expect(pdf.text).toContain(collapse(finding));
  expect(pdf.text).toMatch(/Every pilot\s*\S\s*s standing/);
  expect(pdf.text).toMatch(/Reviews due: past or within 14 days \(\d+\)/);

  // From the Reports page, in a browser: the print page shows, the print dialog opens, and the
  // person is back on Reports.
  await page.getByRole('link', { name: 'Back to reports' }).click();
  await page.evaluate(() => {
    window.print = () => {
      document.body.dataset.printedForTest = String(window.location.hash.startsWith('#/print/'));
    };
  });
  await page.getByRole('button', { name: 'Export report PDF' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed-for-test', 'true');
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
});

test('the deck has native charts and a slide per chosen pilot; the workbook reads back', async ({
  page,
  openApp,
}) => {
  await openSample(page, openApp);
  await brandForClient(page);
  await go(page, '#/reports');
  const deckCard = page.getByRole('region', { name: 'PowerPoint deck' });
  await deckCard.getByRole('button', { name: 'None' }).click();
  await deckCard.getByRole('checkbox', { name: /Claims intake summariser/ }).check();
  await deckCard.getByRole('checkbox', { name: /Invoice triage agent/ }).check();
  await expect(deckCard.getByText('Pilot slides (2 of 24)')).toBeVisible();

  const deckFile = page.waitForEvent('download');
  await deckCard.getByRole('button', { name: 'Export deck' }).click();
  expect((await deckFile).suggestedFilename()).toMatch(/-deck-\d{4}-\d{2}-\d{2}\.pptx$/);
  const zip = await JSZip.loadAsync(await downloaded(deckFile));
  const files = Object.keys(zip.files);
  expect(files.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(10);
  expect(files.filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f)).length).toBeGreaterThan(6);
  const lastSlide = (await zip.file('ppt/slides/slide10.xml')?.async('string')) ?? '';
  expect(lastSlide).toContain('Invoice triage agent');
  const layouts = await Promise.all(
    files
      .filter((f) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(f))
      .map((f) => zip.file(f)?.async('string') ?? ''),
  );
  expect(layouts.join('')).toContain(CLIENT);
  expect(layouts.join('')).toContain(ACCENT.slice(1).toUpperCase());
  await expect(page.getByText(/Deck of 10 slides saved/)).toBeVisible();

  const workbookCard = page.getByRole('region', { name: 'Excel workbook' });
  const workbookFile = page.waitForEvent('download');
  await workbookCard.getByRole('button', { name: 'Export workbook' }).click();
  const bytes = await downloaded(workbookFile);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Uint8Array.from(bytes).buffer);
  expect(book.worksheets.map((s) => s.name)).toContain('Measurements');
  const pilots = book.getWorksheet('Pilots');
  expect(pilots?.rowCount).toBe(25);
  const names = pilots?.getColumn(2).values.slice(2).map(String) ?? [];
  expect(names).toContain('Claims intake summariser');
  expect(pilots?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  const measurements = book.getWorksheet('Measurements');
  expect(measurements?.getRow(2).getCell(3).value).toBeInstanceOf(Date);
  expect(typeof measurements?.getRow(2).getCell(4).value).toBe('number');
  await expect(page.getByText(/Workbook of [\d,]+ rows saved/)).toBeVisible();
});
