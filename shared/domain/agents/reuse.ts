import type { AgentUsage } from './agentUsage';

export const REUSE_RULE_SENTENCE =
  'Reuse rate = agents working in more than one pilot ÷ agents in use (not retired, with at ' +
  'least one active assignment).';

export interface ReuseSummary {
  agentsInUse: number;
  /** Agents working in two or more pilots. */
  acrossPilots: number;
  /** Agents serving two or more people. */
  servingSeveralPeople: number;
  /** Agents doing either: the "serve more than one person or pilot". */
  reused: number;
  /** acrossPilots ÷ agentsInUse; null when no agent is in use. */
  reuseRate: number | null;
}

export function reuseSummary(usages: readonly AgentUsage[]): ReuseSummary {
  const inUse = usages.filter((u) => u.agent.status !== 'retired' && u.activeAssignments.length);
  const acrossPilots = inUse.filter((u) => u.pilotIds.length > 1).length;
  const several = inUse.filter((u) => u.servedPersonIds.length > 1).length;
  const reused = inUse.filter((u) => u.pilotIds.length > 1 || u.servedPersonIds.length > 1).length;
  return {
    agentsInUse: inUse.length,
    acrossPilots,
    servingSeveralPeople: several,
    reused,
    reuseRate: inUse.length > 0 ? acrossPilots / inUse.length : null,
  };
}
