import { z } from 'zod';
import { idSchema, isoDateTimeSchema, nonEmptyName } from './common';

export const gateCriteriaSchema = z.object({
  /** Progress (0–1) an outcome metric must reach to count as "on target". */
  outcomeProgressThreshold: z.number().min(0).max(5),
  /** Share (0–1) of outcome metrics that must be on target, with enough evidence, to expand. */
  outcomeShareToExpand: z.number().min(0).max(1),
  /** Minimum evidence strength for an outcome metric to count. */
  minEvidence: z.enum(['weak', 'moderate', 'strong']),
  /** Minimum value ÷ cost to expand. */
  minRoi: z.number().min(0),
  /** Weeks after start before a pilot without evidence is flagged. */
  maxWeeksWithoutEvidence: z.number().int().min(1).max(520),
  /**
   * A metric whose mean change from baseline is smaller than this share (0–1) of its
   * baseline-to-target gap counts as flat, even when the change is more than noise: the
   * "busy but not better" check asks whether outcomes really moved. Defaulted so settings saved
   * before the field existed still parse.
   */
  flatThreshold: z.number().min(0).max(1).default(0.1),
});
export type GateCriteria = z.infer<typeof gateCriteriaSchema>;

// Defined without zod (see constants.ts), exported here as before.
export { defaultGateCriteria } from './constants';

export const brandingSchema = z.object({
  /** A data: URL of a PNG/JPEG/SVG logo kept inside the portfolio (never a remote URL). */
  logoDataUrl: z
    .string()
    .max(2_000_000)
    .regex(/^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/=]*$/)
    .nullable(),
  accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour like #2457d6'),
});
export type Branding = z.infer<typeof brandingSchema>;

/**
 * When two agents in different pilots count as doing the same job (see
 * shared/domain/agents/duplicates.ts): both overlaps are Jaccard shares from 0 to 1.
 */
export const duplicateThresholdsSchema = z.object({
  /** Share of their capabilities (tags) two agents must have in common. */
  minCapabilityOverlap: z.number().min(0).max(1),
  /** Share of the significant words of their names and purposes they must have in common. */
  minWordOverlap: z.number().min(0).max(1),
});
export type DuplicateThresholds = z.infer<typeof duplicateThresholdsSchema>;

export const portfolioSettingsSchema = z.object({
  id: idSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  name: nonEmptyName,
  organisation: z.string().trim().max(200),
  /** ISO 4217 code. */
  currency: z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as EUR'),
  /** Month (1–12) the fiscal year starts in. */
  fiscalYearStartMonth: z.number().int().min(1).max(12),
  supervisionHourlyCost: z.number().finite().min(0),
  supervisorDefaultCapacityHours: z.number().finite().min(0).max(168),
  gateCriteria: gateCriteriaSchema,
  branding: brandingSchema,
  /**
   * Duplicate-agent thresholds; absent means the defaults in shared/domain/agents. Optional (not
   * `.default`) so settings saved before the field existed still parse, and so records built in
   * code need not name it: readers resolve it with `duplicateThresholdsOf`.
   */
  duplicateThresholds: duplicateThresholdsSchema.optional(),
  /**
   * Clusters of agents a person marked "not duplicates", each the sorted ids of its agents when it
   * was dismissed. Those agents are never paired with each other again; a new look-alike still is.
   */
  dismissedDuplicateClusters: z.array(z.array(idSchema).min(2).max(1_000)).max(10_000).optional(),
});
export type PortfolioSettings = z.infer<typeof portfolioSettingsSchema>;
