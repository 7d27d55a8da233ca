import { z } from 'zod';
import { nonEmptyName, recordMetaSchema } from './common';

export const PERSON_ROLES = [
  'worker',
  'supervisor',
  'lead',
  'sponsor',
  'executive',
  'other',
] as const;
export const personRoleSchema = z.enum(PERSON_ROLES);
export type PersonRole = z.infer<typeof personRoleSchema>;

export const personFieldsSchema = z.object({
  name: nonEmptyName,
  role: personRoleSchema,
  team: z.string().trim().max(200),
  email: z.string().trim().max(320),
  hourlyCost: z.number().finite().min(0).nullable(),
  /** Hours per week this person can spend reviewing agents' work; null = portfolio default. */
  oversightCapacityHours: z.number().finite().min(0).max(168).nullable(),
});
export type PersonFields = z.infer<typeof personFieldsSchema>;

export const personSchema = recordMetaSchema.extend(personFieldsSchema.shape);
export type Person = z.infer<typeof personSchema>;
