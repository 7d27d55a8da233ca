import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import { useDb } from '../../app/PortfolioContext';
import { useUiStore } from '../../app/uiStore';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { PersonOptions } from '../../components/PersonOptions';
import { Field } from '../../components/Field';
import { StageOptions } from '../../components/StageBadge';
import { createPilot, updatePilot } from '../../db';
import {
  emptyPilotForm,
  formToFields,
  pilotFormResolver,
  pilotToForm,
  type PilotFormValues,
} from './pilotForm';

/** The resources a pilot has now, as the form asks for them: numbers, none negative. */
const RESOURCE_FIELDS = [
  { name: 'budget', label: 'Budget', step: 'any', inputMode: 'decimal' },
  { name: 'fte', label: 'FTE', step: '0.1', inputMode: 'decimal' },
  { name: 'agentSeats', label: 'Agent seats', step: '1', inputMode: 'numeric' },
] as const;

/** The pilot dialog's form, mounted while it is open (see PilotDialog.tsx). */
export function OpenPilotDialog() {
  const db = useDb();
  const state = useUiStore((s) => s.pilotDialog);
  const openPilotDialog = useUiStore((s) => s.openPilotDialog);
  const navigate = useNavigate();
  const editingId = state?.mode === 'edit' ? state.pilotId : null;
  const editing = useLiveQuery(
    () => (editingId ? db.pilots.get(editingId) : undefined),
    [db, editingId],
  );
  const open = state !== null;
  const people = useLiveQuery(() => db.people.orderBy('name').toArray(), [db]);
  const units = useLiveQuery(
    async () =>
      [...new Set((await db.pilots.orderBy('businessUnit').uniqueKeys()).map(String))].filter(
        Boolean,
      ),
    [db],
  );

  // react-hook-form focuses the first invalid field on submit (shouldFocusError), and only then.
  const { register, handleSubmit, reset, formState } = useForm<PilotFormValues>({
    resolver: pilotFormResolver,
    defaultValues: emptyPilotForm,
  });

  const mode = state?.mode;
  // Fill the form when the dialog opens, or when the record itself changes (a save elsewhere).
  // An edit waits for the people too: its sponsor and lead can only be selected once their
  // options exist. A new pilot's form is reset at once, so early keystrokes are kept.
  const peopleLoaded = people !== undefined;
  // An edit's form shows once it can be filled: typed into before, the filling overwrote it.
  const ready = mode !== 'edit' || (editing !== undefined && peopleLoaded);
  // Two effects: a new pilot's form must not be reset again when the people arrive, which
  // cleared what was typed (or the messages of a save tried) before they had.
  useEffect(() => {
    if (open && mode === 'create') reset(emptyPilotForm);
  }, [open, mode, reset]);
  useEffect(() => {
    if (open && mode === 'edit' && editing && peopleLoaded) reset(pilotToForm(editing));
  }, [open, mode, editing, peopleLoaded, reset]);

  const close = () => openPilotDialog(null);

  const submit = handleSubmit(async (values) => {
    const fields = formToFields(values);
    try {
      if (state?.mode === 'edit' && editing) {
        await updatePilot(db, editing.id, fields, { expectedUpdatedAt: editing.updatedAt });
        toast.success(`Saved “${fields.name}”`);
        close();
      } else {
        const pilot = await createPilot(db, fields);
        toast.success(`Created pilot “${pilot.name}”`);
        close();
        void navigate(`/pilots/${pilot.id}`);
      }
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error));
    }
  });

  const title = state?.mode === 'edit' ? `Edit “${editing?.name ?? 'pilot'}”` : 'New pilot';
  const errors = formState.errors;

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !next && close()}
      title={title}
      description="Name, owners, stage, dates and the resources it has now. Outcomes and agents are added on the pilot’s page."
      footer={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button
            variant="primary"
            type="submit"
            form="pilot-form"
            disabled={formState.isSubmitting}
          >
            {state?.mode === 'edit' ? 'Save changes' : 'Create pilot'}
          </Button>
        </>
      }
    >
      {ready ? (
        <form id="pilot-form" className="form-grid" onSubmit={submit} noValidate>
          <div className="form-section-title">About</div>
          <Field label="Name" error={errors.name?.message} className="span-2">
            <input className="input" autoFocus {...register('name')} />
          </Field>
          <Field
            label="Summary"
            hint="One sentence an executive can read."
            error={errors.summary?.message}
            className="span-2"
          >
            <input className="input" {...register('summary')} />
          </Field>
          <Field label="Problem" error={errors.problem?.message}>
            <textarea className="textarea" rows={3} {...register('problem')} />
          </Field>
          <Field
            label="Hypothesis"
            hint="If we…, then… will improve by…"
            error={errors.hypothesis?.message}
          >
            <textarea className="textarea" rows={3} {...register('hypothesis')} />
          </Field>

          <div className="form-section-title">Ownership and stage</div>
          <Field label="Business unit" error={errors.businessUnit?.message}>
            <input className="input" list="business-units" {...register('businessUnit')} />
          </Field>
          <datalist id="business-units">
            {(units ?? []).map((u) => (
              <option key={u} value={u} />
            ))}
          </datalist>
          <Field label="Stage" error={errors.stage?.message}>
            <select className="select" {...register('stage')}>
              <StageOptions />
            </select>
          </Field>
          <Field
            label="Sponsor"
            error={errors.sponsorId?.message}
            hint={
              people?.length === 0
                ? 'Add people on the People page to choose them here.'
                : undefined
            }
          >
            <select className="select" {...register('sponsorId')}>
              <PersonOptions people={people} />
            </select>
          </Field>
          <Field label="Lead" error={errors.leadId?.message}>
            <select className="select" {...register('leadId')}>
              <PersonOptions people={people} />
            </select>
          </Field>
          <Field
            label="Tags"
            hint="Separate with commas."
            error={errors.tags?.message}
            className="span-2"
          >
            <input className="input" {...register('tags')} />
          </Field>

          <div className="form-section-title">Dates</div>
          <div className="span-2 form-grid form-grid-3">
            <Field label="Start date" error={errors.startDate?.message}>
              <input className="input" type="date" {...register('startDate')} />
            </Field>
            <Field label="Next review" error={errors.nextReviewDate?.message}>
              <input className="input" type="date" {...register('nextReviewDate')} />
            </Field>
            <Field label="End date" error={errors.endDate?.message}>
              <input className="input" type="date" {...register('endDate')} />
            </Field>
          </div>

          <div className="form-section-title">Resources allocated now</div>
          <div className="span-2 form-grid form-grid-3">
            {RESOURCE_FIELDS.map((field) => (
              <Field key={field.name} label={field.label} error={errors[field.name]?.message}>
                <input
                  className="input"
                  type="number"
                  min={0}
                  step={field.step}
                  inputMode={field.inputMode}
                  {...register(field.name)}
                />
              </Field>
            ))}
          </div>
        </form>
      ) : (
        <div className="loading" role="status">
          Loading the pilot…
        </div>
      )}
    </Dialog>
  );
}
