import {
  decisionFieldsSchema,
  decisionSchema,
  type Decision,
  type DecisionFields,
  type DecisionKind,
} from '../../../shared/model';
import type { PortfolioDatabase } from '../database';
import { RecordNotFoundError, ValidationError } from '../errors';
import { getCurrentActor, quoted, recordHistory } from '../history';
import { stampAfter } from '../timestamps';
import type { UndoToken } from '../undo';
import { clearDecisionReferences, lessonsCiting } from './lessonReferences';
import { newRecordMeta } from './recordMeta';
import { updateRecord, type UpdateOptions } from './recordUpdate';
import { definedOnly, parseOrThrow } from './validation';

/** What a form supplies; the stage before defaults to the pilot's current stage. */
export type DecisionDraft = Partial<DecisionFields> &
  Pick<DecisionFields, 'pilotId' | 'date' | 'kind'>;

const VERBS: Record<DecisionKind, string> = {
  expand: 'expand',
  continue: 'continue',
  pivot: 'pivot',
  stop: 'stop',
};

export async function createDecision(
  db: PortfolioDatabase,
  draft: DecisionDraft,
): Promise<Decision> {
  return db.transaction('rw', [db.decisions, db.pilots, db.history], async () => {
    const pilot = await db.pilots.get(draft.pilotId);
    if (!pilot) {
      throw new ValidationError('Decision', [
        { field: 'pilotId', message: 'No pilot with this id (it may have been deleted)' },
      ]);
    }
    const stageBefore = draft.stageBefore ?? pilot.stage;
    const fields = parseOrThrow(decisionFieldsSchema, 'Decision', {
      stageBefore,
      stageAfter: stageBefore,
      budgetDelta: 0,
      fteDelta: 0,
      agentSeatsDelta: 0,
      rationale: '',
      decidedBy: getCurrentActor(),
      recommendation: null,
      evidence: null,
      ...definedOnly(draft),
    });
    const decision: Decision = { ...newRecordMeta(), ...fields };
    await db.decisions.add(decision);
    await recordHistory(db, {
      action: 'create',
      entityType: 'decision',
      entityId: decision.id,
      pilotId: decision.pilotId,
      summary: `Recorded the decision to ${VERBS[decision.kind]} ${quoted(pilot.name)} on ${decision.date}`,
      at: decision.createdAt,
    });
    return decision;
  });
}

export function updateDecision(
  db: PortfolioDatabase,
  id: string,
  patch: Partial<DecisionFields>,
  options: UpdateOptions = {},
): Promise<Decision> {
  return db.transaction('rw', [db.decisions, db.pilots, db.history], async () => {
    const current = await db.decisions.get(id);
    const pilot = current ? await db.pilots.get(current.pilotId) : undefined;
    return updateRecord(
      db,
      {
        noun: 'decision',
        entityType: 'decision',
        table: db.decisions,
        schema: decisionSchema,
        pilotIdOf: (d) => d.pilotId,
        nameOf: (d) => `${VERBS[d.kind]} ${pilot?.name ?? ''} (${d.date})`,
        immutable: ['pilotId'],
      },
      id,
      patch,
      options,
    );
  });
}

/** Deletes a decision; lessons that cite it stay, without the citation (undo puts it back). */
export async function deleteDecision(db: PortfolioDatabase, id: string): Promise<UndoToken> {
  return db.transaction('rw', [db.decisions, db.lessons, db.pilots, db.history], async () => {
    const decision = await db.decisions.get(id);
    if (!decision) throw new RecordNotFoundError('decision', id);
    const pilot = await db.pilots.get(decision.pilotId);
    const citing = await lessonsCiting(db, [id], new Set());
    const at = stampAfter([decision, ...citing]);
    await clearDecisionReferences(db, citing, at);
    await db.decisions.delete(id);
    const what = `decision to ${VERBS[decision.kind]} ${quoted(pilot?.name ?? '')} of ${decision.date}`;
    const label = `Deleted the ${what}`;
    await recordHistory(db, {
      action: 'delete',
      entityType: 'decision',
      entityId: id,
      pilotId: decision.pilotId,
      summary: label,
      at,
    });
    return {
      label,
      restoreSummary: `Restored the ${what}`,
      at,
      entityType: 'decision',
      entityId: id,
      pilotId: decision.pilotId,
      records: { decisions: [decision], lessons: citing },
    };
  });
}
