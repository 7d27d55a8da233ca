import {
  assignmentFieldsSchema,
  assignmentSchema,
  supervisionLogFieldsSchema,
  supervisionLogSchema,
  type Assignment,
  type AssignmentFields,
  type SupervisionLog,
  type SupervisionLogFields,
} from '../../../shared/model';
import type { PortfolioDatabase } from '../database';
import { RecordNotFoundError, ValidationError } from '../errors';
import { countOf, formatNumber, quoted, recordHistory } from '../history';
import { nextUpdatedAt } from '../timestamps';
import type { UndoToken } from '../undo';
import { newRecordMeta } from './recordMeta';
import { updateRecord, type UpdateOptions } from './recordUpdate';
import { checkDateOrder, checkReferences, definedOnly, parseOrThrow } from './validation';

export type AssignmentDraft = Partial<AssignmentFields> &
  Pick<AssignmentFields, 'agentId' | 'pilotId'>;

export const ASSIGNMENT_DEFAULTS: Omit<AssignmentFields, 'agentId' | 'pilotId'> = {
  servedPersonIds: [],
  supervisorId: null,
  supervisionHoursPerWeek: 0,
  startDate: null,
  endDate: null,
};

async function checkAssignment(db: PortfolioDatabase, a: AssignmentFields): Promise<void> {
  checkDateOrder('Assignment', a.startDate, a.endDate, 'endDate');
  if (new Set(a.servedPersonIds).size !== a.servedPersonIds.length) {
    throw new ValidationError('Assignment', [
      { field: 'servedPersonIds', message: 'A person is listed more than once' },
    ]);
  }
  await checkReferences('Assignment', [
    { field: 'agentId', id: a.agentId, table: db.agents, noun: 'agent' },
    { field: 'pilotId', id: a.pilotId, table: db.pilots, noun: 'pilot' },
    { field: 'supervisorId', id: a.supervisorId, table: db.people, noun: 'person' },
    ...a.servedPersonIds.map((id, i) => ({
      field: `servedPersonIds.${i}`,
      id,
      table: db.people,
      noun: 'person',
    })),
  ]);
}

/** "“Invoice reader” in “Invoice triage”": how history names an assignment. */
async function assignmentName(db: PortfolioDatabase, a: Pick<Assignment, 'agentId' | 'pilotId'>) {
  const [agent, pilot] = await Promise.all([db.agents.get(a.agentId), db.pilots.get(a.pilotId)]);
  return `${agent?.name ?? 'agent'} in ${pilot?.name ?? 'pilot'}`;
}

export async function createAssignment(
  db: PortfolioDatabase,
  draft: AssignmentDraft,
): Promise<Assignment> {
  const fields = parseOrThrow(assignmentFieldsSchema, 'Assignment', {
    ...ASSIGNMENT_DEFAULTS,
    ...definedOnly(draft),
  });
  return db.transaction(
    'rw',
    [db.assignments, db.agents, db.pilots, db.people, db.history],
    async () => {
      await checkAssignment(db, fields);
      const assignment: Assignment = { ...newRecordMeta(), ...fields };
      await db.assignments.add(assignment);
      const [agent, pilot] = await Promise.all([
        db.agents.get(fields.agentId),
        db.pilots.get(fields.pilotId),
      ]);
      await recordHistory(db, {
        action: 'create',
        entityType: 'assignment',
        entityId: assignment.id,
        pilotId: assignment.pilotId,
        summary: `Assigned agent ${quoted(agent?.name ?? '')} to ${quoted(pilot?.name ?? '')}`,
        at: assignment.createdAt,
      });
      return assignment;
    },
  );
}

export function updateAssignment(
  db: PortfolioDatabase,
  id: string,
  patch: Partial<AssignmentFields>,
  options: UpdateOptions = {},
): Promise<Assignment> {
  return db.transaction(
    'rw',
    [db.assignments, db.agents, db.pilots, db.people, db.history],
    async () => {
      const current = await db.assignments.get(id);
      const name = current ? await assignmentName(db, current) : '';
      return updateRecord(
        db,
        {
          noun: 'assignment',
          entityType: 'assignment',
          table: db.assignments,
          schema: assignmentSchema,
          pilotIdOf: (a) => a.pilotId,
          nameOf: () => name,
          // Moving an assignment would move its supervision logs' meaning too; make a new one.
          immutable: ['agentId', 'pilotId'],
          check: (after) => checkAssignment(db, after),
        },
        id,
        patch,
        options,
      );
    },
  );
}

export async function deleteAssignment(db: PortfolioDatabase, id: string): Promise<UndoToken> {
  return db.transaction(
    'rw',
    [db.assignments, db.supervisionLogs, db.agents, db.pilots, db.history],
    async () => {
      const assignment = await db.assignments.get(id);
      if (!assignment) throw new RecordNotFoundError('assignment', id);
      const logs = await db.supervisionLogs.where('assignmentId').equals(id).toArray();
      const at = nextUpdatedAt(assignment.updatedAt);
      await db.supervisionLogs.bulkDelete(logs.map((l) => l.id));
      await db.assignments.delete(id);
      const name = await assignmentName(db, assignment);
      const tail = logs.length ? ` and its ${countOf(logs.length, 'supervision log')}` : '';
      const label = `Removed agent assignment ${quoted(name)}${tail}`;
      await recordHistory(db, {
        action: 'delete',
        entityType: 'assignment',
        entityId: id,
        pilotId: assignment.pilotId,
        summary: label,
        at,
      });
      return {
        label,
        restoreSummary: `Restored agent assignment ${quoted(name)}${tail}`,
        at,
        entityType: 'assignment',
        entityId: id,
        pilotId: assignment.pilotId,
        records: { assignments: [assignment], supervisionLogs: logs },
      };
    },
  );
}

function checkLog(log: SupervisionLogFields): void {
  checkDateOrder(
    'Supervision log',
    log.periodStart,
    log.periodEnd,
    'periodEnd',
    'The period must end on or after its start',
  );
  if (log.itemsCorrected > log.itemsReviewed) {
    throw new ValidationError('Supervision log', [
      { field: 'itemsCorrected', message: 'Cannot correct more items than were reviewed' },
    ]);
  }
}

function describeLog(name: string, log: SupervisionLogFields): string {
  return (
    `Logged supervision of ${quoted(name)} for ${log.periodStart} to ${log.periodEnd}: ` +
    `${formatNumber(log.itemsReviewed)} reviewed, ${formatNumber(log.itemsCorrected)} corrected, ` +
    `${formatNumber(log.hoursSpent)} h`
  );
}

export async function addSupervisionLog(
  db: PortfolioDatabase,
  fields: SupervisionLogFields,
): Promise<SupervisionLog> {
  const parsed = parseOrThrow(supervisionLogFieldsSchema, 'Supervision log', fields);
  checkLog(parsed);
  return db.transaction(
    'rw',
    [db.supervisionLogs, db.assignments, db.agents, db.pilots, db.history],
    async () => {
      const assignment = await db.assignments.get(parsed.assignmentId);
      if (!assignment) {
        throw new ValidationError('Supervision log', [
          {
            field: 'assignmentId',
            message: 'No assignment with this id (it may have been deleted)',
          },
        ]);
      }
      const log: SupervisionLog = { ...newRecordMeta(), ...parsed };
      await db.supervisionLogs.add(log);
      await recordHistory(db, {
        action: 'create',
        entityType: 'supervisionLog',
        entityId: log.id,
        pilotId: assignment.pilotId,
        summary: describeLog(await assignmentName(db, assignment), parsed),
        at: log.createdAt,
      });
      return log;
    },
  );
}

export function updateSupervisionLog(
  db: PortfolioDatabase,
  id: string,
  patch: Partial<SupervisionLogFields>,
  options: UpdateOptions = {},
): Promise<SupervisionLog> {
  return db.transaction(
    'rw',
    [db.supervisionLogs, db.assignments, db.agents, db.pilots, db.history],
    async () => {
      const log = await db.supervisionLogs.get(id);
      const assignment = log ? await db.assignments.get(log.assignmentId) : undefined;
      const name = assignment ? await assignmentName(db, assignment) : '';
      return updateRecord(
        db,
        {
          noun: 'supervision log',
          entityType: 'supervisionLog',
          table: db.supervisionLogs,
          schema: supervisionLogSchema,
          pilotIdOf: () => assignment?.pilotId ?? null,
          nameOf: (l) => `${name}, ${l.periodStart}`,
          immutable: ['assignmentId'],
          check: (after) => checkLog(after),
        },
        id,
        patch,
        options,
      );
    },
  );
}

export async function deleteSupervisionLog(db: PortfolioDatabase, id: string): Promise<UndoToken> {
  return db.transaction(
    'rw',
    [db.supervisionLogs, db.assignments, db.agents, db.pilots, db.history],
    async () => {
      const log = await db.supervisionLogs.get(id);
      if (!log) throw new RecordNotFoundError('supervision log', id);
      const assignment = await db.assignments.get(log.assignmentId);
      const name = assignment ? await assignmentName(db, assignment) : 'an assignment';
      const at = nextUpdatedAt(log.updatedAt);
      await db.supervisionLogs.delete(id);
      const what = `supervision log of ${quoted(name)} for ${log.periodStart} to ${log.periodEnd}`;
      const label = `Deleted the ${what}`;
      await recordHistory(db, {
        action: 'delete',
        entityType: 'supervisionLog',
        entityId: id,
        pilotId: assignment?.pilotId ?? null,
        summary: label,
        at,
      });
      return {
        label,
        restoreSummary: `Restored the ${what}`,
        at,
        entityType: 'supervisionLog',
        entityId: id,
        pilotId: assignment?.pilotId ?? null,
        records: { supervisionLogs: [log] },
      };
    },
  );
}
