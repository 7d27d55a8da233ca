import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { todayIso } from '@shared/dates';
import { evidenceSnapshot, recommendationSnapshot } from '@shared/domain';
import type { Decision } from '@shared/model';
import { useDb } from '../../app/PortfolioContext';
import { usePilotEvaluation } from '../../app/queries/usePilotEvaluation';
import { useSettings } from '../../app/queries/useSettings';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ValidationError, recordDecision } from '../../db';
import { DecisionFormFields } from './DecisionFormFields';
import {
  decisionFormDefaults,
  decisionFormResolver,
  formToInput,
  type DecisionFormValues,
} from './decisionForm';
import { toastRecorded } from './decisionToasts';
import { EvidenceTable } from './EvidenceTable';
import { RecommendationSummary } from './RecommendationSummary';
import { resourceChanges } from './resourceFormat';

const FORM_ID = 'decision-form';

/**
 * The decision form with the live recommendation and evidence beside it. Saving freezes both
 * into the decision and applies it to the pilot (see `recordDecision`).
 */
export function DecisionDialog(props: {
  pilotId: string | null;
  onClose: () => void;
  onRecorded: (decision: Decision, pilotName: string) => void;
}) {
  const { pilotId, onClose, onRecorded } = props;
  const open = pilotId !== null;
  const db = useDb();
  const settings = useSettings();
  const currency = settings?.currency ?? 'EUR';
  const data = usePilotEvaluation(pilotId ?? '');
  // Tagged with its pilot: a live query keeps its previous result while a new one loads, and the
  // previous pilot's sponsor must not become this decision's default decider.
  const sponsor = useLiveQuery(async () => {
    if (!pilotId) return { pilotId, name: '' };
    const pilot = await db.pilots.get(pilotId);
    const person = pilot?.sponsorId ? await db.people.get(pilot.sponsorId) : undefined;
    return { pilotId, name: person?.name ?? '' };
  }, [db, pilotId]);

  const form = useForm<DecisionFormValues>({
    resolver: decisionFormResolver,
    // Placeholders until the pilot has loaded; the effect below fills in the real defaults.
    defaultValues: decisionFormDefaults({ stage: 'idea' }, '', ''),
  });
  const { handleSubmit, reset, setError, setFocus, formState } = form;

  // Fill the form once per opening, and show it only then: live updates of the pilot must not
  // wipe what is typed, and nothing typed before the defaults arrive may be overwritten by them.
  const [filledFor, setFilledFor] = useState<string | null>(null);
  const pilot = data?.pilot;
  useEffect(() => {
    if (!open) {
      setFilledFor(null);
      return;
    }
    if (!pilot || pilot.id !== pilotId || sponsor?.pilotId !== pilotId) return;
    if (filledFor === pilot.id) return;
    reset(decisionFormDefaults(pilot, sponsor.name, todayIso()));
    setFilledFor(pilot.id);
  }, [open, pilotId, pilot, sponsor, filledFor, reset]);

  useEffect(() => {
    const first = Object.keys(formState.errors)[0] as keyof DecisionFormValues | undefined;
    if (first && first !== 'kind') setFocus(first);
  }, [formState.submitCount, formState.errors, setFocus]);

  const units = useMemo(
    () => new Map((data?.evaluation.summaries ?? []).map((s) => [s.metricId, s.unit])),
    [data],
  );
  const evidence = useMemo(
    () =>
      data
        ? evidenceSnapshot(
            data.evaluation.summaries,
            data.evaluation.value.total,
            data.evaluation.cost.total,
          )
        : null,
    [data],
  );

  const submit = handleSubmit(async (values) => {
    if (!data || !evidence || !values.kind) return;
    try {
      const { decision } = await recordDecision(db, {
        ...formToInput(data.pilot.id, values.kind, values),
        // Frozen as the person saw them when saving, so the decision can be audited later.
        recommendation: recommendationSnapshot(data.evaluation.recommendation),
        evidence,
      });
      const changes = resourceChanges(decision, currency);
      toastRecorded(
        db,
        decision,
        data.pilot.name,
        changes.length ? changes.join(', ') : 'No change in resources',
      );
      onClose();
      onRecorded(decision, data.pilot.name);
    } catch (error) {
      if (error instanceof ValidationError) {
        for (const [field, message] of Object.entries(error.fieldErrors)) {
          if (field in values) setError(field as keyof DecisionFormValues, { message });
        }
      }
      toast.error(error instanceof Error ? error.message : String(error));
    }
  });

  const title = data ? `Record a decision on “${data.pilot.name}”` : 'Record a decision';
  let body;
  if (!data || !evidence || filledFor !== pilotId || data.pilot.id !== pilotId) {
    body = (
      <div className="loading span-all" role="status">
        {data === null ? 'This pilot is no longer in the portfolio.' : 'Loading the evidence…'}
      </div>
    );
  } else {
    const recommendation = data.evaluation.recommendation;
    body = (
      <>
        <section className="decision-evidence" aria-labelledby="decision-evidence-heading">
          <h3 id="decision-evidence-heading" className="panel-title">
            The recommendation and the evidence now
          </h3>
          <RecommendationSummary recommendation={recommendation} checks={recommendation.checks} />
          <EvidenceTable
            evidence={evidence}
            units={units}
            currency={currency}
            caption={`Evidence for “${data.pilot.name}” per metric`}
          />
        </section>
        <form
          id={FORM_ID}
          className="decision-form form-grid"
          onSubmit={submit}
          noValidate
          aria-label="Decision"
        >
          <DecisionFormFields
            form={form}
            pilot={data.pilot}
            recommended={recommendation.kind}
            currency={currency}
          />
        </form>
      </>
    );
  }

  return (
    <Dialog
      size="wide"
      bodyClassName="dialog-body-split"
      open={open}
      onOpenChange={(next) => !next && onClose()}
      title={title}
      description="Decide with the recommendation and the evidence in view. Saving freezes both with the decision and updates the pilot’s stage and resources."
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            variant="primary"
            type="submit"
            form={FORM_ID}
            disabled={formState.isSubmitting || !data}
          >
            Record decision
          </Button>
        </>
      }
    >
      {body}
    </Dialog>
  );
}
