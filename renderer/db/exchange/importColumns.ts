import type { Table } from 'dexie';
import { dayToIso } from '@shared/dates';
import type { HistoryEntry, MeasurementSeries } from '@shared/model';
import type { PortfolioDatabase } from '../database';
import { MeasurementExistsError, RecordNotFoundError } from '../errors';
import { countOf, historyEntry, listPhrase, quoted } from '../history';
import { createMetric } from '../repositories/metrics';
import { createPilot } from '../repositories/pilots';
import { emptySeries, indexOfDay, mergePoints } from '../seriesColumns';
import { nextUpdatedAt } from '../timestamps';

/**
 * One metric's measurements from an import file, already validated, sorted and de-duplicated by
 * the import worker: typed columns, so a million rows never become a million objects or date
 * strings on the main thread (that is why this does not go through `importMeasurements`, which
 * takes rows).
 */
export interface SeriesToImport {
  pilotName: string;
  metricName: string;
  /** null: the pilot does not exist yet and is created (once per name) by the import. */
  pilotId: string | null;
  /** null: the metric does not exist yet and is created by the import. */
  metricId: string | null;
  days: Float64Array;
  values: Float64Array;
  notes: Record<string, string>;
}

export type OnExistingDate = 'error' | 'keep' | 'replace';

export interface ImportColumnsOptions {
  fileName: string;
  /** What to do with a date a metric already has a value for; 'error' refuses the whole import. */
  onExisting: OnExistingDate;
  onProgress?: (measurementsWritten: number, total: number) => void;
}

export interface ImportColumnsResult {
  added: number;
  replaced: number;
  kept: number;
  metrics: number;
  pilotsCreated: number;
  metricsCreated: number;
  summary: string;
}

export interface ExistingDates {
  count: number;
  examples: { metricName: string; date: string; stored: number; incoming: number }[];
}

/**
 * The records with these keys, in order (undefined where there is none). Dexie's bulkGet makes one
 * request per key, and 5,000 of them held the main thread for 100-200 ms; when the keys are most
 * of the table, reading the whole table at once is cheaper, and an empty table is not read at all.
 */
async function getByKeys<T>(
  table: Table<T, string>,
  keys: readonly string[],
  keyOf: (row: T) => string,
): Promise<(T | undefined)[]> {
  if (keys.length === 0) return [];
  const count = await table.count();
  if (count === 0) return keys.map(() => undefined);
  if (count > 2 * keys.length) return table.bulkGet([...keys]);
  const byKey = new Map((await table.toArray()).map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key));
}

/** Dates in the file that already have a value, counted before asking "keep or replace?". */
export async function findExistingDates(
  db: PortfolioDatabase,
  items: readonly SeriesToImport[],
  maxExamples = 5,
): Promise<ExistingDates> {
  const withMetric = items.filter((i): i is SeriesToImport & { metricId: string } => !!i.metricId);
  const stored = await getByKeys(
    db.series,
    withMetric.map((i) => i.metricId),
    (s) => s.metricId,
  );
  const result: ExistingDates = { count: 0, examples: [] };
  withMetric.forEach((item, k) => {
    const series = stored[k];
    if (!series) return;
    for (let i = 0; i < item.days.length; i++) {
      const at = indexOfDay(series.days, item.days[i] as number);
      if (at === -1) continue;
      result.count++;
      if (result.examples.length < maxExamples) {
        result.examples.push({
          metricName: item.metricName,
          date: dayToIso(item.days[i] as number),
          stored: series.values[at] as number,
          incoming: item.values[i] as number,
        });
      }
    }
  });
  return result;
}

const nameKey = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Writes an import in ONE transaction: pilots and metrics the file names but the portfolio lacks
 * (through their repositories, with their checks and history), then each metric's series merged
 * in one linear pass and put, then the history. Any failure — a clash with `onExisting: 'error'`,
 * a storage error at the k-th write — rolls everything back.
 */
export async function importMeasurementColumns(
  db: PortfolioDatabase,
  items: readonly SeriesToImport[],
  options: ImportColumnsOptions,
): Promise<ImportColumnsResult> {
  const total = items.reduce((n, i) => n + i.days.length, 0);
  return db.transaction('rw', db.tables, async () => {
    const pilotIds = new Map<string, string>();
    let pilotsCreated = 0;
    let metricsCreated = 0;
    const resolved: (SeriesToImport & { pilotId: string; metricId: string })[] = [];
    for (const item of items) {
      let pilotId = item.pilotId;
      if (!pilotId) {
        const key = nameKey(item.pilotName);
        pilotId = pilotIds.get(key) ?? null;
        if (!pilotId) {
          pilotId = (await createPilot(db, { name: item.pilotName })).id;
          pilotIds.set(key, pilotId);
          pilotsCreated++;
        }
      }
      let metricId = item.metricId;
      if (!metricId) {
        // Baseline and target start at the first value; the person sets the target afterwards.
        const first = item.values[0] ?? 0;
        metricId = (
          await createMetric(db, { name: item.metricName, pilotId, baseline: first, target: first })
        ).id;
        metricsCreated++;
      }
      resolved.push({ ...item, pilotId, metricId });
    }

    const ids = resolved.map((r) => r.metricId);
    const [metrics, stored] = await Promise.all([
      getByKeys(db.metrics, ids, (m) => m.id),
      getByKeys(db.series, ids, (s) => s.metricId),
    ]);
    let added = 0;
    let replaced = 0;
    let kept = 0;
    let written = 0;
    // Series are written in batches, each with its history entries, and progress is reported as
    // each batch is stored: one put and one progress report per series made a million-row import
    // spend most of its time waiting between 5,000 small writes and re-rendering the progress
    // 5,000 times. Two batches are in flight at once: the next is prepared (and serialized, which
    // takes the main thread) while the database stores the last, and the page gets a moment
    // between batches to show the progress. One transaction still: any failure aborts it all.
    const BATCH = 250;
    let pending: MeasurementSeries[] = [];
    let pendingEntries: HistoryEntry[] = [];
    const writes: Promise<void>[] = [];
    const flush = async () => {
      const series = pending;
      const history = pendingEntries;
      const upTo = written;
      pending = [];
      pendingEntries = [];
      const stored = Promise.all([
        series.length > 0 ? db.series.bulkPut(series) : null,
        history.length > 0 ? db.history.bulkAdd(history) : null,
      ]).then(() => options.onProgress?.(upTo, total));
      // Awaited below; if the import fails first, the aborted batches are not reported as
      // unhandled on top of the error it throws.
      stored.catch(() => undefined);
      writes.push(stored);
      await writes[writes.length - 2];
    };
    for (let m = 0; m < resolved.length; m++) {
      const item = resolved[m] as (typeof resolved)[number];
      const metric = metrics[m];
      if (!metric) throw new RecordNotFoundError('metric', item.metricId);
      const before = stored[m];
      const base = before ?? emptySeries(metric.id, metric.pilotId, metric.createdAt);
      const merged = mergePoints(base, item, options.onExisting === 'replace' ? 'replace' : 'keep');
      if (options.onExisting === 'error' && merged.kept > 0) {
        const day = Array.from(item.days).find((d) => indexOfDay(base.days, d) !== -1) as number;
        const at = indexOfDay(base.days, day);
        throw new MeasurementExistsError(
          metric.id,
          metric.name,
          dayToIso(day),
          base.values[at] as number,
          base.notes[String(day)],
        );
      }
      added += merged.added;
      replaced += merged.replaced;
      kept += merged.kept;
      written += item.days.length;
      if (merged.added === 0 && merged.replaced === 0) continue;
      const series: MeasurementSeries = {
        metricId: metric.id,
        pilotId: metric.pilotId,
        days: merged.days,
        values: merged.values,
        notes: merged.notes,
        updatedAt: nextUpdatedAt(before?.updatedAt),
      };
      pending.push(series);
      const first = dayToIso(item.days[0] as number);
      const last = dayToIso(item.days[item.days.length - 1] as number);
      const extras = [
        merged.replaced && `replacing ${countOf(merged.replaced, 'value')}`,
        merged.kept && `keeping ${countOf(merged.kept, 'existing value')}`,
      ].filter((p): p is string => typeof p === 'string');
      pendingEntries.push(
        historyEntry({
          action: 'import',
          entityType: 'measurement',
          entityId: metric.id,
          pilotId: metric.pilotId,
          summary:
            `Imported ${countOf(merged.added + merged.replaced, 'measurement')} into ` +
            `${quoted(metric.name)} from ${quoted(options.fileName)} ` +
            `(${first === last ? first : `${first} to ${last}`})` +
            (extras.length ? `, ${extras.join(', ')}` : ''),
          at: series.updatedAt,
        }),
      );
      if (pending.length >= BATCH) await flush();
    }
    await flush();
    await Promise.all(writes);
    const parts = [
      `${countOf(added + replaced, 'measurement')} into ${countOf(resolved.length, 'metric')}`,
      pilotsCreated > 0 && `creating ${countOf(pilotsCreated, 'pilot')}`,
      metricsCreated > 0 &&
        `${pilotsCreated > 0 ? '' : 'creating '}${countOf(metricsCreated, 'metric')}`,
      replaced > 0 && `replacing ${countOf(replaced, 'value')}`,
      kept > 0 && `keeping ${countOf(kept, 'existing value')}`,
    ].filter((p): p is string => typeof p === 'string');
    const summary = `Imported ${listPhrase(parts)} from ${quoted(options.fileName)}`;
    await db.history.add(
      historyEntry({
        action: 'import',
        entityType: 'portfolio',
        entityId: (await db.settings.toCollection().first())?.id ?? 'portfolio',
        pilotId: null,
        summary,
      }),
    );
    return {
      added,
      replaced,
      kept,
      metrics: resolved.length,
      pilotsCreated,
      metricsCreated,
      summary,
    };
  });
}
