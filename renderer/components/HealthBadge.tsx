import type { PilotHealthResult } from '@shared/domain';

const LABELS: Record<PilotHealthResult['health'], string> = {
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  unknown: 'No evidence yet',
};

/** How the pilot is doing now, from its outcomes' progress and evidence; the reason is in the title. */
export function HealthBadge({ health }: { health: PilotHealthResult }) {
  return (
    <span className={`badge health-${health.health}`} title={health.reason}>
      <span className="badge-dot" aria-hidden="true" />
      {LABELS[health.health]}
      <span className="visually-hidden">: {health.reason}</span>
    </span>
  );
}
