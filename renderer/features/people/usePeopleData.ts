import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { todayIso } from '@shared/dates';
import { isAssignmentActive, supervisorLoads, type SupervisorLoad } from '@shared/domain/agents';
import type { Agent, Assignment, Person, Pilot, PortfolioSettings } from '@shared/model';
import { useDb } from '../../app/PortfolioContext';
import { useSettings } from '../../app/queries/useSettings';

export interface PeopleData {
  people: Person[];
  settings: PortfolioSettings;
  agentsById: Map<string, Agent>;
  pilotsById: Map<string, Pilot>;
  /** Supervisors' loads, overloaded first. */
  loads: SupervisorLoad[];
  loadOf: Map<string, SupervisorLoad>;
  /** Active assignments serving each person. */
  servedBy: Map<string, Assignment[]>;
  /** Active assignments each person supervises. */
  supervises: Map<string, Assignment[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** People with their supervision load and the agents serving them (live); undefined while loading. */
export function usePeopleData(): PeopleData | undefined {
  const db = useDb();
  const settings = useSettings();
  const raw = useLiveQuery(async () => {
    const [people, assignments, logs, agents, pilots] = await Promise.all([
      db.people.orderBy('name').toArray(),
      db.assignments.toArray(),
      db.supervisionLogs.toArray(),
      db.agents.toArray(),
      db.pilots.toArray(),
    ]);
    return { people, assignments, logs, agents, pilots };
  }, [db]);
  const today = todayIso();

  return useMemo(() => {
    if (!raw || !settings) return undefined;
    const loads = supervisorLoads({
      people: raw.people,
      assignments: raw.assignments,
      logs: raw.logs,
      defaultCapacity: settings.supervisorDefaultCapacityHours,
      today,
    });
    const servedBy = new Map<string, Assignment[]>();
    const supervises = new Map<string, Assignment[]>();
    for (const a of raw.assignments) {
      if (!isAssignmentActive(a, today)) continue;
      for (const id of a.servedPersonIds) push(servedBy, id, a);
      if (a.supervisorId) push(supervises, a.supervisorId, a);
    }
    return {
      people: raw.people,
      settings,
      agentsById: new Map(raw.agents.map((a) => [a.id, a])),
      pilotsById: new Map(raw.pilots.map((p) => [p.id, p])),
      loads,
      loadOf: new Map(loads.map((l) => [l.personId, l])),
      servedBy,
      supervises,
    };
  }, [raw, settings, today]);
}
