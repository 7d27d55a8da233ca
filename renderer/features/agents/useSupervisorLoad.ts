import { useLiveQuery } from 'dexie-react-hooks';
import { todayIso } from '@shared/dates';
import { supervisorLoads, type SupervisorLoad } from '@shared/domain/agents';
import { useDb } from '../../app/PortfolioContext';

/** One person's current supervision load (live), or null when no one is chosen. */
export function useSupervisorLoad(
  personId: string,
  defaultCapacity: number,
): SupervisorLoad | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    if (!personId) return null;
    const person = await db.people.get(personId);
    if (!person) return null;
    const assignments = await db.assignments.where('supervisorId').equals(personId).toArray();
    const logs = assignments.length
      ? await db.supervisionLogs
          .where('assignmentId')
          .anyOf(assignments.map((a) => a.id))
          .toArray()
      : [];
    const [load] = supervisorLoads({
      people: [{ ...person, role: 'supervisor' }],
      assignments,
      logs,
      defaultCapacity,
      today: todayIso(),
    });
    return load ?? null;
  }, [db, personId, defaultCapacity]);
}
