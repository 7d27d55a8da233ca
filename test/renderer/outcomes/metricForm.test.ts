import { describe, expect, it } from 'vitest';
import type { ResolverOptions } from 'react-hook-form';
import { newId } from '../../../shared/ids';
import {
  emptyMetricForm,
  formToFields,
  metricFormResolver,
  type MetricFormValues,
} from '../../../renderer/features/outcomes/metricForm';
import { chartSummary } from '../../../renderer/features/outcomes/chartSummary';

const pilotId = newId();
const options = {} as ResolverOptions<MetricFormValues>;

async function messages(values: Partial<MetricFormValues>, requireDefinition = false) {
  const result = await metricFormResolver(pilotId, requireDefinition)(
    { ...emptyMetricForm, ...values },
    undefined,
    options,
  );
  return Object.fromEntries(Object.entries(result.errors).map(([k, e]) => [k, e?.message]));
}

describe('metric form', () => {
  it('names every missing field in words a person can act on', async () => {
    expect(await messages({})).toEqual({
      name: 'Give the metric a name, e.g. “Cycle time”',
      baseline: 'Enter the baseline — the value before the pilot — as a number',
      target: 'Enter the target as a number',
    });
  });

  it('says which way to fix a target on the wrong side of the baseline', async () => {
    expect(
      await messages({
        name: 'Cycle time',
        unit: 'days',
        direction: 'lower',
        baseline: '40',
        target: '50',
      }),
    ).toEqual({
      target:
        'Lower is better, so the target should be below the baseline (40 days) — or choose “Higher is better”',
    });
    expect(
      await messages({ name: 'NPS', direction: 'higher', baseline: '30', target: '20' }),
    ).toEqual({
      target:
        'Higher is better, so the target should be above the baseline (30) — or choose “Lower is better”',
    });
  });

  it('refuses a negative value per unit, accepts an empty one as not priced', async () => {
    const base = { name: 'Cycle time', direction: 'lower', baseline: '40', target: '25' } as const;
    expect(await messages({ ...base, valuePerUnit: '-5' })).toEqual({
      valuePerUnit:
        'Enter an amount of zero or more, or leave it empty if the outcome is not priced',
    });
    expect(await messages({ ...base, valuePerUnit: '' })).toEqual({});
    expect(formToFields({ ...emptyMetricForm, ...base }, pilotId).valuePerUnit).toBeNull();
  });

  it('keeps a baseline of 0 (a real value) apart from an empty one', () => {
    const fields = formToFields(
      { ...emptyMetricForm, name: 'Errors', baseline: '0', target: '' },
      pilotId,
    );
    expect(fields.baseline).toBe(0);
    expect(fields.target).toBeNaN();
  });

  it('asks for a library entry when adding from the library', async () => {
    expect(await messages({ name: 'Cycle time', baseline: '1', target: '2' }, true)).toEqual({
      definitionId: 'Choose a metric from the library',
    });
  });
});

describe('chart summary', () => {
  const metric = {
    name: 'Cycle time',
    unit: 'days',
    baseline: 40,
    target: 25,
    direction: 'lower',
  } as const;

  it('reads the chart in one sentence', () => {
    const days = Float64Array.of(20_458, 20_465, 20_472, 20_479, 20_486, 20_493);
    const values = Float64Array.of(38, 35, 31, 29, 27, 25.5);
    expect(chartSummary(metric, { days, values })).toBe(
      'Cycle time, 6 measurements from 38 to 25.5 days (Jan 5, 2026 to Feb 9, 2026); ' +
        'baseline 40, target 25 days, lower is better.',
    );
  });

  it('says so when there is one measurement or none', () => {
    expect(
      chartSummary(metric, { days: Float64Array.of(20_458), values: Float64Array.of(38) }),
    ).toBe(
      'Cycle time, 1 measurement: 38 days on Jan 5, 2026; baseline 40, target 25 days, lower is better.',
    );
    expect(chartSummary(metric, undefined)).toBe(
      'Cycle time: no measurements yet; baseline 40, target 25 days, lower is better.',
    );
  });
});
