import { useEffect, useRef } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { toast } from 'sonner';
import { defaultGateCriteria, gateCriteriaSchema, type GateCriteria } from '@shared/model';
import { useDb } from '../../app/PortfolioContext';
import { useSettings } from '../../app/queries/useSettings';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { updateSettings } from '../../db';

/** The criteria as the inputs hold them: shares as percentages, everything as typed text. */
interface CriteriaForm {
  outcomeShareToExpand: string;
  outcomeProgressThreshold: string;
  minEvidence: GateCriteria['minEvidence'];
  minRoi: string;
  maxWeeksWithoutEvidence: string;
  flatThreshold: string;
}

/** Shares are stored 0–1 and shown as percentages; one decimal keeps 0.1 from showing as 10.000000000000002. */
const toPercent = (share: number): string => String(Math.round(share * 1000) / 10);
const fromPercent = (text: string): number => (text.trim() === '' ? NaN : Number(text) / 100);
const toNumber = (text: string): number => (text.trim() === '' ? NaN : Number(text));

function criteriaToForm(c: GateCriteria): CriteriaForm {
  return {
    outcomeShareToExpand: toPercent(c.outcomeShareToExpand),
    outcomeProgressThreshold: toPercent(c.outcomeProgressThreshold),
    minEvidence: c.minEvidence,
    minRoi: String(c.minRoi),
    maxWeeksWithoutEvidence: String(c.maxWeeksWithoutEvidence),
    flatThreshold: toPercent(c.flatThreshold),
  };
}

function formToCriteria(v: CriteriaForm): GateCriteria {
  return {
    outcomeShareToExpand: fromPercent(v.outcomeShareToExpand),
    outcomeProgressThreshold: fromPercent(v.outcomeProgressThreshold),
    minEvidence: v.minEvidence,
    minRoi: toNumber(v.minRoi),
    maxWeeksWithoutEvidence: toNumber(v.maxWeeksWithoutEvidence),
    flatThreshold: fromPercent(v.flatThreshold),
  };
}

const MESSAGES: Record<keyof CriteriaForm, string> = {
  outcomeShareToExpand: 'Enter a percentage from 0 to 100',
  outcomeProgressThreshold: 'Enter a percentage from 0 to 500',
  minEvidence: 'Choose weak, moderate or strong',
  minRoi: 'Enter a ratio of zero or more, such as 1.5',
  maxWeeksWithoutEvidence: 'Enter a whole number of weeks from 1 to 520',
  flatThreshold: 'Enter a percentage from 0 to 100',
};

/** Validated by the model's own schema, so the form and the stored settings agree. */
const resolver: Resolver<CriteriaForm> = async (values) => {
  const result = gateCriteriaSchema.safeParse(formToCriteria(values));
  if (result.success) return { values, errors: {} };
  const errors: FieldErrors<CriteriaForm> = {};
  for (const issue of result.error.issues) {
    const key = issue.path[0] as keyof CriteriaForm | undefined;
    if (key && !errors[key]) errors[key] = { type: issue.code, message: MESSAGES[key] };
  }
  return { values: {}, errors };
};

function sameCriteria(a: GateCriteria, b: GateCriteria): boolean {
  return (Object.keys(defaultGateCriteria) as (keyof GateCriteria)[]).every((k) => a[k] === b[k]);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The gate criteria, agreed in advance, that a pilot's evidence is judged against. Each says in
 * plain words what it decides; changing them changes every live recommendation, while decisions
 * already recorded keep the recommendation frozen with them.
 */
export function GateCriteriaSection() {
  const db = useDb();
  const settings = useSettings();
  const saved = settings?.gateCriteria;
  const { register, handleSubmit, reset, formState } = useForm<CriteriaForm>({
    resolver,
    defaultValues: criteriaToForm(defaultGateCriteria),
  });

  // Show the stored criteria, again after each save — but not when another part of the
  // settings changes, which would wipe what is being typed here.
  const synced = useRef('');
  useEffect(() => {
    if (!saved) return;
    const key = JSON.stringify(saved);
    if (key === synced.current) return;
    synced.current = key;
    reset(criteriaToForm({ ...defaultGateCriteria, ...saved }));
  }, [saved, reset]);

  async function save(gateCriteria: GateCriteria, message: string, undoTo?: GateCriteria) {
    try {
      await updateSettings(db, { gateCriteria });
      toast.success(
        message,
        undoTo
          ? {
              action: {
                label: 'Undo',
                onClick: () => void save(undoTo, 'Gate criteria put back as they were'),
              },
              duration: 10_000,
            }
          : undefined,
      );
    } catch (error) {
      toast.error(errorMessage(error));
    }
  }

  const submit = handleSubmit((values) =>
    save(formToCriteria(values), 'Gate criteria saved: every pilot’s recommendation now uses them'),
  );

  if (!settings || !saved) {
    return (
      <div className="loading" role="status">
        Loading gate criteria…
      </div>
    );
  }
  const current = { ...defaultGateCriteria, ...saved };
  const atDefaults = sameCriteria(current, defaultGateCriteria);
  const errors = formState.errors;

  return (
    <section className="card" aria-labelledby="gate-criteria-heading">
      <div className="card-header">
        <div>
          <h2 id="gate-criteria-heading">Gate criteria</h2>
          <p className="card-header-note">
            The bar a pilot’s evidence must clear to be recommended for expansion — agree it before
            the reviews. Decisions already recorded keep the recommendation frozen with them.
          </p>
        </div>
      </div>
      <form className="card-body form-grid" onSubmit={submit} noValidate aria-label="Gate criteria">
        <Field
          label="Share of outcome metrics that must be on target to expand (%)"
          hint="75 % means 3 of 4 outcome metrics. At least one is always needed."
          error={errors.outcomeShareToExpand?.message}
        >
          <input
            className="input"
            type="number"
            min={0}
            max={100}
            step="any"
            {...register('outcomeShareToExpand')}
          />
        </Field>
        <Field
          label="Progress that counts as on target (%)"
          hint="How far an outcome metric must have moved from its baseline towards its target; 100 % is the target itself."
          error={errors.outcomeProgressThreshold?.message}
        >
          <input
            className="input"
            type="number"
            min={0}
            max={500}
            step="any"
            {...register('outcomeProgressThreshold')}
          />
        </Field>
        <Field
          label="Evidence an outcome metric needs to count"
          hint="Weaker evidence than this and an on-target metric is not yet trusted."
          error={errors.minEvidence?.message}
        >
          <select className="select" {...register('minEvidence')}>
            <option value="weak">Weak — any measured improvement</option>
            <option value="moderate">Moderate — 4+ measurements, beyond noise</option>
            <option value="strong">Strong — 8+ measurements, beyond noise, material</option>
          </select>
        </Field>
        <Field
          label="Minimum return to expand (value ÷ cost, ×)"
          hint="1.5 means the value a pilot created must be at least 1.5 times what it cost."
          error={errors.minRoi?.message}
        >
          <input className="input" type="number" min={0} step="0.1" {...register('minRoi')} />
        </Field>
        <Field
          label="Weeks until a pilot without a review date is judged"
          hint="Counted from its start. From then on, outcomes that went the wrong way recommend stop, and flat ones pivot."
          error={errors.maxWeeksWithoutEvidence?.message}
        >
          <input
            className="input"
            type="number"
            min={1}
            max={520}
            step={1}
            {...register('maxWeeksWithoutEvidence')}
          />
        </Field>
        <Field
          label="Change that still counts as flat (%)"
          hint="An outcome that moved less than this share of its baseline-to-target gap counts as flat — the “busy but not better” check: activity up, outcomes flat → pivot."
          error={errors.flatThreshold?.message}
        >
          <input
            className="input"
            type="number"
            min={0}
            max={100}
            step="any"
            {...register('flatThreshold')}
          />
        </Field>
        <div className="span-2 page-actions">
          <Button variant="primary" type="submit" disabled={formState.isSubmitting}>
            Save gate criteria
          </Button>
          <Button
            disabled={atDefaults && !formState.isDirty}
            onClick={() => {
              // Also clears unsaved edits when the stored criteria already are the defaults.
              reset(criteriaToForm(defaultGateCriteria));
              void save({ ...defaultGateCriteria }, 'Gate criteria reset to the defaults', current);
            }}
          >
            Reset to defaults
          </Button>
        </div>
      </form>
    </section>
  );
}
