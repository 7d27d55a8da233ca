import type { FieldErrors, Resolver } from 'react-hook-form';
import {
  metricFieldsSchema,
  type Cadence,
  type Metric,
  type MetricDefinition,
  type MetricDirection,
  type MetricFields,
  type MetricKind,
} from '@shared/model';
import { formatValue } from './formatValue';

/** The metric form as its inputs hold it: text for numbers, converted and validated on submit. */
export interface MetricFormValues {
  name: string;
  kind: MetricKind;
  unit: string;
  direction: MetricDirection;
  cadence: Cadence;
  baseline: string;
  target: string;
  valuePerUnit: string;
  /** The library definition the metric is made from; '' for none. */
  definitionId: string;
}

export const emptyMetricForm: MetricFormValues = {
  name: '',
  kind: 'outcome',
  unit: '',
  direction: 'higher',
  cadence: 'weekly',
  baseline: '',
  target: '',
  valuePerUnit: '',
  definitionId: '',
};

export function metricToForm(m: Metric): MetricFormValues {
  return {
    name: m.name,
    kind: m.kind,
    unit: m.unit,
    direction: m.direction,
    cadence: m.cadence,
    baseline: String(m.baseline),
    target: String(m.target),
    valuePerUnit: m.valuePerUnit === null ? '' : String(m.valuePerUnit),
    definitionId: m.definitionId ?? '',
  };
}

/** The library's way of measuring, copied into the form; baseline, target and value stay. */
export function withDefinition(
  values: MetricFormValues,
  d: Pick<MetricDefinition, 'id' | 'name' | 'unit' | 'kind' | 'direction' | 'cadence'>,
): MetricFormValues {
  return {
    ...values,
    definitionId: d.id,
    name: d.name,
    unit: d.unit,
    kind: d.kind,
    direction: d.direction,
    cadence: d.cadence,
  };
}

/** Empty text is "no number" (NaN, refused by the schema) rather than 0, which is a real value. */
function parseRequired(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

export function formToFields(v: MetricFormValues, pilotId: string): MetricFields {
  const value = v.valuePerUnit.trim();
  return {
    name: v.name.trim(),
    unit: v.unit.trim(),
    kind: v.kind,
    direction: v.direction,
    cadence: v.cadence,
    pilotId,
    definitionId: v.definitionId || null,
    baseline: parseRequired(v.baseline),
    target: parseRequired(v.target),
    valuePerUnit: value === '' ? null : Number(value),
  };
}

const FRIENDLY: Partial<Record<keyof MetricFormValues, string>> = {
  name: 'Give the metric a name, e.g. “Cycle time”',
  unit: 'Keep the unit to 40 characters or fewer',
  baseline: 'Enter the baseline — the value before the pilot — as a number',
  target: 'Enter the target as a number',
  valuePerUnit: 'Enter an amount of zero or more, or leave it empty if the outcome is not priced',
};

/**
 * A target on the wrong side of the baseline would make every improvement count as a loss; it is
 * almost always a direction left at its default, so the form says which of the two to fix.
 */
function directionIssue(f: MetricFields): string | null {
  if (!Number.isFinite(f.baseline) || !Number.isFinite(f.target)) return null;
  if (f.direction === 'lower' && f.target > f.baseline) {
    return `Lower is better, so the target should be below the baseline (${formatValue(f.baseline, f.unit)}) — or choose “Higher is better”`;
  }
  if (f.direction === 'higher' && f.target < f.baseline) {
    return `Higher is better, so the target should be above the baseline (${formatValue(f.baseline, f.unit)}) — or choose “Lower is better”`;
  }
  return null;
}

/**
 * Validates with the model's own zod schema, so the form and the database agree on the rules,
 * plus the direction check above. `requireDefinition` is for "Add from library".
 */
export function metricFormResolver(
  pilotId: string,
  requireDefinition = false,
): Resolver<MetricFormValues> {
  return async (values) => {
    const fields = formToFields(values, pilotId);
    const errors: FieldErrors<MetricFormValues> = {};
    if (requireDefinition && !values.definitionId) {
      errors.definitionId = { type: 'required', message: 'Choose a metric from the library' };
    }
    const result = metricFieldsSchema.safeParse(fields);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const key = issue.path[0] as keyof MetricFormValues | undefined;
        if (!key || errors[key] || !(key in values)) continue;
        errors[key] = { type: issue.code, message: FRIENDLY[key] ?? issue.message };
      }
    }
    const direction = directionIssue(fields);
    if (direction && !errors.target) errors.target = { type: 'direction', message: direction };
    if (Object.keys(errors).length > 0) return { values: {}, errors };
    return { values, errors: {} };
  };
}
