import type { UseFormReturn } from 'react-hook-form';
import { DECISION_KINDS, type DecisionKind, type Pilot } from '@shared/model';
import { Field } from '../../components/Field';
import { DECISION_LABELS } from '../../components/RecommendationBadge';
import { STAGE_LABELS, StageOptions } from '../../components/StageBadge';
import { formatMoney, formatNumber } from '../../components/format';
import { parseDelta, withdrawAll, type DecisionFormValues, type DeltaField } from './decisionForm';
import { defaultStageAfter } from './stages';

const KIND_HINTS: Record<DecisionKind, string> = {
  expand: 'Grant resources; move it up the ladder.',
  continue: 'Keep going as it is; judge again at the next review.',
  pivot: 'Change course: scope, approach or the outcome it targets.',
  stop: 'End it and release what it holds.',
};

/** What choosing `kind` means against the recommendation, said before saving. */
function recommendationNote(kind: DecisionKind | '', recommended: DecisionKind): string | null {
  const rec = DECISION_LABELS[recommended];
  if (kind === 'expand') {
    return recommended === 'expand'
      ? 'The evidence recommends expanding: this expansion will count as earned.'
      : `The evidence recommends ${rec}: this expansion will be logged as not earned. Say in the rationale why you expand anyway.`;
  }
  if (kind && kind !== recommended) {
    return `The evidence recommends ${rec}. Say in the rationale why you decided otherwise.`;
  }
  return null;
}

function ResourcePreview(props: { now: number; delta: string; format: (x: number) => string }) {
  const delta = parseDelta(props.delta);
  if (!Number.isFinite(delta) || delta === 0) return <>Now {props.format(props.now)}</>;
  const after = props.now + delta;
  return (
    <span className={after < -1e-9 ? 'hint-warning' : undefined}>
      {props.format(props.now)} → {props.format(after)}
      {after < -1e-9 ? ' — below zero' : ''}
    </span>
  );
}

/** The decision's fields: what, to which stage, with which resources, why, by whom, when. */
export function DecisionFormFields(props: {
  form: UseFormReturn<DecisionFormValues>;
  pilot: Pilot;
  recommended: DecisionKind;
  currency: string;
}) {
  const { form, pilot, recommended, currency } = props;
  const { register, watch, setValue, getValues, formState } = form;
  const errors = formState.errors;
  const kind = watch('kind');
  const deltas = watch(['budgetDelta', 'fteDelta', 'agentSeatsDelta']);

  function onKindChange(next: DecisionKind) {
    setValue('stageAfter', defaultStageAfter(next, pilot.stage));
    const all = withdrawAll(pilot);
    const fields: DeltaField[] = ['budgetDelta', 'fteDelta', 'agentSeatsDelta'];
    const current = getValues(fields);
    const wasWithdrawAll = fields.every((f, i) => current[i] === all[f]);
    if (next === 'stop') {
      for (const f of fields) setValue(f, all[f]);
    } else if (wasWithdrawAll) {
      // Leaving "stop" undoes its prefill, so an expansion does not start by withdrawing all.
      for (const f of fields) setValue(f, '0');
    }
  }

  const note = recommendationNote(kind, recommended);
  const money = (x: number) => formatMoney(x, currency);
  const number = (x: number) => formatNumber(x, 2);

  return (
    <>
      <fieldset
        className="choice-group span-2"
        aria-describedby={errors.kind ? 'decision-kind-error' : undefined}
      >
        <legend className="field-label">Decision</legend>
        <div className="choice-options">
          {DECISION_KINDS.map((k) => (
            <label key={k} className={`choice-option choice-${k}`}>
              <input
                type="radio"
                value={k}
                {...register('kind', {
                  // One registration serves every radio, so read the choice from the event.
                  onChange: (e: { target: { value: string } }) =>
                    onKindChange(e.target.value as DecisionKind),
                })}
              />
              <span>
                <span className="choice-option-title">
                  {DECISION_LABELS[k]}
                  {k === recommended && <span className="choice-recommended">Recommended</span>}
                </span>
                <span className="choice-option-hint">{KIND_HINTS[k]}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.kind && (
          <span id="decision-kind-error" className="field-error" role="alert">
            {errors.kind.message}
          </span>
        )}
      </fieldset>
      <p
        className={`decision-note span-2${kind === 'expand' && recommended !== 'expand' ? ' is-warning' : ''}`}
        aria-live="polite"
      >
        {note}
      </p>

      <Field
        label="Moves the pilot to"
        hint={`Now: ${STAGE_LABELS[pilot.stage]}`}
        error={errors.stageAfter?.message}
      >
        <select className="select" {...register('stageAfter')}>
          <StageOptions />
        </select>
      </Field>
      <Field label="Date" error={errors.date?.message}>
        <input className="input" type="date" {...register('date')} />
      </Field>

      <div className="form-section-title">Resources granted (+) or withdrawn (−)</div>
      <div className="span-2 form-grid form-grid-3">
        <Field
          label={`Budget change (${currency})`}
          hint={<ResourcePreview now={pilot.budget} delta={deltas[0]} format={money} />}
          error={errors.budgetDelta?.message}
        >
          <input
            className="input"
            type="number"
            step="any"
            inputMode="decimal"
            {...register('budgetDelta')}
          />
        </Field>
        <Field
          label="FTE change"
          hint={<ResourcePreview now={pilot.fte} delta={deltas[1]} format={number} />}
          error={errors.fteDelta?.message}
        >
          <input
            className="input"
            type="number"
            step="any"
            inputMode="decimal"
            {...register('fteDelta')}
          />
        </Field>
        <Field
          label="Agent seats change"
          hint={<ResourcePreview now={pilot.agentSeats} delta={deltas[2]} format={number} />}
          error={errors.agentSeatsDelta?.message}
        >
          <input
            className="input"
            type="number"
            step={1}
            inputMode="numeric"
            {...register('agentSeatsDelta')}
          />
        </Field>
      </div>

      <Field
        label="Rationale"
        hint="Why, in a few sentences: the evidence you relied on, and anything it does not show."
        error={errors.rationale?.message}
        className="span-2"
      >
        <textarea className="textarea" rows={4} {...register('rationale')} />
      </Field>
      <Field
        label="Decided by"
        hint="Defaults to the pilot’s sponsor."
        error={errors.decidedBy?.message}
      >
        <input className="input" {...register('decidedBy')} />
      </Field>
    </>
  );
}
