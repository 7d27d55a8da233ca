// The contract of `npm run bench` (QUALITY.md): how a result row is computed and what
// bench/results.json may hold. The benchmark itself never runs here — timings belong to
// `npm run bench`, not to `npm test`.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface ResultRow {
  name: string;
  value: number;
  baseline: number;
  ratio: number;
  target: number;
  unit: string;
  pass: boolean;
}
interface Spec {
  name: string;
  target: number;
  unit: string;
}
interface SafeParse {
  safeParse: (value: unknown) => { success: boolean; error?: { issues: { message: string }[] } };
}
interface BenchContract {
  BENCHMARKS: Readonly<Record<string, { target: number; unit: string }>>;
  benchmark: (name: string) => Spec;
  median: (samples: readonly number[]) => number;
  makeRow: (m: Spec & { value: number; baseline: number }) => ResultRow;
  unmeasuredRow: (m: Spec) => ResultRow;
  resultsJson: (rows: readonly ResultRow[]) => string;
  resultsSchema: SafeParse;
  tableCell: (text: string) => string;
  formatTable: (
    rows: readonly ResultRow[],
    notes: Readonly<Record<string, string>>,
    omitted: readonly { name: string; reason: string }[],
  ) => string;
}

// bench/contract.mjs is plain JavaScript so `node scripts/bench.mjs` runs it without a TypeScript
// loader; a computed specifier keeps tsc from demanding a declaration file, and the interface
// above states what is relied on.
const contract = (await import(
  /* @vite-ignore */ new URL('../../bench/contract.mjs', import.meta.url).href
)) as BenchContract;
const { benchmark, makeRow, median, resultsJson, resultsSchema, unmeasuredRow } = contract;

interface BenchRunner {
  writeMeasurementsCsv: (
    path: string,
    metrics: readonly { pilot: string; metric: string }[],
    rows: number,
  ) => Promise<number>;
}
const runner = (await import(
  /* @vite-ignore */ new URL('../../bench/runner.mjs', import.meta.url).href
)) as BenchRunner;

const resultsFile = new URL('../../bench/results.json', import.meta.url);

/** A row as results.json holds it, for schema tests. */
function jsonRow(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'first-render',
    value: 300,
    baseline: 200,
    ratio: 1.5,
    target: 1.5,
    unit: 'ms',
    pass: true,
    ...overrides,
  };
}

describe('median', () => {
  it('takes the middle sample of an odd count, whatever the order', () => {
    expect(median([900, 310, 305, 320, 300])).toBe(310);
  });

  it('averages the two middle samples of an even count', () => {
    // sorted: 100, 200, 300, 1000 → (200 + 300) / 2
    expect(median([1000, 200, 100, 300])).toBe(250);
  });

  it('is the sample itself for one sample', () => {
    expect(median([42])).toBe(42);
  });

  it('is NaN for no samples or a failed sample, never a number that looks measured', () => {
    expect(median([])).toBeNaN();
    expect(median([100, Number.NaN, 120])).toBeNaN();
    expect(median([100, Number.POSITIVE_INFINITY])).toBeNaN();
  });

  it('leaves the samples in their order', () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe('targets', () => {
  it('are those of QUALITY.md', () => {
    expect(contract.BENCHMARKS).toEqual({
      'dashboard-1m': { target: 2, unit: 'ms' },
      'import-1m-csv': { target: 2, unit: 'ms' },
      'first-render': { target: 1.5, unit: 'ms' },
      'pilots-table-10k': { target: 1.3, unit: 'ms' },
      'metric-chart-100k': { target: 1.5, unit: 'ms' },
      'initial-js-gzip': { target: 350, unit: 'KB' },
    });
  });

  it('refuse a benchmark QUALITY.md does not list', () => {
    expect(() => benchmark('first-paint')).toThrow(/not a benchmark/);
  });
});

describe('a result row', () => {
  it('passes at exactly the target: 300 ms against 200 ms is 1.5', () => {
    expect(makeRow({ ...benchmark('first-render'), value: 300, baseline: 200 })).toEqual({
      name: 'first-render',
      value: 300,
      baseline: 200,
      ratio: 1.5,
      target: 1.5,
      unit: 'ms',
      pass: true,
    });
  });

  it('fails just above the target: 261 ms against 200 ms is 1.305 > 1.3', () => {
    const row = makeRow({ ...benchmark('pilots-table-10k'), value: 261, baseline: 200 });
    expect(row.ratio).toBeCloseTo(1.305, 12);
    expect(row.pass).toBe(false);
  });

  it('is its value for a size with baseline 1: 266.5 KB passes ≤ 350', () => {
    const row = makeRow({ ...benchmark('initial-js-gzip'), value: 266.5, baseline: 1 });
    expect(row.ratio).toBe(266.5);
    expect(row.pass).toBe(true);
  });

  it('never passes when unmeasured, whatever made it so', () => {
    const spec = benchmark('metric-chart-100k');
    for (const [value, baseline] of [
      [Number.NaN, 500],
      [300, Number.NaN],
      [300, 0],
      [300, -5],
      [Number.POSITIVE_INFINITY, 500],
    ] as const) {
      const row = makeRow({ ...spec, value, baseline });
      expect(row.ratio).toBeNaN();
      expect(row.pass).toBe(false);
    }
    expect(unmeasuredRow(spec)).toMatchObject({ value: NaN, baseline: NaN, pass: false });
  });
});

describe('bench/results.json', () => {
  it('holds exactly the contract fields, unmeasured numbers as null', () => {
    const rows = [
      makeRow({ ...benchmark('first-render'), value: 300, baseline: 200 }),
      unmeasuredRow(benchmark('metric-chart-100k')),
    ];
    expect(JSON.parse(resultsJson(rows))).toEqual([
      {
        name: 'first-render',
        value: 300,
        baseline: 200,
        ratio: 1.5,
        target: 1.5,
        unit: 'ms',
        pass: true,
      },
      {
        name: 'metric-chart-100k',
        value: null,
        baseline: null,
        ratio: null,
        target: 1.5,
        unit: 'ms',
        pass: false,
      },
    ]);
  });

  it('accepts a consistent row', () => {
    expect(resultsSchema.safeParse([jsonRow()]).success).toBe(true);
  });

  it.each([
    [
      'a missing field',
      (() => {
        const { unit: _unit, ...rest } = jsonRow();
        return rest;
      })(),
    ],
    ['an extra field', jsonRow({ note: 'fast' })],
    ['a ratio that is not value / baseline', jsonRow({ ratio: 1.2 })],
    ['a pass above the target', jsonRow({ value: 400, ratio: 2, pass: true })],
    ['a fail within the target', jsonRow({ pass: false })],
    ['an unmeasured row that passes', jsonRow({ value: null, baseline: null, ratio: null })],
    ['a ratio without a value', jsonRow({ value: null, pass: false })],
    ['a target other than QUALITY.md', jsonRow({ target: 3, ratio: 1.5, pass: true })],
    ['a unit other than QUALITY.md', jsonRow({ unit: 's' })],
    ['a benchmark QUALITY.md does not list', jsonRow({ name: 'first-paint' })],
    ['a string where a number belongs', jsonRow({ value: '300' })],
  ])('refuses %s', (_label, row) => {
    expect(resultsSchema.safeParse([row]).success).toBe(false);
  });

  it('refuses the same benchmark twice', () => {
    expect(resultsSchema.safeParse([jsonRow(), jsonRow()]).success).toBe(false);
  });

  it('is refused when written from rows that break the contract', () => {
    const drifted = {
      ...makeRow({ ...benchmark('first-render'), value: 1, baseline: 1 }),
      target: 9,
    };
    expect(() => resultsJson([drifted])).toThrow();
  });

  it.runIf(existsSync(resultsFile))('as last written by npm run bench, keeps the contract', () => {
    const parsed = resultsSchema.safeParse(JSON.parse(readFileSync(resultsFile, 'utf8')));
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.success).toBe(true);
  });
});

describe('the printed table', () => {
  it('shows values, the verdict, unmeasured and omitted benchmarks', () => {
    const table = contract.formatTable(
      [
        makeRow({ ...benchmark('first-render'), value: 812.4, baseline: 171.2 }),
        makeRow({ ...benchmark('initial-js-gzip'), value: 266.49, baseline: 1 }),
        unmeasuredRow(benchmark('metric-chart-100k')),
      ],
      { 'metric-chart-100k': 'no chart yet' },
      [{ name: 'import-1m-csv', reason: 'no import yet' }],
    );
    expect(table.split('\n')).toEqual([
      '| benchmark | value | baseline | ratio | target | result | note |',
      '|---|---:|---:|---:|---:|---|---|',
      '| first-render | 812 ms | 171 ms | 4.75 | ≤ 1.5 | FAIL |  |',
      '| initial-js-gzip | 266.5 KB | 1 KB | 266.49 | ≤ 350 | pass |  |',
      '| metric-chart-100k | — ms | — ms | — | ≤ 1.5 | not measurable yet | no chart yet |',
      '| import-1m-csv | | | | | omitted: no import yet | |',
    ]);
  });

  it('keeps a multi-line, coloured error message in one cell', () => {
    const esc = String.fromCharCode(27);
    expect(contract.tableCell(`Timeout\nCall log:\n${esc}[2m  - a | b${esc}[22m\n`)).toBe(
      'Timeout Call log: - a \\| b',
    );
  });
});

describe('the import-1m-csv file', () => {
  const metrics = [
    { pilot: 'Invoice triage agent', metric: 'Cycle time' },
    { pilot: 'Claims, "fast" lane', metric: 'Error rate' },
  ];

  it('has the header, the rows asked for, names quoted where CSV needs it, days in turn', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-csv-'));
    try {
      const file = join(dir, 'm.csv');
      const bytes = await runner.writeMeasurementsCsv(file, metrics, 5);
      const text = readFileSync(file, 'utf8');
      expect(Buffer.byteLength(text)).toBe(bytes);
      const lines = text.trimEnd().split('\n');
      expect(lines).toHaveLength(6);
      expect(lines[0]).toBe('pilot,metric,date,value');
      expect(lines[1]).toMatch(/^Invoice triage agent,Cycle time,2019-01-01,\d+\.\d$/);
      expect(lines[3]).toMatch(/^Invoice triage agent,Cycle time,2019-01-03,/);
      expect(lines[4]).toMatch(/^"Claims, ""fast"" lane",Error rate,2019-01-01,/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is the same bytes every time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-csv-'));
    try {
      await runner.writeMeasurementsCsv(join(dir, 'a.csv'), metrics, 1000);
      await runner.writeMeasurementsCsv(join(dir, 'b.csv'), metrics, 1000);
      expect(readFileSync(join(dir, 'a.csv'))).toEqual(readFileSync(join(dir, 'b.csv')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
