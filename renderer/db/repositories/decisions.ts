import {
  decisionFieldsSchema,
  decisionSchema,
  pilotSchema,
  type Decision,
  type DecisionFields,
  type DecisionKind,
  type Pilot,
} from '../../../shared/model';
import { newId } from '../../../shared/ids';
import type { PortfolioDatabase } from '../database';
import { RecordNotFoundError, ValidationError, type FieldIssue } from '../errors';
import {
  describeUpdate,
  diffFields,
  formatNumber,
  getCurrentActor,
  listPhrase,
  quoted,
  recordHistory,
} from '../history';
import { nextUpdatedAt, stampAfter } from '../timestamps';
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

/** The pilot's resources a decision changes, with the name of the delta that changes each. */
const RESOURCES = [
  { field: 'budget', delta: 'budgetDelta', label: 'budget' },
  { field: 'fte', delta: 'fteDelta', label: 'FTE' },
  { field: 'agentSeats', delta: 'agentSeatsDelta', label: 'agent seats' },
] as const;
type ResourceField = (typeof RESOURCES)[number]['field'];
type DeltaField = (typeof RESOURCES)[number]['delta'];
export type ResourceDeltas = Pick<DecisionFields, DeltaField>;

/**
 * `a + sign × b` without the floating-point dust that would make 0.3 FTE − 0.1 − 0.2 a negative
 * 0.00000000000000003 and refuse a withdrawal of exactly what the pilot holds.
 */
function settle(a: number, b: number, sign: 1 | -1): number {
  return Number((a + sign * b).toFixed(9));
}

/** The pilot's resources after adding (sign 1) or taking back (sign −1) a decision's deltas. */
function applyDeltas(
  pilot: Pick<Pilot, ResourceField>,
  deltas: ResourceDeltas,
  sign: 1 | -1,
): Pick<Pilot, ResourceField> {
  return {
    budget: settle(pilot.budget, deltas.budgetDelta, sign),
    fte: settle(pilot.fte, deltas.fteDelta, sign),
    agentSeats: settle(pilot.agentSeats, deltas.agentSeatsDelta, sign),
  };
}

/** "+50,000 budget, −0.5 FTE"; "no change in resources" when every delta is zero. */
export function describeDeltas(deltas: ResourceDeltas): string {
  const parts = RESOURCES.filter((r) => deltas[r.delta] !== 0).map(
    (r) =>
      `${deltas[r.delta] > 0 ? '+' : '−'}${formatNumber(Math.abs(deltas[r.delta]))} ${r.label}`,
  );
  return parts.length ? listPhrase(parts) : 'no change in resources';
}

/** What a person decided, with the recommendation and evidence frozen at that moment. */
export type RecordDecisionInput = Omit<DecisionFields, 'stageBefore'>;

export interface RecordedDecision {
  decision: Decision;
  /** The pilot as the decision left it (unchanged when the decision changed nothing). */
  pilot: Pilot;
}

/**
 * Records a decision and applies it to its pilot in one transaction: the decision (with the
 * snapshots it is given), the pilot's new stage and resources, and a history entry for each — all
 * or nothing. The stage before is read from the pilot inside the transaction, so it is the stage
 * the decision really moved the pilot from. Refuses, naming the field, a rationale or decider left
 * empty (a decision must be auditable) and resources withdrawn below zero.
 */
export async function recordDecision(
  db: PortfolioDatabase,
  input: RecordDecisionInput,
): Promise<RecordedDecision> {
  return db.transaction('rw', [db.decisions, db.pilots, db.history], async () => {
    const pilot = await db.pilots.get(input.pilotId);
    if (!pilot) {
      throw new ValidationError('Decision', [
        { field: 'pilotId', message: 'No pilot with this id (it may have been deleted)' },
      ]);
    }
    const fields = parseOrThrow(decisionFieldsSchema, 'Decision', {
      ...input,
      stageBefore: pilot.stage,
      rationale: input.rationale.trim(),
      decidedBy: input.decidedBy.trim(),
    });

    const issues: FieldIssue[] = [];
    if (!fields.rationale) {
      issues.push({
        field: 'rationale',
        message: 'Say why — a decision without a rationale cannot be audited later',
      });
    }
    if (!fields.decidedBy) issues.push({ field: 'decidedBy', message: 'Say who decided' });
    const resources = applyDeltas(pilot, fields, 1);
    for (const r of RESOURCES) {
      if (resources[r.field] < 0) {
        issues.push({
          field: r.delta,
          message: `The pilot holds ${formatNumber(pilot[r.field])} ${r.label}; withdrawing ${formatNumber(-fields[r.delta])} would leave it below zero`,
        });
      }
    }
    if (issues.length > 0) throw new ValidationError('Decision', issues);

    const at = nextUpdatedAt(pilot.updatedAt);
    const after = parseOrThrow(pilotSchema, 'Decision', {
      ...pilot,
      ...resources,
      stage: fields.stageAfter,
      updatedAt: at,
    });
    const decision: Decision = { id: newId(), createdAt: at, updatedAt: at, ...fields };
    await db.decisions.add(decision);
    const stageChange =
      fields.stageBefore === fields.stageAfter
        ? `stage stays ${fields.stageAfter}`
        : `stage ${fields.stageBefore} → ${fields.stageAfter}`;
    await recordHistory(db, {
      action: 'create',
      entityType: 'decision',
      entityId: decision.id,
      pilotId: pilot.id,
      summary: `Recorded the decision to ${VERBS[decision.kind]} ${quoted(pilot.name)} on ${decision.date}: ${stageChange}, ${describeDeltas(fields)}`,
      at,
    });

    const diff = diffFields(pilot, after);
    if (Object.keys(diff).length === 0) return { decision, pilot };
    await db.pilots.put(after);
    await recordHistory(db, {
      action: 'update',
      entityType: 'pilot',
      entityId: pilot.id,
      pilotId: pilot.id,
      summary: `${describeUpdate('pilot', after.name, diff)}, applying the decision to ${VERBS[decision.kind]}`,
      changes: diff,
      at,
    });
    return { decision, pilot: after };
  });
}

/** Decisions of one pilot come in order of their date, then of when they were recorded. */
function byDateThenRecorded(a: Decision, b: Decision): number {
  return a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt);
}

/**
 * Why a decision's effect on its pilot cannot be taken back, or null when it can. Taking it back
 * is only honest while nothing has been built on it: it is the pilot's latest decision, the pilot
 * still stands at the stage it moved to, and it still holds what the decision granted.
 */
export function revertBlocker(
  decision: Decision,
  pilot: Pilot | undefined,
  decisionsOfPilot: readonly Decision[],
): string | null {
  if (!pilot) return 'The pilot no longer exists.';
  const latest = [...decisionsOfPilot].sort(byDateThenRecorded).at(-1);
  if (latest && latest.id !== decision.id) {
    return `A later decision (${VERBS[latest.kind]} on ${latest.date}) builds on this one.`;
  }
  if (pilot.stage !== decision.stageAfter) {
    return `The pilot’s stage was changed to ${pilot.stage} since.`;
  }
  const resources = applyDeltas(pilot, decision, -1);
  const short = RESOURCES.filter((r) => resources[r.field] < 0);
  if (short.length > 0) {
    return `The pilot no longer holds the ${listPhrase(short.map((r) => r.label))} this decision granted.`;
  }
  return null;
}

/** Taking back a decision's effect on its pilot would misstate what the pilot holds. */
export class DecisionNotRevertibleError extends Error {
  override readonly name = 'DecisionNotRevertibleError';
  constructor(
    readonly decisionId: string,
    readonly reason: string,
  ) {
    super(
      `The decision’s effect on the pilot cannot be taken back: ${reason} ` +
        'Delete it without changing the pilot, or change the pilot by hand — nothing was changed.',
    );
  }
}

export interface DeleteDecisionOptions {
  /**
   * Also take back what the decision did to its pilot: the stage it moved from, and the budget,
   * FTE and agent seats it granted or withdrew. Refused (DecisionNotRevertibleError) when
   * `revertBlocker` names a reason. Undo puts the pilot back as it was with the decision.
   */
  revertPilot?: boolean;
}

/**
 * Deletes a decision; lessons that cite it stay, without the citation (undo puts it back). With
 * `revertPilot` the pilot's stage and resources return to what they were before the decision —
 * how "Undo" of a just-recorded decision is done.
 */
export async function deleteDecision(
  db: PortfolioDatabase,
  id: string,
  options: DeleteDecisionOptions = {},
): Promise<UndoToken> {
  return db.transaction('rw', [db.decisions, db.lessons, db.pilots, db.history], async () => {
    const decision = await db.decisions.get(id);
    if (!decision) throw new RecordNotFoundError('decision', id);
    const pilot = await db.pilots.get(decision.pilotId);
    if (options.revertPilot) {
      const siblings = await db.decisions.where('pilotId').equals(decision.pilotId).toArray();
      const reason = revertBlocker(decision, pilot, siblings);
      if (reason) throw new DecisionNotRevertibleError(id, reason);
    }
    const citing = await lessonsCiting(db, [id], new Set());
    const reverting = options.revertPilot && pilot ? pilot : undefined;
    const at = stampAfter([decision, ...citing, ...(reverting ? [reverting] : [])]);
    await clearDecisionReferences(db, citing, at);
    await db.decisions.delete(id);
    const what = `decision to ${VERBS[decision.kind]} ${quoted(pilot?.name ?? '')} of ${decision.date}`;
    const label = reverting
      ? `Took back the ${what}, returning the pilot to its stage and resources before it`
      : `Deleted the ${what}`;
    await recordHistory(db, {
      action: 'delete',
      entityType: 'decision',
      entityId: id,
      pilotId: decision.pilotId,
      summary: label,
      at,
    });
    if (reverting) {
      const after: Pilot = {
        ...reverting,
        ...applyDeltas(reverting, decision, -1),
        stage: decision.stageBefore,
        updatedAt: at,
      };
      const diff = diffFields(reverting, after);
      if (Object.keys(diff).length > 0) {
        await db.pilots.put(after);
        await recordHistory(db, {
          action: 'update',
          entityType: 'pilot',
          entityId: reverting.id,
          pilotId: reverting.id,
          summary: `${describeUpdate('pilot', after.name, diff)}, taking back the decision to ${VERBS[decision.kind]}`,
          changes: diff,
          at,
        });
      }
    }
    return {
      label,
      restoreSummary: `Restored the ${what}${reverting ? ' and its effect on the pilot' : ''}`,
      at,
      entityType: 'decision',
      entityId: id,
      pilotId: decision.pilotId,
      records: {
        decisions: [decision],
        lessons: citing,
        // The pilot as it stood with the decision; undo puts it back unless edited since.
        ...(reverting ? { pilots: [reverting] } : {}),
      },
    };
  });
}
