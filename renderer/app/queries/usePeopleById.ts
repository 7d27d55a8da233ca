import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Person } from '@shared/model';
import { useDb } from '../PortfolioContext';

/**
 * People of the open portfolio by id (live), for showing sponsors and leads by name. The map is
 * memoised on the query result: tables treat a new map as new data and re-derive every row.
 */
export function usePeopleById(): Map<string, Person> {
  const db = useDb();
  const people = useLiveQuery(() => db.people.toArray(), [db]);
  return useMemo(() => new Map((people ?? []).map((person) => [person.id, person])), [people]);
}
