import { z } from 'zod';
import {
  idSchema,
  isoDateSchema,
  longText,
  money,
  nonEmptyName,
  recordMetaSchema,
  tagsSchema,
} from './common';
import { PILOT_STAGES } from './constants';

// Defined without zod (see constants.ts), exported here as before.
export { PILOT_STAGES };
export const pilotStageSchema = z.enum(PILOT_STAGES);
export type PilotStage = z.infer<typeof pilotStageSchema>;

const pilotShape = {
  name: nonEmptyName,
  summary: longText,
  problem: longText,
  hypothesis: longText,
  businessUnit: z.string().trim().max(200),
  sponsorId: idSchema.nullable(),
  leadId: idSchema.nullable(),
  stage: pilotStageSchema,
  startDate: isoDateSchema.nullable(),
  nextReviewDate: isoDateSchema.nullable(),
  endDate: isoDateSchema.nullable(),
  tags: tagsSchema,
  /** Resources currently allocated: budget in the portfolio currency, people (FTE), agent seats. */
  budget: money,
  fte: z.number().finite().min(0).max(100_000),
  agentSeats: z.number().int().min(0).max(1_000_000),
};

function checkDateOrder(
  p: { startDate: string | null; endDate: string | null },
  ctx: z.RefinementCtx,
): void {
  if (p.startDate && p.endDate && p.endDate < p.startDate) {
    ctx.addIssue({
      code: 'custom',
      message: 'End date must be on or after the start date',
      path: ['endDate'],
    });
  }
}

export const pilotFieldsSchema = z.object(pilotShape).superRefine(checkDateOrder);
export type PilotFields = z.infer<typeof pilotFieldsSchema>;

export const pilotSchema = recordMetaSchema.extend(pilotShape).superRefine(checkDateOrder);
export type Pilot = z.infer<typeof pilotSchema>;
