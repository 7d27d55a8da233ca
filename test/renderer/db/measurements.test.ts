import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isoToDay } from '../../../shared/dates';
import type { Metric } from '../../../shared/model';
import {
  MeasurementExistsError,
  RecordNotFoundError,
  ValidationError,
  addMeasurement,
  addMeasurementsBulk,
  createMetric,
  createPilot,
  deleteMeasurement,
  importMeasurements,
  listPilotHistory,
  restoreDeleted,
  seriesToMeasurements,
  updateMeasurement,
  type PortfolioDatabase,
} from '../../../renderer/db';
import { deleteOpenedDatabases, newDatabase } from './fixtures';

let db: PortfolioDatabase;
let metric: Metric;
beforeEach(async () => {
  db = await newDatabase();
  const pilot = await createPilot(db, { name: 'Invoice triage' });
  metric = await createMetric(db, {
    name: 'Cycle time',
    unit: 'days',
    pilotId: pilot.id,
    baseline: 9,
    target: 3,
  });
});
afterEach(deleteOpenedDatabases);

async function stored() {
  const series = await db.series.get(metric.id);
  if (!series) throw new Error('no series');
  return { series, rows: seriesToMeasurements(series) };
}

describe('addMeasurement', () => {
  it('keeps days sorted whatever order measurements arrive in', async () => {
    for (const [date, value] of [
      ['2026-03-01', 7],
      ['2026-01-01', 9],
      ['2026-02-01', 8],
      ['2026-04-01', 6.5],
    ] as const) {
      await addMeasurement(db, { metricId: metric.id, date, value });
    }
    const { series, rows } = await stored();
    expect(Array.from(series.days)).toEqual(
      ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01'].map(isoToDay),
    );
    expect(rows.map((r) => [r.date, r.value])).toEqual([
      ['2026-01-01', 9],
      ['2026-02-01', 8],
      ['2026-03-01', 7],
      ['2026-04-01', 6.5],
    ]);
    expect(series.pilotId).toBe(metric.pilotId);
  });

  it('writes one readable history entry per measurement, on the pilot', async () => {
    await addMeasurement(db, { metricId: metric.id, date: '2026-01-01', value: 1234.5 });
    const [latest] = await listPilotHistory(db, metric.pilotId);
    expect(latest).toMatchObject({
      action: 'create',
      entityType: 'measurement',
      entityId: metric.id,
      summary: 'Added 1,234.5 days for 2026-01-01 to “Cycle time”',
    });
  });

  it('refuses a second value for the same date unless asked to replace it', async () => {
    await addMeasurement(db, {
      metricId: metric.id,
      date: '2026-01-01',
      value: 9,
      note: 'baseline week',
    });
    const attempt = addMeasurement(db, { metricId: metric.id, date: '2026-01-01', value: 8 });

    await expect(attempt).rejects.toBeInstanceOf(MeasurementExistsError);
    const error = (await attempt.catch((e: unknown) => e)) as MeasurementExistsError;
    expect(error).toMatchObject({
      date: '2026-01-01',
      existingValue: 9,
      existingNote: 'baseline week',
    });
    expect(error.message).toBe(
      '“Cycle time” already has a measurement on 2026-01-01 (9). Replace it, or choose another date — nothing was changed.',
    );
    expect((await stored()).rows).toEqual([
      { metricId: metric.id, date: '2026-01-01', value: 9, note: 'baseline week' },
    ]);

    await addMeasurement(
      db,
      { metricId: metric.id, date: '2026-01-01', value: 8 },
      { replace: true },
    );
    expect((await stored()).rows).toEqual([{ metricId: metric.id, date: '2026-01-01', value: 8 }]);
    const [latest] = await listPilotHistory(db, metric.pilotId);
    expect(latest!.summary).toBe(
      'Replaced the 2026-01-01 measurement of “Cycle time”: 9 days → 8 days',
    );
  });

  it('names the bad field and writes nothing', async () => {
    const error = await addMeasurement(db, {
      metricId: metric.id,
      date: '2026-02-30',
      value: Number.NaN,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({
      date: 'Not a calendar date (YYYY-MM-DD): 2026-02-30',
      value: 'Must be a finite number',
    });
    expect(await db.series.count()).toBe(0);
  });

  it('refuses a metric that does not exist', async () => {
    await expect(
      addMeasurement(db, {
        metricId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
        date: '2026-01-01',
        value: 1,
      }),
    ).rejects.toBeInstanceOf(RecordNotFoundError);
  });
});

describe('updateMeasurement', () => {
  beforeEach(async () => {
    await addMeasurement(db, { metricId: metric.id, date: '2026-01-01', value: 9 });
    await addMeasurement(db, {
      metricId: metric.id,
      date: '2026-02-01',
      value: 8,
      note: 'new intake form',
    });
    await addMeasurement(db, { metricId: metric.id, date: '2026-03-01', value: 7 });
  });

  it('changes a value in place', async () => {
    await updateMeasurement(db, metric.id, '2026-02-01', { value: 7.75 });
    expect((await stored()).rows[1]).toEqual({
      metricId: metric.id,
      date: '2026-02-01',
      value: 7.75,
      note: 'new intake form',
    });
    const [latest] = await listPilotHistory(db, metric.pilotId);
    expect(latest).toMatchObject({
      summary: 'Changed the 2026-02-01 measurement of “Cycle time” from 8 days to 7.75 days',
      changes: { value: [8, 7.75] },
    });
  });

  it('moves a measurement to another date, keeping order and taking its note along', async () => {
    await updateMeasurement(db, metric.id, '2026-02-01', { date: '2026-03-15' });
    const { series, rows } = await stored();
    expect(rows).toEqual([
      { metricId: metric.id, date: '2026-01-01', value: 9 },
      { metricId: metric.id, date: '2026-03-01', value: 7 },
      { metricId: metric.id, date: '2026-03-15', value: 8, note: 'new intake form' },
    ]);
    expect(series.notes).toEqual({ [String(isoToDay('2026-03-15'))]: 'new intake form' });
    const [latest] = await listPilotHistory(db, metric.pilotId);
    expect(latest!.summary).toBe('Moved the 2026-02-01 measurement of “Cycle time” to 2026-03-15');
  });

  it('refuses to move onto a date that has a value unless replacing', async () => {
    await expect(
      updateMeasurement(db, metric.id, '2026-02-01', { date: '2026-03-01' }),
    ).rejects.toBeInstanceOf(MeasurementExistsError);
    expect((await stored()).rows).toHaveLength(3);

    await updateMeasurement(db, metric.id, '2026-02-01', { date: '2026-03-01' }, { replace: true });
    expect((await stored()).rows).toEqual([
      { metricId: metric.id, date: '2026-01-01', value: 9 },
      { metricId: metric.id, date: '2026-03-01', value: 8, note: 'new intake form' },
    ]);
  });

  it('edits and removes a note', async () => {
    await updateMeasurement(db, metric.id, '2026-01-01', { note: 'first week' });
    expect((await stored()).rows[0]!.note).toBe('first week');
    await updateMeasurement(db, metric.id, '2026-01-01', { note: null });
    const { series } = await stored();
    expect(series.notes).toEqual({ [String(isoToDay('2026-02-01'))]: 'new intake form' });
  });

  it('reports a date that has no measurement', async () => {
    await expect(
      updateMeasurement(db, metric.id, '2026-01-02', { value: 1 }),
    ).rejects.toBeInstanceOf(RecordNotFoundError);
  });
});

describe('deleteMeasurement', () => {
  it('removes the value and its note, and undo puts both back', async () => {
    await addMeasurement(db, { metricId: metric.id, date: '2026-01-01', value: 9 });
    await addMeasurement(db, {
      metricId: metric.id,
      date: '2026-02-01',
      value: 8,
      note: 'new intake form',
    });
    await addMeasurement(db, { metricId: metric.id, date: '2026-03-01', value: 7 });
    const before = (await stored()).rows;

    const token = await deleteMeasurement(db, metric.id, '2026-02-01');
    const { series } = await stored();
    expect(Array.from(series.days)).toEqual(['2026-01-01', '2026-03-01'].map(isoToDay));
    expect(series.notes).toEqual({});
    expect(token.label).toBe('Deleted the 2026-02-01 measurement (8 days) of “Cycle time”');

    expect(await restoreDeleted(db, token)).toEqual({ restored: 1, skipped: 0 });
    expect((await stored()).rows).toEqual(before);
    const [latest] = await listPilotHistory(db, metric.pilotId);
    expect(latest).toMatchObject({
      action: 'restore',
      summary: 'Restored the 2026-02-01 measurement (8 days) of “Cycle time”',
    });
  });

  it('undo leaves alone a value entered for that day after the delete', async () => {
    await addMeasurement(db, { metricId: metric.id, date: '2026-02-01', value: 8 });
    const token = await deleteMeasurement(db, metric.id, '2026-02-01');
    await addMeasurement(db, { metricId: metric.id, date: '2026-02-01', value: 7.5 });
    expect(await restoreDeleted(db, token)).toEqual({ restored: 0, skipped: 1 });
    expect((await stored()).rows).toEqual([
      { metricId: metric.id, date: '2026-02-01', value: 7.5 },
    ]);
  });
});

describe('addMeasurementsBulk', () => {
  /** A deterministic shuffle (LCG), so the test is the same on every run. */
  function shuffled<T>(items: T[]): T[] {
    const out = items.slice();
    let seed = 42;
    for (let i = out.length - 1; i > 0; i--) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      const j = seed % (i + 1);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  it('merges 100,000 unsorted rows into a sorted series in one history entry', async () => {
    const start = isoToDay('2000-01-01');
    const rows = shuffled(
      Array.from({ length: 100_000 }, (_v, i) => ({
        date: new Date((start + i) * 86_400_000).toISOString().slice(0, 10),
        value: i * 0.5,
        ...(i % 10_000 === 0 ? { note: `checkpoint ${i}` } : {}),
      })),
    );
    const historyBefore = await db.history.count();

    const result = await addMeasurementsBulk(db, metric.id, rows);

    expect(result).toEqual({ added: 100_000, replaced: 0, kept: 0 });
    const { series } = await stored();
    expect(series.days.length).toBe(100_000);
    let ascending = true;
    for (let i = 1; i < series.days.length; i++) {
      ascending &&= series.days[i]! > series.days[i - 1]!;
    }
    expect(ascending).toBe(true);
    expect(series.days[0]).toBe(start);
    expect(series.values[0]).toBe(0);
    expect(series.days[99_999]).toBe(start + 99_999);
    expect(series.values[99_999]).toBe(49_999.5);
    expect(series.values[12_345]).toBe(6_172.5);
    expect(Object.keys(series.notes)).toHaveLength(10);
    expect(series.notes[String(start + 50_000)]).toBe('checkpoint 50000');
    expect(await db.history.count()).toBe(historyBefore + 1);
    const [latest] = await listPilotHistory(db, metric.pilotId);
    expect(latest!.summary).toBe(
      'Imported 100,000 measurements into “Cycle time” (2000-01-01 to 2273-10-15)',
    );
  });

  it('merges with existing values: refuses by default, replaces or keeps when told', async () => {
    await addMeasurement(db, { metricId: metric.id, date: '2026-01-08', value: 9 });
    const rows = [
      { date: '2026-01-15', value: 8 },
      { date: '2026-01-01', value: 10 },
      { date: '2026-01-08', value: 8.5 },
    ];
    const before = await stored();

    await expect(addMeasurementsBulk(db, metric.id, rows)).rejects.toBeInstanceOf(
      MeasurementExistsError,
    );
    expect(await stored()).toEqual(before);

    expect(await addMeasurementsBulk(db, metric.id, rows, { onExisting: 'keep' })).toEqual({
      added: 2,
      replaced: 0,
      kept: 1,
    });
    expect((await stored()).rows.map((r) => r.value)).toEqual([10, 9, 8]);

    expect(
      await addMeasurementsBulk(db, metric.id, [{ date: '2026-01-08', value: 8.5 }], {
        onExisting: 'replace',
      }),
    ).toEqual({ added: 0, replaced: 1, kept: 0 });
    expect((await stored()).rows.map((r) => r.value)).toEqual([10, 8.5, 8]);
  });

  it('refuses a batch with a bad row or a repeated date, naming the row', async () => {
    const bad = await addMeasurementsBulk(db, metric.id, [
      { date: '2026-01-01', value: 1 },
      { date: '01/02/2026', value: 2 },
    ]).catch((e: unknown) => e);
    expect((bad as ValidationError).fieldErrors).toEqual({
      '1.date': 'Not a calendar date (YYYY-MM-DD): 01/02/2026',
    });

    const twice = await addMeasurementsBulk(db, metric.id, [
      { date: '2026-01-01', value: 1 },
      { date: '2026-01-02', value: 2 },
      { date: '2026-01-01', value: 3 },
    ]).catch((e: unknown) => e);
    expect((twice as ValidationError).fieldErrors).toEqual({
      '2.date': '2026-01-01 is given twice (positions 1 and 3)',
    });
    expect(await db.series.count()).toBe(0);
  });

  it('imports several metrics all or nothing', async () => {
    const other = await createMetric(db, {
      name: 'Cost per invoice',
      pilotId: metric.pilotId,
      baseline: 12,
      target: 6,
    });
    const missing = '5f0c2b1a-9d8e-4c7b-a6f5-e4d3c2b1a098';
    const attempt = importMeasurements(
      db,
      new Map([
        [metric.id, [{ date: '2026-01-01', value: 9 }]],
        [other.id, [{ date: '2026-01-01', value: 12 }]],
        [missing, [{ date: '2026-01-01', value: 1 }]],
      ]),
    );
    await expect(attempt).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await db.series.count()).toBe(0);

    const results = await importMeasurements(
      db,
      new Map([
        [metric.id, [{ date: '2026-01-01', value: 9 }]],
        [other.id, [{ date: '2026-01-01', value: 12 }]],
      ]),
    );
    expect([...results.values()]).toEqual([
      { added: 1, replaced: 0, kept: 0 },
      { added: 1, replaced: 0, kept: 0 },
    ]);
    expect(await db.series.count()).toBe(2);
  });
});
