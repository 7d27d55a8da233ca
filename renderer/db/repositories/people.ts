import {
  personFieldsSchema,
  personSchema,
  type Agent,
  type Assignment,
  type Person,
  type PersonFields,
  type Pilot,
} from '../../../shared/model';
import type { PortfolioDatabase } from '../database';
import { RecordNotFoundError } from '../errors';
import { countOf, listPhrase, quoted, recordHistory } from '../history';
import { stampAfter } from '../timestamps';
import type { UndoToken } from '../undo';
import { newRecordMeta } from './recordMeta';
import { updateRecord, type UpdateOptions } from './recordUpdate';
import { definedOnly, parseOrThrow } from './validation';

export const PERSON_DEFAULTS: Omit<PersonFields, 'name'> = {
  role: 'worker',
  team: '',
  email: '',
  hourlyCost: null,
  oversightCapacityHours: null,
};

export type PersonDraft = Partial<PersonFields> & Pick<PersonFields, 'name'>;

export async function createPerson(db: PortfolioDatabase, draft: PersonDraft): Promise<Person> {
  const fields = parseOrThrow(personFieldsSchema, 'Person', {
    ...PERSON_DEFAULTS,
    ...definedOnly(draft),
  });
  return db.transaction('rw', [db.people, db.history], async () => {
    const person: Person = { ...newRecordMeta(), ...fields };
    await db.people.add(person);
    await recordHistory(db, {
      action: 'create',
      entityType: 'person',
      entityId: person.id,
      pilotId: null,
      summary: `Added person ${quoted(person.name)}`,
      at: person.createdAt,
    });
    return person;
  });
}

export function updatePerson(
  db: PortfolioDatabase,
  id: string,
  patch: Partial<PersonFields>,
  options: UpdateOptions = {},
): Promise<Person> {
  return db.transaction('rw', [db.people, db.history], () =>
    updateRecord(
      db,
      {
        noun: 'person',
        entityType: 'person',
        table: db.people,
        schema: personSchema,
        pilotIdOf: () => null,
        nameOf: (p) => p.name,
      },
      id,
      patch,
      options,
    ),
  );
}

function uniqueById<T extends { id: string }>(rows: T[]): T[] {
  return [...new Map(rows.map((r) => [r.id, r])).values()];
}

/**
 * Deletes a person. Records that pointed at them keep existing with the reference cleared (a pilot
 * without a sponsor, an agent without an owner, an assignment without that supervisor or served
 * person); the undo token holds those records as they were, so undo puts the references back.
 */
export async function deletePerson(db: PortfolioDatabase, id: string): Promise<UndoToken> {
  return db.transaction(
    'rw',
    [db.people, db.pilots, db.agents, db.assignments, db.history],
    async () => {
      const person = await db.people.get(id);
      if (!person) throw new RecordNotFoundError('person', id);
      const pilots: Pilot[] = uniqueById([
        ...(await db.pilots.where('sponsorId').equals(id).toArray()),
        ...(await db.pilots.where('leadId').equals(id).toArray()),
      ]);
      const agents: Agent[] = await db.agents.where('ownerId').equals(id).toArray();
      const assignments: Assignment[] = uniqueById([
        ...(await db.assignments.where('supervisorId').equals(id).toArray()),
        ...(await db.assignments.where('servedPersonIds').equals(id).toArray()),
      ]);
      const at = stampAfter([person, ...pilots, ...agents, ...assignments]);

      await db.pilots.bulkPut(
        pilots.map((p) => ({
          ...p,
          sponsorId: p.sponsorId === id ? null : p.sponsorId,
          leadId: p.leadId === id ? null : p.leadId,
          updatedAt: at,
        })),
      );
      await db.agents.bulkPut(agents.map((a) => ({ ...a, ownerId: null, updatedAt: at })));
      await db.assignments.bulkPut(
        assignments.map((a) => ({
          ...a,
          supervisorId: a.supervisorId === id ? null : a.supervisorId,
          servedPersonIds: a.servedPersonIds.filter((p) => p !== id),
          updatedAt: at,
        })),
      );
      await db.people.delete(id);

      const parts = [
        pilots.length && countOf(pilots.length, 'pilot'),
        agents.length && countOf(agents.length, 'agent'),
        assignments.length && countOf(assignments.length, 'agent assignment'),
      ].filter((p): p is string => typeof p === 'string');
      const label =
        `Deleted person ${quoted(person.name)}` +
        (parts.length ? ` and removed them from ${listPhrase(parts)}` : '');
      await recordHistory(db, {
        action: 'delete',
        entityType: 'person',
        entityId: id,
        pilotId: null,
        summary: label,
        at,
      });

      // Each affected pilot's own history says what it lost, so its History tab is complete.
      const rolesByPilot = new Map<string, string[]>();
      const addRole = (pilotId: string, role: string) =>
        rolesByPilot.set(pilotId, [...(rolesByPilot.get(pilotId) ?? []), role]);
      for (const p of pilots) {
        if (p.sponsorId === id) addRole(p.id, 'sponsor');
        if (p.leadId === id) addRole(p.id, 'lead');
      }
      for (const a of assignments) {
        if (a.supervisorId === id) addRole(a.pilotId, 'agent supervisor');
        if (a.servedPersonIds.includes(id)) addRole(a.pilotId, 'served by an agent');
      }
      for (const [pilotId, roles] of rolesByPilot) {
        await recordHistory(db, {
          action: 'update',
          entityType: 'person',
          entityId: id,
          pilotId,
          summary: `Removed ${quoted(person.name)} (${listPhrase([...new Set(roles)])}) because the person was deleted`,
          at,
        });
      }

      return {
        label,
        restoreSummary:
          `Restored person ${quoted(person.name)}` +
          (parts.length ? ` and their place in ${listPhrase(parts)}` : ''),
        at,
        entityType: 'person',
        entityId: id,
        pilotId: null,
        records: { people: [person], pilots, agents, assignments },
      };
    },
  );
}
