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
  createMetricDefinition,
  createMetricFromDefinition,
  createPerson,
  createPilot,
  deleteAgent,
  deleteAssignment,
  deleteDecision,
  deleteLesson,
  deleteMetric,
  deleteMetricDefinition,
  deleteSupervisionLog,
  getSettings,
  listPilotHistory,
  restoreDeleted,
  updateAssignment,
  updateDecision,
  updateLesson,
  updateMetric,
  updateSettings,
  updateSupervisionLog,
  type PortfolioDatabase,
} from '../../../renderer/db';
import { deleteOpenedDatabases, newDatabase } from './fixtures';

let db: PortfolioDatabase;
beforeEach(async () => {
  db = await newDatabase('Acme');
});
afterEach(deleteOpenedDatabases);

describe('settings', () => {
  it('updates validated settings and records the change', async () => {
    const before = (await getSettings(db))!;
    expect(before).toMatchObject({ name: 'Acme', currency: 'EUR', organisation: '' });
    const after = await updateSettings(db, { currency: 'USD' });
    expect(after.currency).toBe('USD');
    const latest = (await db.history.orderBy('at').last())!;
    expect(latest).toMatchObject({
      entityType: 'settings',
      pilotId: null,
      summary: 'Changed currency of “Acme” from EUR to USD',
    });
  });

  it('names the invalid field and refuses stale writes', async () => {
    const error = await updateSettings(db, { currency: 'euro' }).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors).toEqual({
      currency: 'Use a three-letter currency code such as EUR',
    });
    const read = (await getSettings(db))!;
    await updateSettings(db, { organisation: 'Acme Corp' });
    await expect(
      updateSettings(db, { organisation: 'Other' }, { expectedUpdatedAt: read.updatedAt }),
    ).rejects.toBeInstanceOf(StaleRecordError);
    expect((await getSettings(db))!.organisation).toBe('Acme Corp');
  });
});

describe('agents and assignments', () => {
  async function setUp() {
    const sup = await createPerson(db, { name: 'Sam', role: 'supervisor' });
    const pilot = await createPilot(db, { name: 'Invoice triage' });
    const agent = await createAgent(db, { name: 'Invoice reader', capabilities: ['ocr'] });
    const assignment = await createAssignment(db, {
      agentId: agent.id,
      pilotId: pilot.id,
      supervisorId: sup.id,
      supervisionHoursPerWeek: 4,
    });
    return { sup, pilot, agent, assignment };
  }

  it('records an assignment on the pilot’s history and validates its references', async () => {
    const { pilot, assignment } = await setUp();
    expect(assignment.servedPersonIds).toEqual([]);
    const [latest] = await listPilotHistory(db, pilot.id);
    expect(latest!.summary).toBe('Assigned agent “Invoice reader” to “Invoice triage”');

    const error = await createAssignment(db, {
      agentId: '9d5e0c3b-1a2f-4e6d-8c7b-0a1b2c3d4e5f',
      pilotId: pilot.id,
    }).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors).toEqual({
      agentId: 'No agent with this id (it may have been deleted)',
    });
  });

  it('updates hours but refuses to move an assignment to another pilot', async () => {
    const { assignment, pilot } = await setUp();
    await updateAssignment(db, assignment.id, { supervisionHoursPerWeek: 6 });
    const [latest] = await listPilotHistory(db, pilot.id);
    expect(latest!.summary).toBe(
      'Changed supervision hours per week of “Invoice reader in Invoice triage” from 4 to 6',
    );
    const other = await createPilot(db, { name: 'Other' });
    const error = await updateAssignment(db, assignment.id, { pilotId: other.id }).catch(
      (e: unknown) => e,
    );
    expect((error as ValidationError).fieldErrors).toEqual({
      pilotId: 'An assignment’s pilot cannot be changed',
    });
  });

  it('logs supervision, refuses more corrections than reviews, and undoes a deleted log', async () => {
    const { assignment, pilot } = await setUp();
    const log = await addSupervisionLog(db, {
      assignmentId: assignment.id,
      periodStart: '2026-02-02',
      periodEnd: '2026-02-08',
      itemsReviewed: 1_200,
      itemsCorrected: 30,
      hoursSpent: 3.5,
    });
    const [latest] = await listPilotHistory(db, pilot.id);
    expect(latest!.summary).toBe(
      'Logged supervision of “Invoice reader in Invoice triage” for 2026-02-02 to 2026-02-08: 1,200 reviewed, 30 corrected, 3.5 h',
    );
    const error = await updateSupervisionLog(db, log.id, { itemsCorrected: 1_201 }).catch(
      (e: unknown) => e,
    );
    expect((error as ValidationError).fieldErrors).toEqual({
      itemsCorrected: 'Cannot correct more items than were reviewed',
    });
    const token = await deleteSupervisionLog(db, log.id);
    expect(await db.supervisionLogs.count()).toBe(0);
    await restoreDeleted(db, token);
    expect(await db.supervisionLogs.get(log.id)).toEqual(log);
  });

  it('deleting an assignment or an agent takes its logs along; undo restores them', async () => {
    const { agent, assignment, pilot } = await setUp();
    await addSupervisionLog(db, {
      assignmentId: assignment.id,
      periodStart: '2026-02-02',
      periodEnd: '2026-02-08',
      itemsReviewed: 10,
      itemsCorrected: 1,
      hoursSpent: 1,
    });
    const first = await deleteAssignment(db, assignment.id);
    expect(first.label).toBe(
      'Removed agent assignment “Invoice reader in Invoice triage” and its 1 supervision log',
    );
    expect(await db.supervisionLogs.count()).toBe(0);
    await restoreDeleted(db, first);
    expect(await db.supervisionLogs.count()).toBe(1);

    const token = await deleteAgent(db, agent.id);
    expect(token.label).toBe(
      'Deleted agent “Invoice reader” and its 1 assignment and 1 supervision log',
    );
    expect(await db.assignments.count()).toBe(0);
    const [latest] = await listPilotHistory(db, pilot.id);
    expect(latest!.summary).toBe(
      'Removed agent “Invoice reader” from “Invoice triage” because the agent was deleted',
    );
    expect(await restoreDeleted(db, token)).toEqual({ restored: 3, skipped: 0 });
    expect(await db.assignments.get(assignment.id)).toEqual(assignment);
  });
});

describe('metrics and the definitions library', () => {
  it('creates a metric from a definition, copying how it is measured', async () => {
    const pilot = await createPilot(db, { name: 'Invoice triage' });
    const definition = await createMetricDefinition(db, {
      name: 'Cycle time',
      unit: 'days',
      direction: 'lower',
      cadence: 'weekly',
    });
    const metric = await createMetricFromDefinition(db, definition.id, {
      pilotId: pilot.id,
      baseline: 9,
      target: 3,
    });
    expect(metric).toMatchObject({
      name: 'Cycle time',
      unit: 'days',
      kind: 'outcome',
      direction: 'lower',
      cadence: 'weekly',
      definitionId: definition.id,
      valuePerUnit: null,
    });
    const [latest] = await listPilotHistory(db, pilot.id);
    expect(latest!.summary).toBe('Added outcome metric “Cycle time” to “Invoice triage”');

    const token = await deleteMetricDefinition(db, definition.id);
    expect((await db.metrics.get(metric.id))!.definitionId).toBeNull();
    await restoreDeleted(db, token);
    expect(await db.metrics.get(metric.id)).toEqual(metric);
  });

  it('refuses to move a metric to another pilot', async () => {
    const pilot = await createPilot(db, { name: 'A' });
    const other = await createPilot(db, { name: 'B' });
    const metric = await createMetric(db, { name: 'M', pilotId: pilot.id, baseline: 0, target: 1 });
    await expect(updateMetric(db, metric.id, { pilotId: other.id })).rejects.toBeInstanceOf(
      ValidationError,
    );
    const updated = await updateMetric(db, metric.id, { target: 2 });
    expect(updated.target).toBe(2);
  });

  it('deleting a metric deletes its measurements; undo brings both back', async () => {
    const pilot = await createPilot(db, { name: 'A' });
    const metric = await createMetric(db, { name: 'M', pilotId: pilot.id, baseline: 0, target: 1 });
    await addMeasurement(db, { metricId: metric.id, date: '2026-01-01', value: 0.5 });
    const series = await db.series.get(metric.id);
    const token = await deleteMetric(db, metric.id);
    expect(token.label).toBe('Deleted metric “M” and its 1 measurement');
    expect(await db.series.count()).toBe(0);
    await restoreDeleted(db, token);
    expect(await db.series.get(metric.id)).toEqual(series);
  });
});

describe('decisions and lessons', () => {
  it('records a decision with the pilot’s stage as the stage before', async () => {
    const pilot = await createPilot(db, { name: 'Invoice triage', stage: 'pilot' });
    const decision = await createDecision(db, {
      pilotId: pilot.id,
      date: '2026-06-01',
      kind: 'expand',
      stageAfter: 'scaling',
      budgetDelta: 100_000,
    });
    expect(decision).toMatchObject({
      stageBefore: 'pilot',
      stageAfter: 'scaling',
      decidedBy: 'You',
    });
    const [latest] = await listPilotHistory(db, pilot.id);
    expect(latest!.summary).toBe('Recorded the decision to expand “Invoice triage” on 2026-06-01');
    await updateDecision(db, decision.id, { rationale: 'Evidence is strong' });
    expect((await db.decisions.get(decision.id))!.rationale).toBe('Evidence is strong');
  });

  it('deleting a decision un-cites its lessons; undo cites them again', async () => {
    const pilot = await createPilot(db, { name: 'Invoice triage' });
    const decision = await createDecision(db, {
      pilotId: pilot.id,
      date: '2026-06-01',
      kind: 'pivot',
    });
    const lesson = await createLesson(db, {
      pilotId: pilot.id,
      decisionId: decision.id,
      title: 'Start with clean data',
      kind: 'pitfall',
    });
    const token = await deleteDecision(db, decision.id);
    expect((await db.lessons.get(lesson.id))!.decisionId).toBeNull();
    await restoreDeleted(db, token);
    expect(await db.lessons.get(lesson.id)).toEqual(lesson);
    expect(await db.decisions.get(decision.id)).toEqual(decision);
  });

  it('refuses a lesson citing another pilot’s decision; deletes and restores a lesson', async () => {
    const a = await createPilot(db, { name: 'A' });
    const b = await createPilot(db, { name: 'B' });
    const decision = await createDecision(db, { pilotId: a.id, date: '2026-06-01', kind: 'stop' });
    const error = await createLesson(db, {
      pilotId: b.id,
      decisionId: decision.id,
      title: 'x',
    }).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors).toEqual({
      decisionId: 'The decision belongs to another pilot',
    });
    const lesson = await createLesson(db, {
      pilotId: b.id,
      title: 'Measure first',
      tags: ['data'],
    });
    await updateLesson(db, lesson.id, { text: 'Baseline before go-live' });
    const token = await deleteLesson(db, lesson.id);
    expect(token.label).toBe('Deleted the lesson “Measure first”');
    await restoreDeleted(db, token);
    expect((await db.lessons.get(lesson.id))!.text).toBe('Baseline before go-live');
    await expect(deleteLesson(db, decision.id)).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('undo skips records whose pilot was deleted in the meantime', async () => {
    const pilot = await createPilot(db, { name: 'A' });
    const lesson = await createLesson(db, { pilotId: pilot.id, title: 'Orphan-to-be' });
    const token = await deleteLesson(db, lesson.id);
    await db.transaction('rw', db.pilots, () => db.pilots.delete(pilot.id));
    expect(await restoreDeleted(db, token)).toEqual({ restored: 0, skipped: 1 });
    expect(await db.lessons.count()).toBe(0);
  });
});
