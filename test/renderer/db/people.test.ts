import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ValidationError,
  createAgent,
  createAssignment,
  createPerson,
  createPilot,
  deletePerson,
  listPilotHistory,
  restoreDeleted,
  updatePerson,
  updatePilot,
  type PortfolioDatabase,
} from '../../../renderer/db';
import { deleteOpenedDatabases, newDatabase } from './fixtures';

let db: PortfolioDatabase;
beforeEach(async () => {
  db = await newDatabase();
});
afterEach(deleteOpenedDatabases);

async function portfolioAroundAda() {
  const ada = await createPerson(db, { name: 'Ada Lovelace', role: 'sponsor', team: 'Finance' });
  const bob = await createPerson(db, { name: 'Bob', role: 'supervisor' });
  const sponsored = await createPilot(db, {
    name: 'Invoice triage',
    sponsorId: ada.id,
    leadId: bob.id,
  });
  const led = await createPilot(db, { name: 'Claims intake', leadId: ada.id });
  const unrelated = await createPilot(db, { name: 'Untouched', sponsorId: bob.id });
  const agent = await createAgent(db, { name: 'Invoice reader', ownerId: ada.id });
  const assignment = await createAssignment(db, {
    agentId: agent.id,
    pilotId: led.id,
    supervisorId: ada.id,
    servedPersonIds: [bob.id, ada.id],
  });
  return { ada, bob, sponsored, led, unrelated, agent, assignment };
}

describe('people', () => {
  it('creates and updates a person with readable history', async () => {
    const ada = await createPerson(db, { name: 'Ada', oversightCapacityHours: 6 });
    expect(ada).toMatchObject({ role: 'worker', team: '', hourlyCost: null });
    await updatePerson(db, ada.id, { oversightCapacityHours: 8 });
    const summaries = (await db.history.orderBy('at').toArray()).map((h) => h.summary);
    expect(summaries).toEqual([
      'Added person “Ada”',
      'Changed oversight capacity of “Ada” from 6 to 8',
    ]);
  });

  it('refuses an impossible capacity, naming the field', async () => {
    const error = await createPerson(db, { name: 'Ada', oversightCapacityHours: 200 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fieldErrors)).toEqual(['oversightCapacityHours']);
  });

  it('deleting a person clears every reference to them, and only those', async () => {
    const { ada, bob, sponsored, led, unrelated, agent, assignment } = await portfolioAroundAda();
    const token = await deletePerson(db, ada.id);

    expect(await db.people.get(ada.id)).toBeUndefined();
    expect(await db.pilots.get(sponsored.id)).toMatchObject({ sponsorId: null, leadId: bob.id });
    expect(await db.pilots.get(led.id)).toMatchObject({ leadId: null });
    expect(await db.pilots.get(unrelated.id)).toEqual(unrelated);
    expect(await db.agents.get(agent.id)).toMatchObject({ ownerId: null });
    expect(await db.assignments.get(assignment.id)).toMatchObject({
      supervisorId: null,
      servedPersonIds: [bob.id],
    });
    expect(token.label).toBe(
      'Deleted person “Ada Lovelace” and removed them from 2 pilots, 1 agent and 1 agent assignment',
    );
    const [ledHistory] = await listPilotHistory(db, led.id);
    expect(ledHistory!.summary).toBe(
      'Removed “Ada Lovelace” (lead, agent supervisor and served by an agent) because the person was deleted',
    );
  });

  it('undo restores the person and every cleared reference exactly', async () => {
    const { ada } = await portfolioAroundAda();
    const before = {
      people: await db.people.toArray(),
      pilots: await db.pilots.toArray(),
      agents: await db.agents.toArray(),
      assignments: await db.assignments.toArray(),
    };
    const token = await deletePerson(db, ada.id);

    expect(await restoreDeleted(db, token)).toEqual({ restored: 5, skipped: 0 });
    expect({
      people: await db.people.toArray(),
      pilots: await db.pilots.toArray(),
      agents: await db.agents.toArray(),
      assignments: await db.assignments.toArray(),
    }).toEqual(before);
  });

  it('undo does not overwrite a record edited after the delete', async () => {
    const { ada, sponsored } = await portfolioAroundAda();
    const token = await deletePerson(db, ada.id);
    await updatePilot(db, sponsored.id, { budget: 99 });

    expect(await restoreDeleted(db, token)).toEqual({ restored: 4, skipped: 1 });
    expect(await db.people.get(ada.id)).toEqual(ada);
    expect(await db.pilots.get(sponsored.id)).toMatchObject({ budget: 99, sponsorId: null });
    const latest = (await db.history.orderBy('at').last())!;
    expect(latest.summary).toBe(
      'Restored person “Ada Lovelace” and their place in 2 pilots, 1 agent and 1 agent assignment (1 changed since, left as they are)',
    );
  });
});
