import type { AgentStatus } from '@shared/model';

export const AGENT_STATUS_LABELS: Record<AgentStatus, string> = {
  building: 'Building',
  active: 'Active',
  paused: 'Paused',
  retired: 'Retired',
};

export function AgentStatusBadge({ status }: { status: AgentStatus }) {
  return (
    <span className={`badge agent-status-${status}`}>
      <span className="badge-dot" aria-hidden="true" />
      {AGENT_STATUS_LABELS[status]}
    </span>
  );
}
