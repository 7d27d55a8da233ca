import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { CADENCES, METRIC_DIRECTIONS, METRIC_KINDS, type Metric } from '@shared/model';
import { useDb } from '../../app/PortfolioContext';
import { useSettings } from '../../app/queries/useSettings';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { createMetric, updateMetric, ValidationError } from '../../db';
import { CADENCE_LABELS, DIRECTION_LABELS, KIND_LABELS } from './labels';
import {
  emptyMetricForm,
  formToFields,
  metricFormResolver,
  metricToForm,
  withDefinition,
  type MetricFormValues,
} from './metricForm';

/** Which metric dialog is open: a new metric, a new one from the library, or an edit. */
export type MetricDialogState =
  { mode: 'create' } | { mode: 'library' } | { mode: 'edit'; metric: Metric } | null;

const FORM_ID = 'metric-form';

/** Define, or edit, one of a pilot's metrics — from scratch or from the metric library. */
export function MetricDialog(props: {
  pilotId: string;
  state: MetricDialogState;
  onClose: () => void;
}) {
  const { pilotId, state, onClose } = props;
  const db = useDb();
  const currency = useSettings()?.currency ?? 'EUR';
  const mode = state?.mode ?? null;
  const editing = state?.mode === 'edit' ? state.metric : null;
  const definitions = useLiveQuery(() => db.metricDefinitions.orderBy('name').toArray(), [db]);
  const resolver = useMemo(() => metricFormResolver(pilotId, mode === 'library'), [pilotId, mode]);
  const { register, handleSubmit, reset, formState, watch, getValues, setValue, setError } =
    useForm<MetricFormValues>({ resolver, defaultValues: emptyMetricForm });

  // Fill the form each time the dialog opens (not on every live update of the metric).
  useEffect(() => {
    if (mode === null) return;
    reset(editing ? metricToForm(editing) : emptyMetricForm);
  }, [mode, editing, reset]);

  const definitionId = watch('definitionId');
  const chosen = definitions?.find((d) => d.id === definitionId);
  const direction = watch('direction');

  function chooseDefinition(id: string) {
    const definition = definitions?.find((d) => d.id === id);
    if (!definition) return;
    const next = withDefinition(getValues(), definition);
    for (const key of ['name', 'unit', 'kind', 'direction', 'cadence'] as const) {
      setValue(key, next[key]);
    }
  }

  const submit = handleSubmit(async (values) => {
    const fields = formToFields(values, pilotId);
    try {
      if (editing) {
        const { pilotId: _unchanged, ...patch } = fields;
        await updateMetric(db, editing.id, patch, { expectedUpdatedAt: editing.updatedAt });
        toast.success(`Saved “${fields.name}”`);
      } else {
        const metric = await createMetric(db, fields);
        toast.success(`Added ${metric.kind} metric “${metric.name}”`);
      }
      onClose();
    } catch (error) {
      if (error instanceof ValidationError) {
        for (const [field, message] of Object.entries(error.fieldErrors)) {
          if (field in values) setError(field as keyof MetricFormValues, { message });
        }
      }
      toast.error(error instanceof Error ? error.message : String(error));
    }
  });

  const errors = formState.errors;
  const fromLibrary = mode === 'library';
  const title = editing
    ? `Edit “${editing.name}”`
    : fromLibrary
      ? 'Add a metric from the library'
      : 'New metric';
  const description = fromLibrary
    ? 'Measured the way the library defines it, so this outcome compares across pilots. Enter where this pilot starts and where it aims to be.'
    : 'An outcome the pilot should move, measured against a baseline and a target. Activity metrics (how busy it is) are shown, but never earn resources on their own.';

  const numberInput = {
    className: 'input',
    type: 'number',
    step: 'any',
    inputMode: 'decimal',
  } as const;

  return (
    <Dialog
      open={mode !== null}
      onOpenChange={(next) => !next && onClose()}
      title={title}
      description={description}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" form={FORM_ID} disabled={formState.isSubmitting}>
            {editing ? 'Save changes' : 'Add metric'}
          </Button>
        </>
      }
    >
      <form id={FORM_ID} className="form-grid" onSubmit={submit} noValidate>
        {fromLibrary && (
          <>
            <Field
              label="Library metric"
              error={errors.definitionId?.message}
              className="span-2"
              hint={
                definitions?.length === 0
                  ? 'The library is empty: define a metric, then use “Save to library” from its menu.'
                  : undefined
              }
            >
              <select
                className="select"
                autoFocus
                {...register('definitionId', { onChange: (e) => chooseDefinition(e.target.value) })}
              >
                <option value="">— Choose a metric —</option>
                {(definitions ?? []).map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                    {d.unit ? ` (${d.unit})` : ''} · {KIND_LABELS[d.kind].toLowerCase()}
                  </option>
                ))}
              </select>
            </Field>
            {chosen && (
              <div
                role="group"
                aria-label="From the library"
                className="span-2 metric-definition-facts"
              >
                <dl className="facts">
                  <div>
                    <dt>Kind</dt>
                    <dd>{KIND_LABELS[chosen.kind]}</dd>
                  </div>
                  <div>
                    <dt>Unit</dt>
                    <dd>{chosen.unit || '—'}</dd>
                  </div>
                  <div>
                    <dt>Direction</dt>
                    <dd>{DIRECTION_LABELS[chosen.direction]}</dd>
                  </div>
                  <div>
                    <dt>Cadence</dt>
                    <dd>{CADENCE_LABELS[chosen.cadence]}</dd>
                  </div>
                </dl>
              </div>
            )}
          </>
        )}

        {!fromLibrary && (
          <>
            <Field label="Name" error={errors.name?.message}>
              <input className="input" autoFocus {...register('name')} />
            </Field>
            <Field label="Kind" error={errors.kind?.message}>
              <select className="select" {...register('kind')}>
                {METRIC_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {k === 'outcome'
                      ? 'Outcome — a business result it moves'
                      : 'Activity — how busy it is (secondary)'}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Unit" hint="e.g. days, €, %, cases" error={errors.unit?.message}>
              <input className="input" {...register('unit')} />
            </Field>
            <Field label="Direction" error={errors.direction?.message}>
              <select className="select" {...register('direction')}>
                {METRIC_DIRECTIONS.map((d) => (
                  <option key={d} value={d}>
                    {DIRECTION_LABELS[d]}
                  </option>
                ))}
              </select>
            </Field>
          </>
        )}

        <Field label="Baseline" hint="The value before the pilot." error={errors.baseline?.message}>
          <input {...numberInput} {...register('baseline')} />
        </Field>
        <Field
          label="Target"
          hint={direction === 'lower' ? 'Below the baseline.' : 'Above the baseline.'}
          error={errors.target?.message}
        >
          <input {...numberInput} {...register('target')} />
        </Field>
        <Field
          label={`Value per unit (${currency}, optional)`}
          hint="What one unit of improvement is worth per period. Leave empty if not priced."
          error={errors.valuePerUnit?.message}
        >
          <input {...numberInput} min={0} {...register('valuePerUnit')} />
        </Field>
        {!fromLibrary && (
          <Field label="Cadence" hint="How often it is measured." error={errors.cadence?.message}>
            <select className="select" {...register('cadence')}>
              {CADENCES.map((c) => (
                <option key={c} value={c}>
                  {CADENCE_LABELS[c]}
                </option>
              ))}
            </select>
          </Field>
        )}
      </form>
    </Dialog>
  );
}
