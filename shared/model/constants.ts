import type { GateCriteria } from './settings';

// Values the domain uses at run time, in a module without zod: the dashboard's worker loads the
// aggregation (shared/domain) as it boots, and importing these through the schemas' modules made
// it load, compile and run every zod schema of the model first, which it never parses with.

/** The ladder a pilot climbs; `stopped` can be reached from any rung. */
export const PILOT_STAGES = ['idea', 'pilot', 'scaling', 'scaled', 'stopped'] as const;

/** What a decision on a pilot can be. */
export const DECISION_KINDS = ['expand', 'continue', 'pivot', 'stop'] as const;

export const defaultGateCriteria: GateCriteria = {
  outcomeProgressThreshold: 0.8,
  outcomeShareToExpand: 0.75,
  minEvidence: 'moderate',
  minRoi: 1.5,
  maxWeeksWithoutEvidence: 12,
  flatThreshold: 0.1,
};
