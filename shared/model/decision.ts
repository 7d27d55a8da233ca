import { z } from 'zod';
import { idSchema, isoDateSchema, longText, recordMetaSchema } from './common';
import { DECISION_KINDS } from './constants';
import { pilotStageSchema } from './pilot';

export { DECISION_KINDS };
export const decisionKindSchema = z.enum(DECISION_KINDS);
export type DecisionKind = z.infer<typeof decisionKindSchema>;

/** What the app recommended and why, frozen at decision time so it can be audited later. */
export const recommendationSnapshotSchema = z.object({
  kind: decisionKindSchema,
  reasons: z.array(z.string().max(2_000)).max(100),
});
export type RecommendationSnapshot = z.infer<typeof recommendationSnapshotSchema>;

export const evidenceSnapshotSchema = z.object({
  metrics: z
    .array(
      z.object({
        metricId: idSchema,
        name: z.string().max(200),
        kind: z.enum(['outcome', 'activity']),
        progress: z.number().finite().nullable(),
        evidence: z.enum(['none', 'weak', 'moderate', 'strong']),
        latestValue: z.number().finite().nullable(),
        measurements: z.number().int().min(0),
      }),
    )
    .max(1_000),
  value: z.number().finite(),
  cost: z.number().finite(),
  roi: z.number().finite().nullable(),
});
export type EvidenceSnapshot = z.infer<typeof evidenceSnapshotSchema>;

export const decisionFieldsSchema = z.object({
  pilotId: idSchema,
  date: isoDateSchema,
  kind: decisionKindSchema,
  stageBefore: pilotStageSchema,
  stageAfter: pilotStageSchema,
  /** Resources granted (positive) or withdrawn (negative). */
  budgetDelta: z.number().finite(),
  fteDelta: z.number().finite(),
  agentSeatsDelta: z.number().int(),
  rationale: longText,
  decidedBy: z.string().trim().max(200),
  recommendation: recommendationSnapshotSchema.nullable(),
  evidence: evidenceSnapshotSchema.nullable(),
});
export type DecisionFields = z.infer<typeof decisionFieldsSchema>;
export const decisionSchema = recordMetaSchema.extend(decisionFieldsSchema.shape);
export type Decision = z.infer<typeof decisionSchema>;
