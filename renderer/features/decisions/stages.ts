import type { DecisionKind, PilotStage } from '@shared/model';

/** The rung above each stage; a stopped pilot that is expanded again restarts as a pilot. */
const NEXT_RUNG: Record<PilotStage, PilotStage> = {
  idea: 'pilot',
  pilot: 'scaling',
  scaling: 'scaled',
  scaled: 'scaled',
  stopped: 'pilot',
};

/** Where a decision of `kind` moves a pilot unless the person says otherwise. */
export function defaultStageAfter(kind: DecisionKind, current: PilotStage): PilotStage {
  if (kind === 'expand') return NEXT_RUNG[current];
  if (kind === 'stop') return 'stopped';
  return current;
}
