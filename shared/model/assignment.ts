import { z } from 'zod';
import { idSchema, isoDateSchema, recordMetaSchema } from './common';

/** An agent working in a pilot: whom it serves, who supervises it, and for how many hours. */
export const assignmentFieldsSchema = z.object({
  agentId: idSchema,
  pilotId: idSchema,
  servedPersonIds: z.array(idSchema).max(10_000),
  supervisorId: idSchema.nullable(),
  supervisionHoursPerWeek: z.number().finite().min(0).max(168),
  startDate: isoDateSchema.nullable(),
  endDate: isoDateSchema.nullable(),
});
export type AssignmentFields = z.infer<typeof assignmentFieldsSchema>;

export const assignmentSchema = recordMetaSchema.extend(assignmentFieldsSchema.shape);
export type Assignment = z.infer<typeof assignmentSchema>;

/** Items reviewed and corrected by a supervisor for one assignment over one period. */
export const supervisionLogFieldsSchema = z.object({
  assignmentId: idSchema,
  periodStart: isoDateSchema,
  periodEnd: isoDateSchema,
  itemsReviewed: z.number().int().min(0),
  itemsCorrected: z.number().int().min(0),
  hoursSpent: z.number().finite().min(0).max(10_000),
});
export type SupervisionLogFields = z.infer<typeof supervisionLogFieldsSchema>;

export const supervisionLogSchema = recordMetaSchema.extend(supervisionLogFieldsSchema.shape);
export type SupervisionLog = z.infer<typeof supervisionLogSchema>;
