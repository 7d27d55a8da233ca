import { integrityIssues } from '@shared/formats/integrity';
import {
  ENTITY_OF,
  MERGE_TABLES,
  NOUN_OF,
  nameIndex,
  recordLabel,
  resolveMerge,
  type MergeChoices,
  type MergePlan,
  type MergeTable,
} from '@shared/formats/merge';
import type { HistoryEntry, PortfolioData } from '@shared/model';
import type { PortfolioDatabase } from '../database';
import { ValidationError } from '../errors';
import { countOf, fieldLabel, historyEntry, listPhrase, quoted } from '../history';
import { nextUpdatedAt } from '../timestamps';

/** The portfolio changed between reading it for the plan and applying the merge. */
export class MergeOutdatedError extends Error {
  override readonly name = 'MergeOutdatedError';
  constructor(readonly what: string) {
    super(
      `The portfolio changed while you were reviewing the merge (${what}). Nothing was merged — ` +
        'open the file again to see the conflicts as they are now.',
    );
  }
}

export interface MergeResult {
  summary: string;
  added: number;
  addedMeasurements: number;
  tookTheirs: number;
  keptMine: number;
}

function pilotIdOf(table: MergeTable, row: object, data: PortfolioData): string | null {
  if (table === 'pilots') return (row as { id: string }).id;
  if (table === 'supervisionLogs') {
    const assignmentId = (row as { assignmentId: string }).assignmentId;
    return data.assignments.find((a) => a.id === assignmentId)?.pilotId ?? null;
  }
  const pilotId = (row as { pilotId?: unknown }).pilotId;
  return typeof pilotId === 'string' ? pilotId : null;
}

/**
 * Applies a merge plan with the person's choices in ONE transaction. `ours` is the portfolio the
 * plan was made from; if any record it touches changed since, nothing is written
 * (MergeOutdatedError). The merged portfolio's references are checked before anything is written,
 * and the history records every record added or taken and one line for the whole merge.
 */
export async function applyMerge(
  db: PortfolioDatabase,
  ours: PortfolioData,
  plan: MergePlan,
  choices: MergeChoices,
  fileName: string,
): Promise<MergeResult> {
  const stamp = nextUpdatedAt(
    [ours.settings.updatedAt, ...ours.series.map((s) => s.updatedAt)].sort().at(-1),
  );
  const writes = resolveMerge(ours, plan, choices, stamp);
  const broken = integrityIssues(writes.merged, 20);
  if (broken.length > 0) {
    throw new ValidationError(
      'Merge',
      broken.map((b) => ({ field: b.where, message: b.message })),
    );
  }
  const names = nameIndex(writes.merged);
  const source = quoted(fileName);

  return db.transaction('rw', db.tables, async () => {
    // Everything the merge overwrites must still be as the plan saw it.
    for (const table of MERGE_TABLES) {
      const rows = writes.records[table] as { id: string }[];
      if (rows.length === 0) continue;
      const current = await db.tableOf(table).bulkGet(rows.map((r) => r.id));
      const before = new Map(
        (ours[table] as { id: string; updatedAt: string }[]).map((r) => [r.id, r]),
      );
      current.forEach((now, i) => {
        const was = before.get((rows[i] as { id: string }).id);
        const nowStamp = (now as { updatedAt?: string } | undefined)?.updatedAt;
        if (nowStamp !== was?.updatedAt) {
          throw new MergeOutdatedError(
            `${NOUN_OF[table][0]} ${quoted(recordLabel(table, rows[i] as never, names))}`,
          );
        }
      });
    }
    const currentSeries = await db.series.bulkGet(writes.series.map((s) => s.metricId));
    const ourSeries = new Map(ours.series.map((s) => [s.metricId, s.updatedAt]));
    currentSeries.forEach((now, i) => {
      if (now?.updatedAt !== ourSeries.get((writes.series[i] as { metricId: string }).metricId)) {
        throw new MergeOutdatedError(
          `measurements of ${quoted(names.get(writes.series[i]?.metricId ?? '') ?? 'a metric')}`,
        );
      }
    });
    const settingsNow = await db.settings.get(ours.settings.id);
    if (writes.settings && settingsNow?.updatedAt !== ours.settings.updatedAt) {
      throw new MergeOutdatedError('settings');
    }

    const entries: HistoryEntry[] = [];
    for (const table of MERGE_TABLES) {
      const rows = writes.records[table] as never[];
      if (rows.length === 0) continue;
      await db.tableOf(table).bulkPut(rows);
      for (const row of rows as { id: string }[]) {
        const fields = writes.taken.get(`${table}:${row.id}`);
        const label = quoted(recordLabel(table, row as never, names));
        entries.push(
          historyEntry({
            action: 'merge',
            entityType: ENTITY_OF[table],
            entityId: row.id,
            pilotId: pilotIdOf(table, row, writes.merged),
            summary: fields
              ? `Took ${source}'s version of ${NOUN_OF[table][0]} ${label} (${listPhrase(fields.map(fieldLabel))})`
              : `Added ${NOUN_OF[table][0]} ${label} from ${source}`,
            at: stamp,
          }),
        );
      }
    }
    if (writes.settings) await db.settings.put(writes.settings);
    if (writes.series.length > 0) await db.series.bulkPut(writes.series);
    for (const s of writes.series) {
      entries.push(
        historyEntry({
          action: 'merge',
          entityType: 'measurement',
          entityId: s.metricId,
          pilotId: s.pilotId,
          summary: `Merged the measurements of ${quoted(names.get(s.metricId) ?? 'a metric')} with ${source}`,
          at: stamp,
        }),
      );
    }
    if (writes.history.length > 0) await db.history.bulkPut(writes.history);

    const c = writes.counts;
    const parts = [
      c.added > 0 && `added ${countOf(c.added, 'record')}`,
      c.addedMeasurements > 0 && `added ${countOf(c.addedMeasurements, 'measurement')}`,
      c.tookTheirs > 0 && `took their version of ${countOf(c.tookTheirs, 'conflicting record')}`,
      c.keptMine > 0 && `kept yours of ${countOf(c.keptMine, 'conflicting record')}`,
      c.history > 0 && `added ${countOf(c.history, 'history entry', 'history entries')}`,
    ].filter((p): p is string => typeof p === 'string');
    const summary = `Merged ${source}: ${parts.length > 0 ? listPhrase(parts) : 'nothing new'}`;
    entries.push(
      historyEntry({
        action: 'merge',
        entityType: 'portfolio',
        entityId: ours.settings.id,
        pilotId: null,
        summary,
        at: stamp,
      }),
    );
    await db.history.bulkAdd(entries);
    return {
      summary,
      added: c.added,
      addedMeasurements: c.addedMeasurements,
      tookTheirs: c.tookTheirs,
      keptMine: c.keptMine,
    };
  });
}
