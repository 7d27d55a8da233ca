import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  RecordNotFoundError,
  StaleRecordError,
  ValidationError,
  addMeasurement,
  addSupervisionLog,
  createAgent,
  createAssignment,
  createDecision,
  createLesson,
  createMetric,
  createPerson,
  createPilot,
  deletePilot,
  listPilotHistory,
  restoreDeleted,
  setCurrentActor,
  updatePilot,
  type PortfolioDatabase,
} from '../../../renderer/db';
import { deleteOpenedDatabases, newDatabase } from './fixtures';

let db: PortfolioDatabase;
beforeEach(async () => {
  db = await newDatabase();
  setCurrentActor('You');
});
afterEach(deleteOpenedDatabases);

describe('createPilot', () => {
  it('stores the pilot with defaults filled in and records who created it', async () => {
    setCurrentActor('Grace');
    const pilot = await createPilot(db, { name: '  Invoice triage  ', tags: ['finance'] });

    expect(pilot).toMatchObject({
      name: 'Invoice triage',
      stage: 'idea',
      tags: ['finance'],
      budget: 0,
      sponsorId: null,
    });
    expect(pilot.createdAt).toBe(pilot.updatedAt);
    expect(await db.pilots.get(pilot.id)).toEqual(pilot);
    const history = await db.history.toArray();
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      action: 'create',
      entityType: 'pilot',
      entityId: pilot.id,
      pilotId: pilot.id,
      actor: 'Grace',
      summary: 'Created pilot “Invoice triage”',
    });
  });

  it('names every invalid field and writes nothing', async () => {
    const attempt = createPilot(db, {
      name: '   ',
      budget: -5,
      startDate: '2026-05-01',
      endDate: '2026-04-01',
    });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    const error = (await attempt.catch((e: unknown) => e)) as ValidationError;
    expect(error.fieldErrors).toEqual({
      name: 'Required',
      budget: 'Cannot be negative',
      endDate: 'End date must be on or after the start date',
    });
    expect(error.message).toContain('name — Required');
    expect(await db.pilots.count()).toBe(0);
    expect(await db.history.count()).toBe(0);
  });

  it('refuses a sponsor that does not exist', async () => {
    const error = await createPilot(db, {
      name: 'Orphan',
      sponsorId: '8a1e4a63-8e4e-4c53-9d8a-1b2c3d4e5f60',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({
      sponsorId: 'No person with this id (it may have been deleted)',
    });
    expect(await db.pilots.count()).toBe(0);
  });
});

describe('updatePilot', () => {
  it('changes the stage and says so in a sentence, with the field-level change', async () => {
    const pilot = await createPilot(db, { name: 'Invoice triage', stage: 'pilot' });
    const updated = await updatePilot(db, pilot.id, { stage: 'scaling' });

    expect(updated.stage).toBe('scaling');
    expect(updated.updatedAt > pilot.updatedAt).toBe(true);
    expect(updated.createdAt).toBe(pilot.createdAt);
    const [latest] = await listPilotHistory(db, pilot.id);
    expect(latest).toMatchObject({
      action: 'update',
      pilotId: pilot.id,
      summary: 'Changed stage of “Invoice triage” from pilot to scaling',
      changes: { stage: ['pilot', 'scaling'] },
      at: updated.updatedAt,
    });
  });

  it('describes a rename and a several-field change', async () => {
    const pilot = await createPilot(db, { name: 'Invoice triage' });
    await updatePilot(db, pilot.id, { name: 'Invoice triage v2' });
    await updatePilot(db, pilot.id, { budget: 50_000, fte: 2, tags: ['ops'] });
    const summaries = (await listPilotHistory(db, pilot.id)).map((h) => h.summary);
    expect(summaries).toEqual([
      'Changed tags, budget and FTE of “Invoice triage v2”',
      'Renamed pilot “Invoice triage” to “Invoice triage v2”',
      'Created pilot “Invoice triage”',
    ]);
  });

  it('writes nothing when the patch changes nothing', async () => {
    const pilot = await createPilot(db, { name: 'Same', tags: ['a', 'b'] });
    const result = await updatePilot(db, pilot.id, { name: 'Same', tags: ['a', 'b'] });
    expect(result).toEqual(pilot);
    expect(await db.history.count()).toBe(1);
  });

  it('refuses to overwrite a record that changed since the caller read it', async () => {
    const pilot = await createPilot(db, { name: 'Invoice triage' });
    // Someone else (another window) saves first.
    await updatePilot(db, pilot.id, { budget: 10 });

    const stale = updatePilot(
      db,
      pilot.id,
      { stage: 'stopped' },
      { expectedUpdatedAt: pilot.updatedAt },
    );
    await expect(stale).rejects.toBeInstanceOf(StaleRecordError);
    await expect(stale).rejects.toThrow(/changed elsewhere.*nothing was overwritten/);
    expect(await db.pilots.get(pilot.id)).toMatchObject({ budget: 10, stage: 'idea' });

    const fresh = (await db.pilots.get(pilot.id))!;
    const saved = await updatePilot(
      db,
      pilot.id,
      { stage: 'stopped' },
      { expectedUpdatedAt: fresh.updatedAt },
    );
    expect(saved).toMatchObject({ budget: 10, stage: 'stopped' });
  });

  it('validates the merged record and leaves the stored one alone on failure', async () => {
    const pilot = await createPilot(db, { name: 'Dates', startDate: '2026-03-01' });
    const error = await updatePilot(db, pilot.id, { endDate: '2026-02-01' }).catch(
      (e: unknown) => e,
    );
    expect((error as ValidationError).fieldErrors).toEqual({
      endDate: 'End date must be on or after the start date',
    });
    expect(await db.pilots.get(pilot.id)).toEqual(pilot);
  });

  it('reports a pilot that no longer exists', async () => {
    await expect(
      updatePilot(db, '0b7f8d8e-3d1e-4b52-9a2d-2f8e1c3b4a59', { name: 'x' }),
    ).rejects.toBeInstanceOf(RecordNotFoundError);
  });
});

describe('deletePilot and restoreDeleted', () => {
  async function pilotWithEverything() {
    const ada = await createPerson(db, { name: 'Ada', role: 'supervisor' });
    const pilot = await createPilot(db, { name: 'Invoice triage', sponsorId: ada.id });
    const other = await createPilot(db, { name: 'Claims intake' });
    const agent = await createAgent(db, { name: 'Invoice reader' });
    const assignment = await createAssignment(db, {
      agentId: agent.id,
      pilotId: pilot.id,
      supervisorId: ada.id,
      servedPersonIds: [ada.id],
    });
    const otherAssignment = await createAssignment(db, { agentId: agent.id, pilotId: other.id });
    await addSupervisionLog(db, {
      assignmentId: assignment.id,
      periodStart: '2026-02-02',
      periodEnd: '2026-02-08',
      itemsReviewed: 40,
      itemsCorrected: 3,
      hoursSpent: 2,
    });
    const metrics = [];
    for (const name of ['Cycle time', 'Cost per invoice', 'Invoices touched']) {
      metrics.push(await createMetric(db, { name, pilotId: pilot.id, baseline: 10, target: 5 }));
    }
    await addMeasurement(db, { metricId: metrics[0]!.id, date: '2026-02-01', value: 9 });
    await addMeasurement(db, {
      metricId: metrics[0]!.id,
      date: '2026-03-01',
      value: 7,
      note: 'go-live',
    });
    const decision = await createDecision(db, {
      pilotId: pilot.id,
      date: '2026-03-15',
      kind: 'continue',
    });
    await createDecision(db, { pilotId: pilot.id, date: '2026-06-15', kind: 'expand' });
    await createLesson(db, {
      pilotId: pilot.id,
      decisionId: decision.id,
      title: 'Label data first',
    });
    const otherMetric = await createMetric(db, {
      name: 'Claims/day',
      pilotId: other.id,
      baseline: 1,
      target: 2,
    });
    return { pilot, other, agent, otherAssignment, otherMetric };
  }

  async function snapshot() {
    return {
      pilots: await db.pilots.toArray(),
      metrics: await db.metrics.toArray(),
      series: await db.series.toArray(),
      decisions: await db.decisions.toArray(),
      lessons: await db.lessons.toArray(),
      assignments: await db.assignments.toArray(),
      supervisionLogs: await db.supervisionLogs.toArray(),
      agents: await db.agents.toArray(),
      people: await db.people.toArray(),
    };
  }

  it('removes the pilot and everything that depends on it, and nothing else', async () => {
    const { pilot, other, agent, otherAssignment, otherMetric } = await pilotWithEverything();
    const token = await deletePilot(db, pilot.id);

    expect(await db.pilots.toArray()).toEqual([other]);
    expect((await db.metrics.toArray()).map((m) => m.id)).toEqual([otherMetric.id]);
    expect(await db.series.where('pilotId').equals(pilot.id).count()).toBe(0);
    expect(await db.decisions.count()).toBe(0);
    expect(await db.lessons.count()).toBe(0);
    expect(await db.assignments.toArray()).toEqual([otherAssignment]);
    expect(await db.supervisionLogs.count()).toBe(0);
    expect(await db.agents.toArray()).toEqual([agent]);
    expect(await db.people.count()).toBe(1);

    const label =
      'Deleted pilot “Invoice triage” and its 3 metrics, 2 measurements, 2 decisions, 1 lesson, ' +
      '1 agent assignment and 1 supervision log';
    expect(token.label).toBe(label);
    expect(token.records.metrics).toHaveLength(3);
    expect(token.records.series).toHaveLength(1);
    const [latest] = await listPilotHistory(db, pilot.id);
    expect(latest).toMatchObject({ action: 'delete', pilotId: pilot.id, summary: label });
  });

  it('undo puts every removed record back exactly as it was', async () => {
    const { pilot } = await pilotWithEverything();
    const before = await snapshot();
    const token = await deletePilot(db, pilot.id);

    const result = await restoreDeleted(db, token);

    expect(result).toEqual({ restored: 10, skipped: 0 });
    const after = await snapshot();
    expect(after).toEqual(before);
    const restoredSeries = after.series.find((s) => s.days.length === 2)!;
    expect(Object.prototype.toString.call(restoredSeries.days)).toBe('[object Float64Array]');
    const [latest] = await listPilotHistory(db, pilot.id);
    expect(latest).toMatchObject({
      action: 'restore',
      summary:
        'Restored pilot “Invoice triage” and its 3 metrics, 2 measurements, 2 decisions, 1 lesson, ' +
        '1 agent assignment and 1 supervision log',
    });
  });

  it('a second undo of the same token changes nothing and records nothing', async () => {
    const { pilot } = await pilotWithEverything();
    const token = await deletePilot(db, pilot.id);
    await restoreDeleted(db, token);
    const state = await snapshot();
    const historyCount = await db.history.count();

    expect(await restoreDeleted(db, token)).toEqual({ restored: 0, skipped: 10 });
    expect(await snapshot()).toEqual(state);
    expect(await db.history.count()).toBe(historyCount);
  });

  it('a pilot with nothing attached is deleted with a short summary', async () => {
    const pilot = await createPilot(db, { name: 'Lonely' });
    const token = await deletePilot(db, pilot.id);
    expect(token.label).toBe('Deleted pilot “Lonely”');
    expect(await db.pilots.count()).toBe(0);
  });
});
