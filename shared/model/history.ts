import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from './common';

export const ENTITY_TYPES = [
  'settings',
  'person',
  'pilot',
  'agent',
  'assignment',
  'supervisionLog',
  'metricDefinition',
  'metric',
  'measurement',
  'decision',
  'lesson',
  'portfolio',
] as const;
export const entityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof entityTypeSchema>;

export const HISTORY_ACTIONS = [
  'create',
  'update',
  'delete',
  'restore',
  'import',
  'merge',
] as const;
export const historyActionSchema = z.enum(HISTORY_ACTIONS);
export type HistoryAction = z.infer<typeof historyActionSchema>;

/** One change to the data: who, when, what — readable per pilot. */
export const historyEntrySchema = z.object({
  id: idSchema,
  at: isoDateTimeSchema,
  actor: z.string().max(200),
  action: historyActionSchema,
  entityType: entityTypeSchema,
  entityId: z.string().max(100),
  /** The pilot the change belongs to, so a pilot's History tab is one indexed query. */
  pilotId: idSchema.nullable(),
  /** A sentence a person can read: "Renamed pilot “Invoice triage” to “Invoice triage v2”". */
  summary: z.string().max(2_000),
  /** Field-level changes: name → [before, after]. */
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])).optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
