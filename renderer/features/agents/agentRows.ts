import { correctionTotals, type CorrectionTotals } from '@shared/domain/agents';
import type { Agent } from '@shared/model';
import type { AgentsData } from './useAgentsData';

/** An agent with names and figures resolved, as the registry shows it. */
export interface AgentRow {
  agent: Agent;
  ownerName: string;
  pilotNames: string[];
  servedCount: number;
  correction: CorrectionTotals;
  /** The agent belongs to an open duplicate cluster. */
  duplicate: boolean;
}

/** Correction totals per agent over all the logs of all its assignments. */
export function correctionByAgent(data: Pick<AgentsData, 'assignments' | 'logs'>) {
  const agentOf = new Map(data.assignments.map((a) => [a.id, a.agentId]));
  const logsByAgent = new Map<string, typeof data.logs>();
  for (const log of data.logs) {
    const agentId = agentOf.get(log.assignmentId);
    if (!agentId) continue;
    logsByAgent.set(agentId, [...(logsByAgent.get(agentId) ?? []), log]);
  }
  return (agentId: string) => correctionTotals(logsByAgent.get(agentId) ?? []);
}

export function agentRows(data: AgentsData): AgentRow[] {
  const correctionOf = correctionByAgent(data);
  const inClusters = new Set(data.clusters.flatMap((c) => c.agentIds));
  return data.agents.map((agent) => {
    const usage = data.usageById.get(agent.id);
    return {
      agent,
      ownerName: (agent.ownerId && data.peopleById.get(agent.ownerId)?.name) || '',
      pilotNames: (usage?.pilotIds ?? []).map((id) => data.pilotsById.get(id)?.name ?? '—'),
      servedCount: usage?.servedPersonIds.length ?? 0,
      correction: correctionOf(agent.id),
      duplicate: inClusters.has(agent.id),
    };
  });
}
