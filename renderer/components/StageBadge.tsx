import type { PilotStage } from '@shared/model';
import { PILOT_STAGES } from '@shared/model/constants';

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

/** A stage select's options, the ladder's order, each by its label. */
export function StageOptions() {
  return PILOT_STAGES.map((s) => (
    <option key={s} value={s}>
      {STAGE_LABELS[s]}
    </option>
  ));
}
