import type { HistoryEntry, Measurement, MeasurementSeries, Metric } from '../../../shared/model';
import { dayToIso, isoToDay } from '../../../shared/dates';
import type { PortfolioDatabase } from '../database';
import {
  MeasurementExistsError,
  RecordNotFoundError,
  ValidationError,
  type FieldIssue,
} from '../errors';
import { countOf, formatNumber, historyEntry, quoted, recordHistory } from '../history';
import {
  emptySeries,
  indexOfDay,
  mergePoints,
  removePointAt,
  setPoint,
  type SeriesColumns,
} from '../seriesColumns';
import { nextUpdatedAt } from '../timestamps';
import type { UndoToken } from '../undo';

const MAX_NOTE = 5_000;

export interface MeasurementRow {
  /** ISO `YYYY-MM-DD`. */
  date: string;
  value: number;
  note?: string;
}

export interface MeasurementInput extends MeasurementRow {
  metricId: string;
}

function rowIssues(row: MeasurementRow, prefix: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  try {
    isoToDay(row.date);
  } catch {
    issues.push({
      field: `${prefix}date`,
      message: `Not a calendar date (YYYY-MM-DD): ${String(row.date)}`,
    });
  }
  if (typeof row.value !== 'number' || !Number.isFinite(row.value)) {
    issues.push({ field: `${prefix}value`, message: 'Must be a finite number' });
  }
  if (row.note !== undefined && (typeof row.note !== 'string' || row.note.length > MAX_NOTE)) {
    issues.push({
      field: `${prefix}note`,
      message: `At most ${formatNumber(MAX_NOTE)} characters`,
    });
  }
  return issues;
}

function validateRow(row: MeasurementRow): number {
  const issues = rowIssues(row, '');
  if (issues.length > 0) throw new ValidationError('Measurement', issues);
  return isoToDay(row.date);
}

async function requireMetric(db: PortfolioDatabase, metricId: string): Promise<Metric> {
  const metric = await db.metrics.get(metricId);
  if (!metric) throw new RecordNotFoundError('metric', metricId);
  return metric;
}

function withUnit(value: number, unit: string): string {
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

async function saveColumns(
  db: PortfolioDatabase,
  metric: Metric,
  before: MeasurementSeries | undefined,
  columns: SeriesColumns,
): Promise<MeasurementSeries> {
  const series: MeasurementSeries = {
    metricId: metric.id,
    pilotId: metric.pilotId,
    ...columns,
    updatedAt: nextUpdatedAt(before?.updatedAt),
  };
  await db.series.put(series);
  return series;
}

function existsError(
  metric: Metric,
  series: MeasurementSeries,
  index: number,
): MeasurementExistsError {
  const day = series.days[index] as number;
  return new MeasurementExistsError(
    metric.id,
    metric.name,
    dayToIso(day),
    series.values[index] as number,
    series.notes[String(day)],
  );
}

/**
 * Adds one measurement at its date's sorted place. A value already recorded for that date is
 * refused with MeasurementExistsError (the UI asks first) unless `replace` is set.
 */
export async function addMeasurement(
  db: PortfolioDatabase,
  input: MeasurementInput,
  options: { replace?: boolean } = {},
): Promise<void> {
  const day = validateRow(input);
  const note = input.note || undefined;
  await db.transaction('rw', [db.metrics, db.series, db.history], async () => {
    const metric = await requireMetric(db, input.metricId);
    const before = await db.series.get(metric.id);
    const series = before ?? emptySeries(metric.id, metric.pilotId, metric.createdAt);
    const existing = indexOfDay(series.days, day);
    if (existing !== -1 && !options.replace) throw existsError(metric, series, existing);
    const saved = await saveColumns(db, metric, before, setPoint(series, day, input.value, note));
    const value = withUnit(input.value, metric.unit);
    const oldValue = existing === -1 ? undefined : (series.values[existing] as number);
    await recordHistory(db, {
      action: existing === -1 ? 'create' : 'update',
      entityType: 'measurement',
      entityId: metric.id,
      pilotId: metric.pilotId,
      summary:
        oldValue === undefined
          ? `Added ${value} for ${input.date} to ${quoted(metric.name)}`
          : `Replaced the ${input.date} measurement of ${quoted(metric.name)}: ${withUnit(oldValue, metric.unit)} → ${value}`,
      changes:
        oldValue === undefined
          ? { [input.date]: [null, input.value] }
          : { [input.date]: [oldValue, input.value] },
      at: saved.updatedAt,
    });
  });
}

export interface MeasurementPatch {
  value?: number;
  /** A new note; `null` or empty removes it; leave out to keep it. */
  note?: string | null;
  /** Moves the measurement to another day (its note moves with it). */
  date?: string;
}

/** Edits the measurement on `date`: its value, its note, or its date. */
export async function updateMeasurement(
  db: PortfolioDatabase,
  metricId: string,
  date: string,
  patch: MeasurementPatch,
  options: { replace?: boolean } = {},
): Promise<void> {
  const fromDay = validateRow({ date, value: 0 });
  await db.transaction('rw', [db.metrics, db.series, db.history], async () => {
    const metric = await requireMetric(db, metricId);
    const before = await db.series.get(metricId);
    const index = before ? indexOfDay(before.days, fromDay) : -1;
    if (!before || index === -1)
      throw new RecordNotFoundError('measurement', `${metricId} on ${date}`);
    const oldValue = before.values[index] as number;
    const oldNote = before.notes[String(fromDay)];
    const next: MeasurementRow = {
      date: patch.date ?? date,
      value: patch.value ?? oldValue,
      note: patch.note === undefined ? oldNote : patch.note || undefined,
    };
    const toDay = validateRow(next);
    if (toDay === fromDay && next.value === oldValue && next.note === oldNote) return;

    let columns: SeriesColumns = removePointAt(before, index);
    if (toDay !== fromDay) {
      const clash = indexOfDay(columns.days, toDay);
      if (clash !== -1 && !options.replace) {
        throw existsError(metric, { ...before, ...columns }, clash);
      }
    }
    columns = setPoint(columns, toDay, next.value, next.note);
    const saved = await saveColumns(db, metric, before, columns);

    const changes: Record<string, [unknown, unknown]> = {};
    if (toDay !== fromDay) changes['date'] = [date, next.date];
    if (next.value !== oldValue) changes['value'] = [oldValue, next.value];
    if (next.note !== oldNote) changes['note'] = [oldNote ?? null, next.note ?? null];
    const what = `the ${date} measurement of ${quoted(metric.name)}`;
    const summary =
      toDay !== fromDay
        ? `Moved ${what} to ${next.date}` +
          (next.value !== oldValue ? ` and changed it to ${withUnit(next.value, metric.unit)}` : '')
        : next.value !== oldValue
          ? `Changed ${what} from ${withUnit(oldValue, metric.unit)} to ${withUnit(next.value, metric.unit)}`
          : `Changed the note on ${what}`;
    await recordHistory(db, {
      action: 'update',
      entityType: 'measurement',
      entityId: metric.id,
      pilotId: metric.pilotId,
      summary,
      changes,
      at: saved.updatedAt,
    });
  });
}

export async function deleteMeasurement(
  db: PortfolioDatabase,
  metricId: string,
  date: string,
): Promise<UndoToken> {
  const day = validateRow({ date, value: 0 });
  return db.transaction('rw', [db.metrics, db.series, db.history], async () => {
    const metric = await requireMetric(db, metricId);
    const before = await db.series.get(metricId);
    const index = before ? indexOfDay(before.days, day) : -1;
    if (!before || index === -1)
      throw new RecordNotFoundError('measurement', `${metricId} on ${date}`);
    const value = before.values[index] as number;
    const note = before.notes[String(day)];
    const saved = await saveColumns(db, metric, before, removePointAt(before, index));
    const label = `Deleted the ${date} measurement (${withUnit(value, metric.unit)}) of ${quoted(metric.name)}`;
    await recordHistory(db, {
      action: 'delete',
      entityType: 'measurement',
      entityId: metric.id,
      pilotId: metric.pilotId,
      summary: label,
      changes: { [date]: [value, null] },
      at: saved.updatedAt,
    });
    const removed: Measurement = { metricId, date, value };
    if (note !== undefined) removed.note = note;
    return {
      label,
      restoreSummary: `Restored the ${date} measurement (${withUnit(value, metric.unit)}) of ${quoted(metric.name)}`,
      at: saved.updatedAt,
      entityType: 'measurement',
      entityId: metric.id,
      pilotId: metric.pilotId,
      records: {},
      measurements: [removed],
    };
  });
}

export interface BulkOptions {
  /**
   * What to do with a date that already has a value: refuse the whole batch (`error`, the
   * default — nothing is written), overwrite it (`replace`), or keep the stored value (`keep`).
   */
  onExisting?: 'error' | 'replace' | 'keep';
}

export interface BulkResult {
  added: number;
  replaced: number;
  kept: number;
}

/** Rows → sorted unique columns, or a ValidationError naming the bad rows (0-based positions). */
function rowsToColumns(rows: readonly MeasurementRow[], entity: string): SeriesColumns {
  const n = rows.length;
  const rawDays = new Float64Array(n);
  const issues: FieldIssue[] = [];
  for (let i = 0; i < n; i++) {
    const row = rows[i] as MeasurementRow;
    const problems = rowIssues(row, `${i}.`);
    if (problems.length > 0) {
      issues.push(...problems);
      if (issues.length >= 20) break;
      continue;
    }
    rawDays[i] = isoToDay(row.date);
  }
  if (issues.length > 0) throw new ValidationError(entity, issues);

  let sorted = true;
  for (let i = 1; i < n && sorted; i++)
    sorted = (rawDays[i - 1] as number) < (rawDays[i] as number);
  const order = new Uint32Array(n).map((_v, i) => i);
  if (!sorted) order.sort((a, b) => (rawDays[a] as number) - (rawDays[b] as number) || a - b);

  const days = new Float64Array(n);
  const values = new Float64Array(n);
  const notes: Record<string, string> = {};
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    const day = rawDays[i] as number;
    if (k > 0 && days[k - 1] === day) {
      const first = order[k - 1] as number;
      throw new ValidationError(entity, [
        {
          field: `${i}.date`,
          message: `${(rows[i] as MeasurementRow).date} is given twice (positions ${first + 1} and ${i + 1})`,
        },
      ]);
    }
    days[k] = day;
    values[k] = (rows[i] as MeasurementRow).value;
    const note = (rows[i] as MeasurementRow).note;
    if (note) notes[String(day)] = note;
  }
  return { days, values, notes };
}

/**
 * Adds many measurements to many metrics in ONE transaction — an import is all or nothing. Each
 * series is merged in one linear pass, and each metric gets one history entry, not one per row.
 */
export async function importMeasurements(
  db: PortfolioDatabase,
  rowsByMetric: ReadonlyMap<string, readonly MeasurementRow[]>,
  options: BulkOptions = {},
): Promise<Map<string, BulkResult>> {
  const onExisting = options.onExisting ?? 'error';
  const incoming = new Map<string, SeriesColumns>();
  for (const [metricId, rows] of rowsByMetric) {
    if (rows.length > 0) incoming.set(metricId, rowsToColumns(rows, 'Measurements'));
  }
  const ids = [...incoming.keys()];
  return db.transaction('rw', [db.metrics, db.series, db.history], async () => {
    const [metrics, stored] = await Promise.all([db.metrics.bulkGet(ids), db.series.bulkGet(ids)]);
    const results = new Map<string, BulkResult>();
    const toPut: MeasurementSeries[] = [];
    const entries: HistoryEntry[] = [];
    for (let m = 0; m < ids.length; m++) {
      const metricId = ids[m] as string;
      const metric = metrics[m];
      if (!metric) throw new RecordNotFoundError('metric', metricId);
      const before = stored[m];
      const base = before ?? emptySeries(metric.id, metric.pilotId, metric.createdAt);
      const add = incoming.get(metricId) as SeriesColumns;
      const merged = mergePoints(base, add, onExisting === 'replace' ? 'replace' : 'keep');
      if (onExisting === 'error' && merged.kept > 0) {
        const clash = add.days.find((d) => indexOfDay(base.days, d) !== -1) as number;
        throw existsError(metric, base, indexOfDay(base.days, clash));
      }
      const { added, replaced, kept } = merged;
      results.set(metricId, { added, replaced, kept });
      if (added === 0 && replaced === 0) continue;
      const series: MeasurementSeries = {
        metricId,
        pilotId: metric.pilotId,
        days: merged.days,
        values: merged.values,
        notes: merged.notes,
        updatedAt: nextUpdatedAt(before?.updatedAt),
      };
      toPut.push(series);
      const first = dayToIso(add.days[0] as number);
      const last = dayToIso(add.days[add.days.length - 1] as number);
      const extras = [
        replaced && `replacing ${countOf(replaced, 'value')}`,
        kept && `keeping ${countOf(kept, 'existing value')}`,
      ].filter((p): p is string => typeof p === 'string');
      entries.push(
        historyEntry({
          action: 'import',
          entityType: 'measurement',
          entityId: metricId,
          pilotId: metric.pilotId,
          summary:
            `Imported ${countOf(added + replaced, 'measurement')} into ${quoted(metric.name)} ` +
            `(${first === last ? first : `${first} to ${last}`})` +
            (extras.length ? `, ${extras.join(', ')}` : ''),
          at: series.updatedAt,
        }),
      );
    }
    await db.series.bulkPut(toPut);
    await db.history.bulkAdd(entries);
    return results;
  });
}

/** One metric's share of `importMeasurements`: the rows need not be sorted. */
export async function addMeasurementsBulk(
  db: PortfolioDatabase,
  metricId: string,
  rows: readonly MeasurementRow[],
  options: BulkOptions = {},
): Promise<BulkResult> {
  const results = await importMeasurements(db, new Map([[metricId, rows]]), options);
  return results.get(metricId) ?? { added: 0, replaced: 0, kept: 0 };
}

/** The series as single measurements, oldest first — what tables and exports list. */
export function seriesToMeasurements(series: MeasurementSeries): Measurement[] {
  const out: Measurement[] = new Array<Measurement>(series.days.length);
  for (let i = 0; i < series.days.length; i++) {
    const day = series.days[i] as number;
    const m: Measurement = {
      metricId: series.metricId,
      date: dayToIso(day),
      value: series.values[i] as number,
    };
    const note = series.notes[String(day)];
    if (note !== undefined) m.note = note;
    out[i] = m;
  }
  return out;
}
