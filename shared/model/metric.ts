import { z } from 'zod';
import { idSchema, nonEmptyName, recordMetaSchema } from './common';

export const METRIC_KINDS = ['outcome', 'activity'] as const;
export const metricKindSchema = z.enum(METRIC_KINDS);
export type MetricKind = z.infer<typeof metricKindSchema>;

export const METRIC_DIRECTIONS = ['higher', 'lower'] as const;
export const metricDirectionSchema = z.enum(METRIC_DIRECTIONS);
export type MetricDirection = z.infer<typeof metricDirectionSchema>;

export const CADENCES = ['weekly', 'monthly', 'quarterly'] as const;
export const cadenceSchema = z.enum(CADENCES);
export type Cadence = z.infer<typeof cadenceSchema>;

const definitionShape = {
  name: nonEmptyName,
  unit: z.string().trim().max(40),
  kind: metricKindSchema,
  direction: metricDirectionSchema,
  cadence: cadenceSchema,
};

/** A reusable definition so the same outcome is measured the same way across pilots. */
export const metricDefinitionFieldsSchema = z.object({
  ...definitionShape,
  description: z.string().max(2_000),
});
export type MetricDefinitionFields = z.infer<typeof metricDefinitionFieldsSchema>;
export const metricDefinitionSchema = recordMetaSchema.extend(metricDefinitionFieldsSchema.shape);
export type MetricDefinition = z.infer<typeof metricDefinitionSchema>;

export const metricFieldsSchema = z.object({
  ...definitionShape,
  pilotId: idSchema,
  definitionId: idSchema.nullable(),
  baseline: z.number().finite(),
  target: z.number().finite(),
  /** Money per unit of improvement per cadence period; null when the outcome is not priced. */
  valuePerUnit: z.number().finite().min(0).nullable(),
});
export type MetricFields = z.infer<typeof metricFieldsSchema>;
export const metricSchema = recordMetaSchema.extend(metricFieldsSchema.shape);
export type Metric = z.infer<typeof metricSchema>;
