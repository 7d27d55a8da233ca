import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { generateSamplePortfolio } from '@shared/sample';
import { writeWorkbook } from '../../../renderer/workers/workbookEngine';

const data = generateSamplePortfolio({ today: '2026-11-29', pilots: 4 });

async function exportAndReadBack(): Promise<{ book: ExcelJS.Workbook; progress: number[][] }> {
  const progress: number[][] = [];
  const { value } = await writeWorkbook(
    { data, exportedAt: '2026-11-29T10:00:00.000Z' },
    { progress: (done, total) => progress.push([done, total ?? -1]) },
  );
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength) as ArrayBuffer,
  );
  return { book, progress };
}

describe('the Excel workbook', () => {
  it('reads back with the same values, typed: dates as dates, money as money', async () => {
    const { book } = await exportAndReadBack();
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Pilots',
      'Metrics',
      'Measurements',
      'Agents',
      'Agent assignments',
      'Supervision logs',
      'People',
      'Decisions',
      'Lessons',
    ]);
    const pilots = book.getWorksheet('Pilots');
    if (!pilots) throw new Error('no Pilots sheet');
    const header = (pilots.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    const pilot = data.pilots[0];
    if (!pilot) throw new Error('sample has pilots');
    const row = pilots.getRow(2);
    expect(row.getCell(col('name')).value).toBe(pilot.name);
    expect(row.getCell(col('budget')).value).toBe(pilot.budget);
    expect(row.getCell(col('budget')).numFmt).toBe('"€"#,##0.00;-"€"#,##0.00');
    if (pilot.startDate) {
      expect(row.getCell(col('start date')).value).toEqual(
        new Date(`${pilot.startDate}T00:00:00Z`),
      );
      expect(row.getCell(col('start date')).numFmt).toBe('yyyy-mm-dd');
    }
    expect(pilots.rowCount).toBe(data.pilots.length + 1);
  });

  it('freezes and filters every header row, in bold', async () => {
    const { book } = await exportAndReadBack();
    for (const sheet of book.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).font?.bold).toBe(true);
      expect(sheet.autoFilter).toBeTruthy();
    }
  });

  it('writes every measurement, its value a number, and counts rows as progress', async () => {
    const { book, progress } = await exportAndReadBack();
    const sheet = book.getWorksheet('Measurements');
    if (!sheet) throw new Error('no Measurements sheet');
    const measurements = data.series.reduce((n, s) => n + s.days.length, 0);
    expect(sheet.rowCount).toBe(measurements + 1);
    const series = data.series[0];
    if (!series) throw new Error('sample has series');
    expect(sheet.getRow(2).getCell(4).value).toBe(series.values[0]);
    expect(sheet.getRow(2).getCell(3).value).toBeInstanceOf(Date);
    const last = progress.at(-1);
    expect(last?.[0]).toBe(last?.[1]);
    expect(progress[0]).toEqual([0, last?.[1]]);
  });

  it('keeps formula-like text as text', async () => {
    const hostile = {
      ...data,
      pilots: data.pilots.map((p, i) =>
        i === 0 ? { ...p, name: '=HYPERLINK("http://evil")' } : p,
      ),
    };
    const { value } = await writeWorkbook(
      { data: hostile, exportedAt: '2026-11-29T10:00:00.000Z' },
      { progress: () => undefined },
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength) as ArrayBuffer,
    );
    const cell = book.getWorksheet('Pilots')?.getRow(2).getCell(2);
    expect(cell?.value).toBe('\'=HYPERLINK("http://evil")');
    expect(cell?.formula).toBeUndefined();
  });

  it('writes measurement notes with markup, emoji and right-to-left text intact', async () => {
    const series = data.series[0];
    if (!series) throw new Error('sample has series');
    const day = String(series.days[0]);
    const noted = {
      ...data,
      series: [
        { ...series, notes: { [day]: 'a < b & "c" 🚀 مرحبا\u0007' } },
        ...data.series.slice(1),
      ],
    };
    const { value } = await writeWorkbook(
      { data: noted, exportedAt: '2026-11-29T10:00:00.000Z' },
      { progress: () => undefined },
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Uint8Array.from(value).buffer);
    const row = book.getWorksheet('Measurements')?.getRow(2);
    expect(row?.getCell(5).value).toBe('a < b & "c" 🚀 مرحبا');
    expect(row?.getCell(3).numFmt).toBe('yyyy-mm-dd');
  });
});
