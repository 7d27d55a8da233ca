import type { EntityType, Measurement, MeasurementSeries } from '../../shared/model';
import { isoToDay } from '../../shared/dates';
import type { PortfolioDatabase } from './database';
import { recordHistory } from './history';
import { emptySeries, indexOfDay, setPoint } from './seriesColumns';
import { nextUpdatedAt } from './timestamps';
import {
  TABLE_NAMES,
  primaryKeyOf,
  type RecordsByTable,
  type TableName,
  type TableRows,
} from './tables';

/**
 * Everything needed to take back one destructive change. Held by the UI (the "Undo" toast) and
 * handed to `restoreDeleted`.
 */
export interface UndoToken {
  /** What was done, as the history and the toast say it: "Deleted pilot “X” and its 3 metrics". */
  label: string;
  /** What the history records when it is undone: "Restored pilot “X” and its 3 metrics". */
  restoreSummary: string;
  /** The stamp the change wrote on every record it modified. */
  at: string;
  entityType: EntityType;
  entityId: string;
  pilotId: string | null;
  /** Records as they were before the change: removed ones and ones whose references were cleared. */
  records: RecordsByTable;
  /** Single measurements taken out of a series that itself remains. */
  measurements?: Measurement[];
}

export interface RestoreResult {
  restored: number;
  /**
   * Records not put back: changed again after the change being undone (the later edit wins — an
   * undo must not silently overwrite it), or whose pilot/assignment/metric no longer exists.
   */
  skipped: number;
}

function hasUpdatedAt(row: unknown): row is { updatedAt: string } {
  return typeof row === 'object' && row !== null && 'updatedAt' in row;
}

/** Puts back what `token` took away, in one transaction, and records that in the history. */
export async function restoreDeleted(
  db: PortfolioDatabase,
  token: UndoToken,
): Promise<RestoreResult> {
  return db.transaction('rw', db.tables, async () => {
    let restored = 0;
    let skipped = 0;
    const toPut: RecordsByTable = {};

    for (const table of TABLE_NAMES) {
      const rows = token.records[table] as TableRows[typeof table][] | undefined;
      if (!rows?.length) continue;
      const current = await db.tableOf(table).bulkGet(rows.map((r) => primaryKeyOf(table, r)));
      const accepted = rows.filter((_row, i) => {
        const now = current[i];
        return now === undefined || (hasUpdatedAt(now) && now.updatedAt === token.at);
      });
      skipped += rows.length - accepted.length;
      (toPut as Record<TableName, unknown[]>)[table] = accepted;
    }

    // A record whose parent is gone (deleted by a later change) would be an orphan nobody sees.
    const exists = async (table: 'pilots' | 'assignments', id: string): Promise<boolean> =>
      (toPut[table] ?? []).some((r) => r.id === id) ||
      (await db.tableOf(table).get(id)) !== undefined;
    for (const table of ['metrics', 'series', 'decisions', 'lessons', 'assignments'] as const) {
      const rows = toPut[table] as { pilotId: string }[] | undefined;
      if (!rows) continue;
      const keep: boolean[] = [];
      for (const row of rows) keep.push(await exists('pilots', row.pilotId));
      (toPut as Record<TableName, unknown[]>)[table] = rows.filter((_r, i) => keep[i]);
      skipped += keep.filter((k) => !k).length;
    }
    if (toPut.supervisionLogs) {
      const keep: boolean[] = [];
      for (const log of toPut.supervisionLogs)
        keep.push(await exists('assignments', log.assignmentId));
      skipped += keep.filter((k) => !k).length;
      toPut.supervisionLogs = toPut.supervisionLogs.filter((_l, i) => keep[i]);
    }

    for (const table of TABLE_NAMES) {
      const rows = toPut[table] as TableRows[typeof table][] | undefined;
      if (!rows?.length) continue;
      await db.tableOf(table).bulkPut(rows);
      restored += rows.length;
    }

    const at = nextUpdatedAt(token.at);
    for (const m of token.measurements ?? []) {
      const metric = await db.metrics.get(m.metricId);
      if (!metric) {
        skipped++;
        continue;
      }
      const day = isoToDay(m.date);
      const series: MeasurementSeries =
        (await db.series.get(m.metricId)) ?? emptySeries(m.metricId, metric.pilotId, at);
      if (indexOfDay(series.days, day) !== -1) {
        // A value entered for that day since the delete is newer than the one being undone.
        skipped++;
        continue;
      }
      await db.series.put({
        ...series,
        ...setPoint(series, day, m.value, m.note),
        updatedAt: nextUpdatedAt(series.updatedAt),
      });
      restored++;
    }

    // Nothing put back (a second click on Undo, or everything superseded) changed nothing, so
    // the history gets no line for it.
    if (restored === 0) return { restored, skipped };
    await recordHistory(db, {
      action: 'restore',
      entityType: token.entityType,
      entityId: token.entityId,
      pilotId: token.pilotId,
      summary:
        skipped === 0
          ? token.restoreSummary
          : `${token.restoreSummary} (${skipped} changed since, left as they are)`,
      at,
    });
    return { restored, skipped };
  });
}
