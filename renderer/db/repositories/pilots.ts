import {
  pilotFieldsSchema,
  pilotSchema,
  type Pilot,
  type PilotFields,
  type SupervisionLog,
} from '../../../shared/model';
import type { PortfolioDatabase } from '../database';
import { RecordNotFoundError } from '../errors';
import { countOf, listPhrase, quoted, recordHistory } from '../history';
import { stampAfter } from '../timestamps';
import type { UndoToken } from '../undo';
import { clearDecisionReferences, lessonsCiting } from './lessonReferences';
import { newRecordMeta } from './recordMeta';
import { updateRecord, type UpdateOptions, type UpdateSpec } from './recordUpdate';
import { checkReferences, definedOnly, parseOrThrow } from './validation';

export const PILOT_DEFAULTS: Omit<PilotFields, 'name'> = {
  summary: '',
  problem: '',
  hypothesis: '',
  businessUnit: '',
  sponsorId: null,
  leadId: null,
  stage: 'idea',
  startDate: null,
  nextReviewDate: null,
  endDate: null,
  tags: [],
  budget: 0,
  fte: 0,
  agentSeats: 0,
};

/** What a form or an import supplies: a name, and any fields that differ from the defaults. */
export type PilotDraft = Partial<PilotFields> & Pick<PilotFields, 'name'>;

function checkPeople(db: PortfolioDatabase, pilot: Pick<Pilot, 'sponsorId' | 'leadId'>) {
  return checkReferences('Pilot', [
    { field: 'sponsorId', id: pilot.sponsorId, table: db.people, noun: 'person' },
    { field: 'leadId', id: pilot.leadId, table: db.people, noun: 'person' },
  ]);
}

export async function createPilot(db: PortfolioDatabase, draft: PilotDraft): Promise<Pilot> {
  const fields = parseOrThrow(pilotFieldsSchema, 'Pilot', {
    ...PILOT_DEFAULTS,
    ...definedOnly(draft),
  });
  return db.transaction('rw', [db.pilots, db.people, db.history], async () => {
    await checkPeople(db, fields);
    const pilot: Pilot = { ...newRecordMeta(), ...fields };
    await db.pilots.add(pilot);
    await recordHistory(db, {
      action: 'create',
      entityType: 'pilot',
      entityId: pilot.id,
      pilotId: pilot.id,
      summary: `Created pilot ${quoted(pilot.name)}`,
      at: pilot.createdAt,
    });
    return pilot;
  });
}

function pilotSpec(db: PortfolioDatabase): UpdateSpec<Pilot> {
  return {
    noun: 'pilot',
    entityType: 'pilot',
    table: db.pilots,
    schema: pilotSchema,
    pilotIdOf: (p) => p.id,
    nameOf: (p) => p.name,
    check: (after, before) =>
      after.sponsorId !== before.sponsorId || after.leadId !== before.leadId
        ? checkPeople(db, after)
        : undefined,
  };
}

export function updatePilot(
  db: PortfolioDatabase,
  id: string,
  patch: Partial<PilotFields>,
  options: UpdateOptions = {},
): Promise<Pilot> {
  return db.transaction('rw', [db.pilots, db.people, db.history], () =>
    updateRecord(db, pilotSpec(db), id, patch, options),
  );
}

/**
 * Deletes a pilot and everything that only exists because of it: its metrics and their
 * measurements, decisions, lessons, agent assignments and their supervision logs. Agents and
 * people stay (they may serve other pilots). The pilot's history stays as the audit trail.
 */
export async function deletePilot(db: PortfolioDatabase, id: string): Promise<UndoToken> {
  return db.transaction(
    'rw',
    [
      db.pilots,
      db.metrics,
      db.series,
      db.decisions,
      db.lessons,
      db.assignments,
      db.supervisionLogs,
      db.history,
    ],
    async () => {
      const pilot = await db.pilots.get(id);
      if (!pilot) throw new RecordNotFoundError('pilot', id);
      const [metrics, series, decisions, lessons, assignments] = await Promise.all([
        db.metrics.where('pilotId').equals(id).toArray(),
        db.series.where('pilotId').equals(id).toArray(),
        db.decisions.where('pilotId').equals(id).toArray(),
        db.lessons.where('pilotId').equals(id).toArray(),
        db.assignments.where('pilotId').equals(id).toArray(),
      ]);
      const supervisionLogs: SupervisionLog[] = assignments.length
        ? await db.supervisionLogs
            .where('assignmentId')
            .anyOf(assignments.map((a) => a.id))
            .toArray()
        : [];
      const citingLessons = await lessonsCiting(
        db,
        decisions.map((d) => d.id),
        new Set(lessons.map((l) => l.id)),
      );
      const at = stampAfter([pilot, ...citingLessons]);
      await clearDecisionReferences(db, citingLessons, at);

      await db.supervisionLogs.bulkDelete(supervisionLogs.map((l) => l.id));
      await db.assignments.bulkDelete(assignments.map((a) => a.id));
      await db.lessons.bulkDelete(lessons.map((l) => l.id));
      await db.decisions.bulkDelete(decisions.map((d) => d.id));
      await db.series.bulkDelete(series.map((s) => s.metricId));
      await db.metrics.bulkDelete(metrics.map((m) => m.id));
      await db.pilots.delete(id);

      const measurements = series.reduce((n, s) => n + s.days.length, 0);
      const parts = [
        metrics.length && countOf(metrics.length, 'metric'),
        measurements && countOf(measurements, 'measurement'),
        decisions.length && countOf(decisions.length, 'decision'),
        lessons.length && countOf(lessons.length, 'lesson'),
        assignments.length && countOf(assignments.length, 'agent assignment'),
        supervisionLogs.length && countOf(supervisionLogs.length, 'supervision log'),
      ].filter((p): p is string => typeof p === 'string');
      const tail = parts.length ? ` and its ${listPhrase(parts)}` : '';
      const label = `Deleted pilot ${quoted(pilot.name)}${tail}`;
      await recordHistory(db, {
        action: 'delete',
        entityType: 'pilot',
        entityId: id,
        pilotId: id,
        summary: label,
        at,
      });
      return {
        label,
        restoreSummary: `Restored pilot ${quoted(pilot.name)}${tail}`,
        at,
        entityType: 'pilot',
        entityId: id,
        pilotId: id,
        records: {
          pilots: [pilot],
          metrics,
          series,
          decisions,
          lessons: [...lessons, ...citingLessons],
          assignments,
          supervisionLogs,
        },
      };
    },
  );
}
