import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { todayIso } from '@shared/dates';
import { attributeAgentCosts, type AttributedAgentCost } from '@shared/domain/agents';
import { useDb } from '../PortfolioContext';
import { useSettings } from './useSettings';

/**
 * Agents' costs attributed to a pilot (live): one share per assignment in the pilot, worked out by
 * the pure `attributeAgentCosts` so the pilot page, its Agents & people tab and every evaluation
 * add up the same figures. Undefined while loading.
 */
export function usePilotAgentCosts(pilotId: string): AttributedAgentCost[] | undefined {
  const db = useDb();
  const settings = useSettings();
  const data = useLiveQuery(async () => {
    const mine = await db.assignments.where('pilotId').equals(pilotId).toArray();
    const agentIds = [...new Set(mine.map((a) => a.agentId))];
    if (agentIds.length === 0) return null;
    // The build split needs every pilot each of these agents works in, not only this one.
    const [assignments, agents, logs] = await Promise.all([
      db.assignments.where('agentId').anyOf(agentIds).toArray(),
      db.agents.bulkGet(agentIds),
      db.supervisionLogs
        .where('assignmentId')
        .anyOf(mine.map((a) => a.id))
        .toArray(),
    ]);
    const supervisorIds = [
      ...new Set(mine.map((a) => a.supervisorId).filter((id): id is string => id !== null)),
    ];
    const supervisors = await db.people.bulkGet(supervisorIds);
    return {
      assignments,
      agents: new Map(agents.flatMap((a) => (a ? [[a.id, a] as const] : []))),
      logs,
      people: new Map(supervisors.flatMap((p) => (p ? [[p.id, p] as const] : []))),
    };
  }, [db, pilotId]);

  const today = todayIso();
  return useMemo(() => {
    if (data === undefined || settings === undefined) return undefined;
    if (data === null) return [];
    return attributeAgentCosts({
      pilotId,
      ...data,
      supervisionHourlyCost: settings.supervisionHourlyCost,
      today,
    });
  }, [data, settings, pilotId, today]);
}
