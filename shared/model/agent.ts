import { z } from 'zod';
import { idSchema, longText, money, nonEmptyName, recordMetaSchema, tagsSchema } from './common';

export const AGENT_STATUSES = ['building', 'active', 'paused', 'retired'] as const;
export const agentStatusSchema = z.enum(AGENT_STATUSES);
export type AgentStatus = z.infer<typeof agentStatusSchema>;

export const agentFieldsSchema = z.object({
  name: nonEmptyName,
  purpose: longText,
  capabilities: tagsSchema,
  platform: z.string().trim().max(200),
  ownerId: idSchema.nullable(),
  status: agentStatusSchema,
  buildCost: money,
  monthlyRunningCost: money,
});
export type AgentFields = z.infer<typeof agentFieldsSchema>;

export const agentSchema = recordMetaSchema.extend(agentFieldsSchema.shape);
export type Agent = z.infer<typeof agentSchema>;
