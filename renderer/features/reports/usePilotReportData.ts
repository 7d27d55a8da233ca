import { useLiveQuery } from 'dexie-react-hooks';
import type { Agent, Assignment, Decision, Lesson, Person } from '@shared/model';
import { useDb } from '../../app/PortfolioContext';
import { usePilotEvaluation, type PilotEvaluationData } from '../../app/queries/usePilotEvaluation';

export interface PilotReportData extends PilotEvaluationData {
  decisions: Decision[];
  lessons: Lesson[];
  assignments: Assignment[];
  agents: Map<string, Agent>;
  people: Map<string, Person>;
}

/**
 * Everything a pilot's one-pager shows, read live: its evaluation (the same one the pilot page
 * shows, with the agents' costs it counted), decisions newest first, lessons, agents with their attributed costs, and the names of
 * the people involved. Undefined while loading; null when there is no such pilot.
 */
export function usePilotReportData(pilotId: string): PilotReportData | null | undefined {
  const db = useDb();
  const evaluation = usePilotEvaluation(pilotId);
  const related = useLiveQuery(async () => {
    const [pilot, decisions, lessons, assignments] = await Promise.all([
      db.pilots.get(pilotId),
      db.decisions.where('pilotId').equals(pilotId).toArray(),
      db.lessons.where('pilotId').equals(pilotId).toArray(),
      db.assignments.where('pilotId').equals(pilotId).toArray(),
    ]);
    const agentIds = [...new Set(assignments.map((a) => a.agentId))];
    const personIds = [
      pilot?.sponsorId,
      pilot?.leadId,
      ...assignments.map((a) => a.supervisorId),
    ].filter((id): id is string => typeof id === 'string');
    const [agents, people] = await Promise.all([
      db.agents.bulkGet(agentIds),
      db.people.bulkGet([...new Set(personIds)]),
    ]);
    return {
      decisions: decisions.sort((a, b) => b.date.localeCompare(a.date)),
      lessons: lessons.sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
      assignments,
      agents: new Map(agents.flatMap((a) => (a ? [[a.id, a] as const] : []))),
      people: new Map(people.flatMap((p) => (p ? [[p.id, p] as const] : []))),
    };
  }, [db, pilotId]);

  if (evaluation === null) return null;
  if (evaluation === undefined || related === undefined) return undefined;
  return { ...evaluation, ...related };
}
