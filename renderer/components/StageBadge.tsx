import type { PilotStage } from '@shared/model';

export const STAGE_LABELS: Record<PilotStage, string> = {
  idea: 'Idea',
  pilot: 'Pilot',
  scaling: 'Scaling',
  scaled: 'Scaled',
  stopped: 'Stopped',
};

export function StageBadge({ stage }: { stage: PilotStage }) {
  return (
    <span className={`badge stage-${stage}`}>
      <span className="badge-dot" aria-hidden="true" />
      {STAGE_LABELS[stage]}
    </span>
  );
}
