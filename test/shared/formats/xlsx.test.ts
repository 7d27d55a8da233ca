import { describe, expect, it } from 'vitest';
import { FileRefusedError } from '../../../shared/formats/fileRefusal';
import { readXlsxRows, xmlText } from '../../../shared/formats/xlsx';
import { buildZip, measurementSheet, workbook } from './xlsxFixture';

async function refusal(run: () => Promise<unknown>): Promise<FileRefusedError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof FileRefusedError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const EXPECTED = [
  ['Pilot', 'Metric', 'Date', 'Value', ''],
  ['Invoice triage & co', 'Cycle time\r', '2026-01-31', '1234.5', ''],
  ['Invoice triage & co', 'Cycle time\r', '2026-02-01', '-0.25', 'a <note>'],
  ['', '', '', '', ''],
  ['', '', '', '', ''],
  ['Claims', 'TRUE', 'Date', '#N/A', ''],
];

describe('reading the first sheet of an XLSX workbook', () => {
  it.each([false, true])(
    'gives rows of text, dates as ISO days (deflated: %s)',
    async (deflate) => {
      expect(await readXlsxRows(await workbook(measurementSheet(), deflate), 'book.xlsx')).toEqual(
        EXPECTED,
      );
    },
  );

  it('decodes XML entities and OOXML escapes', () => {
    expect(xmlText('a &amp; b &lt;c&gt; &#233;&#x1F680; _x0009_tab')).toBe('a & b <c> é🚀 \ttab');
  });

  it('refuses a sheet of a million rows from its declared size, quickly', async () => {
    const book = await workbook(measurementSheet('A1:E1048576'), true);
    const started = performance.now();
    const error = await refusal(() => readXlsxRows(book, 'huge.xlsx'));
    expect(error.headline).toBe(
      '“huge.xlsx” has a sheet of 1,048,576 rows; a workbook import takes at most 200,000 — save ' +
        'it as CSV (which takes up to two million) and import that. Nothing was imported.',
    );
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('refuses a sheet 16,384 columns wide', async () => {
    const error = await refusal(async () =>
      readXlsxRows(await workbook(measurementSheet('A1:XFD3')), 'wide.xlsx'),
    );
    expect(error.headline).toBe(
      '“wide.xlsx” has a sheet 16,384 columns wide; the app reads at most 1,000 columns. Nothing ' +
        'was imported.',
    );
  });

  it('refuses an entry that unpacks to more than it declares (a bomb the directory hides)', async () => {
    const lying = await buildZip([
      { name: 'xl/workbook.xml', text: '<workbook/>', deflate: true },
      {
        name: 'xl/worksheets/sheet1.xml',
        text: 'x'.repeat(100_000),
        deflate: true,
        declaredSize: 1_000,
      },
    ]);
    const error = await refusal(() => readXlsxRows(lying, 'lying.xlsx'));
    expect(error.headline).toBe(
      '“lying.xlsx” was refused: “xl/worksheets/sheet1.xml” unpacks to more than the size it ' +
        'declares, as a zip bomb does. Nothing was imported.',
    );
  });
});
