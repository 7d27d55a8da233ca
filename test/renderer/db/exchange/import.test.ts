import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayToIso, isoToDay } from '../../../../shared/dates';
import { newId } from '../../../../shared/ids';
import type { FileIssue } from '../../../../shared/formats/fileRefusal';
import {
  MeasurementExistsError,
  loadPortfolioData,
  type PortfolioDatabase,
} from '../../../../renderer/db';
import {
  findExistingDates,
  importMeasurementColumns,
  type ImportColumnsResult,
  type OnExistingDate,
} from '../../../../renderer/db/exchange';
import { matchGroups } from '../../../../renderer/features/data/matchGroups';
import { parseCsv, prepareImport } from '../../../../renderer/workers/csvImportEngine';
import { buildSmallPortfolio, deleteOpenedDatabases, emptyDatabase } from '../fixtures';
import { readRawDatabase } from '../migrationHarness';

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteOpenedDatabases();
});

async function loaded(data = buildSmallPortfolio()): Promise<PortfolioDatabase> {
  const db = emptyDatabase();
  await db.open();
  await loadPortfolioData(db, data);
  return db;
}

type Outcome = { issues: FileIssue[] } | { result: ImportColumnsResult };

/** The import as the dialog runs it: parse, convert, match names, write. */
async function importCsv(
  db: PortfolioDatabase,
  text: string,
  options: { createMissing?: boolean; onExisting?: OnExistingDate } = {},
): Promise<Outcome> {
  const bytes = new TextEncoder().encode(text);
  const summary = parseCsv({ bytes, fileName: 'm.csv' }, { progress: () => undefined }).value;
  const prepared = prepareImport({
    mapping: summary.guess,
    choice: { decimal: null, dateOrder: null },
  }).value;
  if (prepared.kind !== 'converted') throw new Error('unexpected question');
  if (prepared.conversion.issues.length > 0) return { issues: prepared.conversion.issues };
  const matched = await matchGroups(db, prepared.conversion.groups, {
    createMissing: options.createMissing ?? false,
    pilotColumn: summary.guess.pilot === null ? null : 'pilot',
    metricColumn: 'metric',
  });
  if (matched.issues.length > 0) return { issues: matched.issues };
  const result = await importMeasurementColumns(db, matched.items, {
    fileName: 'm.csv',
    onExisting: options.onExisting ?? 'error',
  });
  return { result };
}

const HEADER = 'pilot,metric,date,value,note\n';

describe('importing measurements', () => {
  it('adds values to metrics found by name, with a history line per metric and one for the file', async () => {
    const db = await loaded();
    const outcome = await importCsv(
      db,
      `${HEADER}Invoice triage,Cycle time,2026-01-26,5.5,after retraining\n` +
        ' invoice TRIAGE ,invoices touched,2026-01-19,120,\n',
    );
    expect(outcome).toEqual({
      result: expect.objectContaining({
        added: 2,
        replaced: 0,
        metrics: 2,
        summary: 'Imported 2 measurements into 2 metrics from “m.csv”',
      }) as unknown,
    });
    const cycle = (await db.series.toArray()).find((s) => s.values.length === 4)!;
    expect(Array.from(cycle.values)).toEqual([9, 7.5, 6.25, 5.5]);
    expect(cycle.notes[String(isoToDay('2026-01-26'))]).toBe('after retraining');
    const history = (await db.history.toArray()).filter((h) => h.action === 'import');
    expect(history.map((h) => h.summary).sort()).toEqual([
      'Imported 1 measurement into “Cycle time” from “m.csv” (2026-01-26)',
      'Imported 1 measurement into “Invoices touched” from “m.csv” (2026-01-19)',
      'Imported 2 measurements into 2 metrics from “m.csv”',
      expect.stringMatching(/^Loaded a portfolio/) as unknown as string,
    ]);
  });

  it.each([1, 50, 100])('imports nothing when row %i of 100 is bad, and names it', async (k) => {
    const db = await loaded();
    const before = await readRawDatabase(db.name);
    const rows = Array.from({ length: 100 }, (_v, i) =>
      i + 1 === k
        ? `Invoice triage,Cycle time,${dayToIso(isoToDay('2026-02-01') + i)},12..5,`
        : `Invoice triage,Cycle time,${dayToIso(isoToDay('2026-02-01') + i)},${i},`,
    );
    const outcome = await importCsv(db, HEADER + rows.join('\n'));
    expect(outcome).toEqual({
      issues: [{ where: `Row ${k + 1}, column value`, message: '“12..5” is not a number' }],
    });
    expect(await readRawDatabase(db.name)).toEqual(before);
  });

  it('refuses names it cannot find, or creates them when asked', async () => {
    const db = await loaded();
    const text = `${HEADER}Claims bot,Handling time,2026-03-01,12,\nClaims bot,Handling time,2026-03-08,10,\n`;
    expect(await importCsv(db, text)).toEqual({
      issues: [
        {
          where: 'Row 2, column pilot',
          message: 'no pilot named “Claims bot” (and 1 more rows)',
        },
      ],
    });
    const outcome = await importCsv(db, text, { createMissing: true });
    expect(outcome).toMatchObject({ result: { added: 2, pilotsCreated: 1, metricsCreated: 1 } });
    const pilot = (await db.pilots.toArray()).find((p) => p.name === 'Claims bot')!;
    const metric = (await db.metrics.where('pilotId').equals(pilot.id).toArray())[0]!;
    expect(metric).toMatchObject({ name: 'Handling time', baseline: 12, target: 12 });
    expect(Array.from((await db.series.get(metric.id))!.values)).toEqual([12, 10]);
  });

  it('never overwrites a stored date silently: refuse, keep or replace, as the person chose', async () => {
    const db = await loaded();
    const before = await readRawDatabase(db.name);
    const text = `${HEADER}Invoice triage,Cycle time,2026-01-12,7,\nInvoice triage,Cycle time,2026-02-01,4,\n`;

    const error = await importCsv(db, text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MeasurementExistsError);
    expect(await readRawDatabase(db.name)).toEqual(before);

    const small = buildSmallPortfolio();
    expect(
      await findExistingDates(db, [
        {
          pilotName: 'Invoice triage',
          metricName: 'Cycle time',
          pilotId: null,
          metricId: (await db.metrics.toArray()).find((m) => m.name === 'Cycle time')!.id,
          days: Float64Array.from([isoToDay('2026-01-12'), isoToDay('2026-02-01')]),
          values: Float64Array.from([7, 4]),
          notes: {},
        },
      ]),
    ).toEqual({
      count: 1,
      examples: [{ metricName: 'Cycle time', date: '2026-01-12', stored: 7.5, incoming: 7 }],
    });
    expect(small.pilots).toHaveLength(2);

    await importCsv(db, text, { onExisting: 'keep' });
    const cycleId = (await db.metrics.toArray()).find((m) => m.name === 'Cycle time')!.id;
    expect(Array.from((await db.series.get(cycleId))!.values)).toEqual([9, 7.5, 6.25, 4]);
    await importCsv(db, text, { onExisting: 'replace' });
    expect(Array.from((await db.series.get(cycleId))!.values)).toEqual([9, 7, 6.25, 4]);
  });

  it.each([1, 2, 3])('leaves the database unchanged when storage fails at write %i', async (k) => {
    const db = await loaded();
    const before = await readRawDatabase(db.name);
    let writes = 0;
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore['put']>
      ) {
        writes++;
        if (writes === k) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return original.apply(this, args);
      });
    }
    const text =
      `${HEADER}Invoice triage,Cycle time,2026-03-01,1,\n` +
      'Invoice triage,Invoices touched,2026-03-01,2,\nClaims bot,Handling time,2026-03-01,3,\n';

    const error = await importCsv(db, text, { createMissing: true }).catch((e: unknown) => e);

    expect(String(error)).toContain('QuotaExceededError');
    vi.restoreAllMocks();
    expect(await readRawDatabase(db.name)).toEqual(before);
  });

  it('leaves the database unchanged when storage fails in a later batch of series', async () => {
    const data = buildSmallPortfolio();
    const pilot = data.pilots[0]!;
    const template = data.metrics[1]!;
    data.metrics = Array.from({ length: 600 }, (_v, i) => ({
      ...template,
      id: newId(),
      name: `Metric ${i}`,
      definitionId: null,
    }));
    data.series = [];
    const db = await loaded(data);
    const before = await readRawDatabase(db.name);
    // Series are written 250 to a batch, the batches not awaited one by one: the 400th put fails
    // while the first batch may already be stored and the third already queued.
    let puts = 0;
    const original = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      puts++;
      if (puts === 400)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    });
    const lines = [HEADER.trimEnd()];
    for (let m = 0; m < 600; m++) lines.push(`${pilot.name},Metric ${m},2026-03-01,${m},`);

    const error = await importCsv(db, lines.join('\n')).catch((e: unknown) => e);

    expect(String(error)).toContain('QuotaExceededError');
    vi.restoreAllMocks();
    expect(await readRawDatabase(db.name)).toEqual(before);
  });

  it('refuses a clash found after earlier batches were queued, and writes none of them', async () => {
    const data = buildSmallPortfolio();
    const pilot = data.pilots[0]!;
    const template = data.metrics[1]!;
    data.metrics = Array.from({ length: 600 }, (_v, i) => ({
      ...template,
      id: newId(),
      name: `Metric ${i}`,
      definitionId: null,
    }));
    const clashing = data.metrics[550]!;
    data.series = [
      {
        metricId: clashing.id,
        pilotId: clashing.pilotId,
        days: Float64Array.from([isoToDay('2026-03-01')]),
        values: Float64Array.from([1]),
        notes: {},
        updatedAt: '2026-03-01T09:00:00.000Z',
      },
    ];
    const db = await loaded(data);
    const before = await readRawDatabase(db.name);
    const lines = [HEADER.trimEnd()];
    for (let m = 0; m < 600; m++) lines.push(`${pilot.name},Metric ${m},2026-03-01,${m},`);

    const error = await importCsv(db, lines.join('\n')).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(MeasurementExistsError);
    expect(await readRawDatabase(db.name)).toEqual(before);
  });

  it('imports 1,000,000 rows into 2,000 metrics in one transaction', async () => {
    const data = buildSmallPortfolio();
    const pilot = data.pilots[0]!;
    const template = data.metrics[1]!;
    data.metrics = Array.from({ length: 2_000 }, (_v, i) => ({
      ...template,
      id: newId(),
      name: `Metric ${i}`,
      definitionId: null,
    }));
    data.series = [];
    const db = await loaded(data);
    const start = isoToDay('2020-01-01');
    const lines = [HEADER.trimEnd()];
    for (let d = 0; d < 500; d++) {
      const date = dayToIso(start + d);
      for (let m = 0; m < 2_000; m++)
        lines.push(`${pilot.name},Metric ${m},${date},${m + d / 1000},`);
    }

    const outcome = await importCsv(db, lines.join('\n'));

    expect(outcome).toMatchObject({ result: { added: 1_000_000, metrics: 2_000 } });
    const series = await db.series.toArray();
    expect(series.reduce((n, s) => n + s.days.length, 0)).toBe(1_000_000);
    const one = series.find((s) => s.metricId === data.metrics[1_234]!.id)!;
    expect(one.values[499]).toBeCloseTo(1_234.499, 10);
  }, 120_000);
});
