/**
 * One agent's cost attributed to a pilot, as the agents feature works it out: its share of the
 * one-off build cost (an agent serving three pilots might charge each a third), its running cost
 * for the months it was assigned, and the hours people spent supervising it.
 */
export interface AgentCostShare {
  buildCostShare: number;
  monthlyRunningCost: number;
  months: number;
  supervisionHours: number;
  /** The supervisor's hourly cost, or the portfolio's supervision hourly cost. */
  supervisionHourlyCost: number;
}

export interface PilotCostInput {
  /** Resources granted to the pilot (its budget). */
  budget: number;
  /** Agents' attributed costs, itemised or already summed; omitted until agents are assigned. */
  agents?: readonly AgentCostShare[] | number;
}

/** A pilot's cost, itemised so every part of the total can be explained. */
export interface PilotCost {
  budget: number;
  agentBuild: number;
  agentRunning: number;
  supervision: number;
  /** All agent-related cost: build + running + supervision, or the pre-summed figure given. */
  agents: number;
  total: number;
}

/** Pilot cost = budget + agents' build share + running cost × months + supervision hours × rate. */
export function pilotCost(input: PilotCostInput): PilotCost {
  let agentBuild = 0;
  let agentRunning = 0;
  let supervision = 0;
  let agents = 0;
  if (typeof input.agents === 'number') {
    agents = input.agents;
  } else if (input.agents) {
    for (const a of input.agents) {
      agentBuild += a.buildCostShare;
      agentRunning += a.monthlyRunningCost * a.months;
      supervision += a.supervisionHours * a.supervisionHourlyCost;
    }
    agents = agentBuild + agentRunning + supervision;
  }
  return {
    budget: input.budget,
    agentBuild,
    agentRunning,
    supervision,
    agents,
    total: input.budget + agents,
  };
}
