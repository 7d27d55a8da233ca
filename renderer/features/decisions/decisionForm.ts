import type { FieldErrors, Resolver } from 'react-hook-form';
import { isoDateSchema, type DecisionKind, type Pilot, type PilotStage } from '@shared/model';
import type { RecordDecisionInput } from '../../db';

/** The decision form as its inputs hold it: text, converted and checked on submit. */
export interface DecisionFormValues {
  /** Empty until the person chooses: the call is theirs, not the form's. */
  kind: DecisionKind | '';
  stageAfter: PilotStage;
  budgetDelta: string;
  fteDelta: string;
  agentSeatsDelta: string;
  rationale: string;
  decidedBy: string;
  date: string;
}

export type DeltaField = 'budgetDelta' | 'fteDelta' | 'agentSeatsDelta';

/**
 * Nothing is preselected: the recommendation is in view beside the form, and an expansion only
 * means something as "earned" if a person chose it rather than accepted a default.
 */
export function decisionFormDefaults(
  pilot: Pick<Pilot, 'stage'>,
  decidedBy: string,
  today: string,
): DecisionFormValues {
  return {
    kind: '',
    stageAfter: pilot.stage,
    budgetDelta: '0',
    fteDelta: '0',
    agentSeatsDelta: '0',
    rationale: '',
    decidedBy,
    date: today,
  };
}

/** Stopping releases what the pilot holds; the person can keep some back by editing. */
export function withdrawAll(
  pilot: Pick<Pilot, 'budget' | 'fte' | 'agentSeats'>,
): Record<DeltaField, string> {
  const negate = (x: number) => (x === 0 ? '0' : String(-x));
  return {
    budgetDelta: negate(pilot.budget),
    fteDelta: negate(pilot.fte),
    agentSeatsDelta: negate(pilot.agentSeats),
  };
}

/** '' counts as no change; anything else must be a number ("+5000", "-0.5"). */
export function parseDelta(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : Number(trimmed);
}

export function formToInput(
  pilotId: string,
  kind: DecisionKind,
  v: DecisionFormValues,
): Omit<RecordDecisionInput, 'recommendation' | 'evidence'> {
  return {
    pilotId,
    kind,
    stageAfter: v.stageAfter,
    budgetDelta: parseDelta(v.budgetDelta),
    fteDelta: parseDelta(v.fteDelta),
    agentSeatsDelta: parseDelta(v.agentSeatsDelta),
    rationale: v.rationale.trim(),
    decidedBy: v.decidedBy.trim(),
    date: v.date,
  };
}

/**
 * Checks what the form alone can know; whether a withdrawal leaves the pilot below zero is checked
 * by `recordDecision` against the pilot as stored, and its message lands on the same field.
 */
export const decisionFormResolver: Resolver<DecisionFormValues> = async (values) => {
  const errors: FieldErrors<DecisionFormValues> = {};
  const fail = (field: keyof DecisionFormValues, message: string) => {
    errors[field] = { type: 'validate', message };
  };
  if (!values.kind) fail('kind', 'Choose what to do: expand, continue, pivot or stop');
  if (!values.rationale.trim()) {
    fail('rationale', 'Say why — the rationale is what others will read when they audit this');
  } else if (values.rationale.length > 20_000) {
    fail('rationale', 'At most 20,000 characters');
  }
  if (!values.decidedBy.trim()) fail('decidedBy', 'Say who decided');
  else if (values.decidedBy.trim().length > 200) fail('decidedBy', 'At most 200 characters');
  if (!isoDateSchema.safeParse(values.date).success) fail('date', 'Enter the date of the decision');
  const money = parseDelta(values.budgetDelta);
  if (!Number.isFinite(money)) fail('budgetDelta', 'Enter an amount, e.g. 50000 or -20000');
  const fte = parseDelta(values.fteDelta);
  if (!Number.isFinite(fte)) fail('fteDelta', 'Enter a number of FTE, e.g. 1.5 or -0.5');
  const seats = parseDelta(values.agentSeatsDelta);
  if (!Number.isInteger(seats))
    fail('agentSeatsDelta', 'Enter a whole number of seats, e.g. 3 or -2');
  return Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} };
};
