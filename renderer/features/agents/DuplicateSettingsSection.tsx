import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import {
  DEFAULT_DUPLICATE_THRESHOLDS,
  dismissedClustersOf,
  duplicateThresholdsOf,
} from '@shared/domain/agents';
import { useDb } from '../../app/PortfolioContext';
import { useSettings } from '../../app/queries/useSettings';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { formatNumber } from '../../components/format';
import { updateSettings } from '../../db';

interface ThresholdForm {
  capabilities: string;
  words: string;
}

const toPercent = (share: number) => String(Math.round(share * 1000) / 10);
const percentRule = {
  validate: (v: string) =>
    (v.trim() !== '' && Number(v) >= 0 && Number(v) <= 100) || 'Enter a percentage from 0 to 100',
};

/** Settings: when two agents in different pilots count as duplicates, and dismissed clusters. */
export function DuplicateSettingsSection() {
  const db = useDb();
  const settings = useSettings();
  const { register, handleSubmit, reset, formState } = useForm<ThresholdForm>();
  const thresholds = duplicateThresholdsOf(settings);
  const dismissed = dismissedClustersOf(settings);

  useEffect(() => {
    reset({
      capabilities: toPercent(thresholds.minCapabilityOverlap),
      words: toPercent(thresholds.minWordOverlap),
    });
  }, [thresholds.minCapabilityOverlap, thresholds.minWordOverlap, reset]);

  async function save(patch: Parameters<typeof updateSettings>[1], message: string) {
    try {
      await updateSettings(db, patch);
      toast.success(message);
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error));
    }
  }

  const submit = handleSubmit((v) =>
    save(
      {
        duplicateThresholds: {
          minCapabilityOverlap: Number(v.capabilities) / 100,
          minWordOverlap: Number(v.words) / 100,
        },
      },
      'Duplicate thresholds saved',
    ),
  );

  if (!settings) return null;
  const errors = formState.errors;
  return (
    <section className="card" aria-labelledby="duplicate-settings-heading">
      <div className="card-header">
        <h2 id="duplicate-settings-heading">Duplicate agents</h2>
      </div>
      <form className="card-body form-grid" onSubmit={submit} noValidate>
        <p className="span-2 muted">
          Two agents in different pilots are flagged as possible duplicates when they share at least
          this much of their capabilities and of the words of their names and purposes (shared ÷ all
          distinct ones of the two).
        </p>
        <Field
          label="Capabilities in common (%)"
          hint={`Default ${formatNumber(DEFAULT_DUPLICATE_THRESHOLDS.minCapabilityOverlap * 100)} %.`}
          error={errors.capabilities?.message}
        >
          <input
            className="input"
            type="number"
            min={0}
            max={100}
            step="any"
            {...register('capabilities', percentRule)}
          />
        </Field>
        <Field
          label="Name and purpose words in common (%)"
          hint={`Default ${formatNumber(DEFAULT_DUPLICATE_THRESHOLDS.minWordOverlap * 100)} %.`}
          error={errors.words?.message}
        >
          <input
            className="input"
            type="number"
            min={0}
            max={100}
            step="any"
            {...register('words', percentRule)}
          />
        </Field>
        <div className="span-2 page-actions">
          <Button variant="primary" type="submit" disabled={formState.isSubmitting}>
            Save thresholds
          </Button>
          <Button
            onClick={() =>
              void save(
                { duplicateThresholds: { ...DEFAULT_DUPLICATE_THRESHOLDS } },
                'Default thresholds restored',
              )
            }
          >
            Use the defaults
          </Button>
          {dismissed.length > 0 && (
            <Button
              variant="ghost"
              onClick={() =>
                void save({ dismissedDuplicateClusters: [] }, 'Dismissed clusters are shown again')
              }
            >
              Show the {formatNumber(dismissed.length)} dismissed cluster
              {dismissed.length === 1 ? '' : 's'} again
            </Button>
          )}
        </div>
      </form>
    </section>
  );
}
