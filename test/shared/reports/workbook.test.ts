import { describe, expect, it } from 'vitest';
import { generateSamplePortfolio } from '@shared/sample';
import {
  MAX_WORKBOOK_MEASUREMENTS,
  measurementsLeftOut,
  moneyFormat,
  toCell,
  workbookSheets,
  WORKBOOK_TABLES,
} from '@shared/reports/workbook';
import type { PortfolioData } from '@shared/model';

const data = generateSamplePortfolio({ today: '2026-11-29', pilots: 6 });

function sheet(name: string) {
  const found = workbookSheets(data).find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe('workbook sheets', () => {
  it('has one sheet per table the issue names, in order, with frozen-header-ready columns', () => {
    expect(workbookSheets(data).map((s) => s.name)).toEqual([
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
    expect(WORKBOOK_TABLES).toHaveLength(9);
  });

  it('types pilot columns: dates as dates, budget as money, seats as whole numbers', () => {
    const pilots = sheet('Pilots');
    const kind = (h: string) => pilots.columns.find((c) => c.header === h)?.kind;
    expect(kind('name')).toBe('text');
    expect(kind('start date')).toBe('date');
    expect(kind('budget')).toBe('money');
    expect(kind('agent seats')).toBe('integer');
    expect(kind('created at')).toBe('datetime');

    const first = [...pilots.rows()][0] ?? [];
    const pilot = data.pilots[0];
    if (!pilot) throw new Error('sample has pilots');
    const at = (h: string) => first[pilots.columns.findIndex((c) => c.header === h)];
    expect(at('name')).toBe(pilot.name);
    expect(at('budget')).toBe(pilot.budget);
    if (pilot.startDate) {
      expect(at('start date')).toEqual(new Date(`${pilot.startDate}T00:00:00Z`));
    }
    expect(at('created at')).toEqual(new Date(pilot.createdAt));
    expect(pilots.rowCount).toBe(data.pilots.length);
  });

  it('lists every measurement with its date as a date and its value as a number', () => {
    const sheetRows = [...sheet('Measurements').rows()];
    const total = data.series.reduce((n, s) => n + s.days.length, 0);
    expect(sheetRows).toHaveLength(total);
    const series = data.series[0];
    if (!series) throw new Error('sample has series');
    const firstRow = sheetRows[0] ?? [];
    expect(firstRow[2]).toBeInstanceOf(Date);
    expect(firstRow[3]).toBe(series.values[0]);
  });

  it('leaves measurements beyond a sheet to the CSV export, and says so on their sheet', () => {
    const days = Float64Array.from({ length: MAX_WORKBOOK_MEASUREMENTS + 1 }, (_, i) => i);
    const base = data.series[0];
    if (!base) throw new Error('sample has series');
    const big: PortfolioData = {
      ...data,
      series: [{ ...base, days, values: new Float64Array(days.length).fill(1), notes: {} }],
    };
    expect(measurementsLeftOut(big)).toBe(1_048_576);
    expect(measurementsLeftOut(data)).toBe(0);
    const sheet = workbookSheets(big).find((s) => s.name === 'Measurements');
    expect(sheet?.rowCount).toBe(1);
    expect([...(sheet?.rows() ?? [])][0]?.[0]).toBe(
      'This portfolio has 1,048,576 measurements, more than a sheet holds (1,048,575). ' +
        'Export them from Reports → Export CSV → Measurements; that file has the same columns and imports back.',
    );
  });
});

describe('toCell', () => {
  it('neutralises text a spreadsheet would run, but keeps negative numbers numbers', () => {
    expect(toCell('=HYPERLINK("http://x")', 'text')).toBe('\'=HYPERLINK("http://x")');
    expect(toCell('+1', 'text')).toBe("'+1");
    expect(toCell('@SUM(A1)', 'text')).toBe("'@SUM(A1)");
    expect(toCell('\tx', 'text')).toBe("'\tx");
    expect(toCell(-5, 'money')).toBe(-5);
    expect(toCell('plain', 'text')).toBe('plain');
  });

  it('turns ISO dates into UTC midnight and leaves other text as neutralised text', () => {
    expect(toCell('2026-03-01', 'date')).toEqual(new Date(Date.UTC(2026, 2, 1)));
    expect(toCell('=1+1', 'date')).toBe("'=1+1");
    expect(toCell(null, 'date')).toBeNull();
    expect(toCell(undefined, 'text')).toBeNull();
    expect(toCell(Number.NaN, 'number')).toBeNull();
  });
});

describe('moneyFormat', () => {
  it('uses the currency symbol where there is one, and the code otherwise', () => {
    expect(moneyFormat('EUR')).toBe('"€"#,##0.00;-"€"#,##0.00');
    expect(moneyFormat('USD')).toBe('"$"#,##0.00;-"$"#,##0.00');
    expect(moneyFormat('CHF')).toBe('"CHF"#,##0.00;-"CHF"#,##0.00');
  });
});
