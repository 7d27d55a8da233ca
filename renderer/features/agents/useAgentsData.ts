import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { todayIso } from '@shared/dates';
import {
  agentUsages,
  dismissedClustersOf,
  duplicateThresholdsOf,
  findDuplicateClusters,
  reuseSummary,
  supervisorLoads,
  type AgentUsage,
  type DuplicateCluster,
  type ReuseSummary,
} from '@shared/domain/agents';
import type {
  Agent,
  Assignment,
  Person,
  Pilot,
  PortfolioSettings,
  SupervisionLog,
} from '@shared/model';
import { useDb } from '../../app/PortfolioContext';
import { useSettings } from '../../app/queries/useSettings';

export interface AgentsData {
  agents: Agent[];
  assignments: Assignment[];
  logs: SupervisionLog[];
  people: Person[];
  peopleById: Map<string, Person>;
  pilotsById: Map<string, Pilot>;
  settings: PortfolioSettings;
  today: string;
  usages: AgentUsage[];
  usageById: Map<string, AgentUsage>;
  clusters: DuplicateCluster[];
  reuse: ReuseSummary;
  /** People supervising more hours a week than their capacity. */
  overloadedIds: Set<string>;
}

/**
 * Everything the agent pages show, read live and derived by the pure domain functions. A portfolio
 * holds tens to hundreds of agents and assignments and a few thousand logs: reading them whole is
 * cheaper than many narrow queries. Undefined while loading.
 */
export function useAgentsData(): AgentsData | undefined {
  const db = useDb();
  const settings = useSettings();
  const raw = useLiveQuery(async () => {
    const [agents, assignments, logs, people, pilots] = await Promise.all([
      db.agents.toArray(),
      db.assignments.toArray(),
      db.supervisionLogs.toArray(),
      db.people.toArray(),
      db.pilots.toArray(),
    ]);
    return { agents, assignments, logs, people, pilots };
  }, [db]);
  const today = todayIso();

  return useMemo(() => {
    if (!raw || !settings) return undefined;
    const usages = agentUsages(raw.agents, raw.assignments, today);
    return {
      ...raw,
      peopleById: new Map(raw.people.map((p) => [p.id, p])),
      pilotsById: new Map(raw.pilots.map((p) => [p.id, p])),
      settings,
      today,
      usages,
      usageById: new Map(usages.map((u) => [u.agent.id, u])),
      clusters: findDuplicateClusters(
        usages,
        duplicateThresholdsOf(settings),
        dismissedClustersOf(settings),
      ),
      reuse: reuseSummary(usages),
      overloadedIds: new Set(
        supervisorLoads({
          people: raw.people,
          assignments: raw.assignments,
          logs: raw.logs,
          defaultCapacity: settings.supervisorDefaultCapacityHours,
          today,
        })
          .filter((l) => l.overloaded)
          .map((l) => l.personId),
      ),
    };
  }, [raw, settings, today]);
}
