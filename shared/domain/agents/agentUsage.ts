import type { Agent, Assignment } from '../../model';
import { isAssignmentActive } from './activity';

/** What an agent is doing today: the pilots it works in and the people it serves. */
export interface AgentUsage {
  agent: Agent;
  /** Distinct pilots of its active assignments. */
  pilotIds: string[];
  /** Distinct people served across its active assignments. */
  servedPersonIds: string[];
  /** Distinct supervisors of its active assignments. */
  supervisorIds: string[];
  activeAssignments: Assignment[];
}

export function agentUsages(
  agents: readonly Agent[],
  assignments: readonly Assignment[],
  today: string,
): AgentUsage[] {
  const byAgent = new Map<string, Assignment[]>();
  for (const a of assignments) {
    if (!isAssignmentActive(a, today)) continue;
    const list = byAgent.get(a.agentId);
    if (list) list.push(a);
    else byAgent.set(a.agentId, [a]);
  }
  return agents.map((agent) => {
    const active = byAgent.get(agent.id) ?? [];
    return {
      agent,
      pilotIds: [...new Set(active.map((a) => a.pilotId))],
      servedPersonIds: [...new Set(active.flatMap((a) => a.servedPersonIds))],
      supervisorIds: [
        ...new Set(active.map((a) => a.supervisorId).filter((id): id is string => id !== null)),
      ],
      activeAssignments: active,
    };
  });
}
