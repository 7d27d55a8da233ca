import type { AgentCostShare } from '@shared/domain';

const NONE: AgentCostShare[] = [];

/**
 * Agents' costs attributed to a pilot. Until the agent registry lands a pilot's cost is its
 * budget alone, so this returns no shares.
 */
export function usePilotAgentCosts(_pilotId: string): AgentCostShare[] | undefined {
  return NONE;
}
