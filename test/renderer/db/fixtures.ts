import Dexie from 'dexie';
import { defaultGateCriteria, type PortfolioData } from '../../../shared/model';
import { newId } from '../../../shared/ids';
import { isoToDay } from '../../../shared/dates';
import { PortfolioDatabase } from '../../../renderer/db';
import { buildDefaultSettings } from '../../../renderer/db/repositories/settings';

const opened: PortfolioDatabase[] = [];

/** A fresh, uniquely named portfolio database holding only its settings record. */
export async function newDatabase(settingsName = 'Test portfolio'): Promise<PortfolioDatabase> {
  const db = new PortfolioDatabase(`test-${newId()}`);
  opened.push(db);
  await db.open();
  await db.settings.add(buildDefaultSettings({ name: settingsName }));
  return db;
}

/** An empty, uniquely named portfolio database (no settings), for whole-portfolio loads. */
export function emptyDatabase(): PortfolioDatabase {
  const db = new PortfolioDatabase(`test-${newId()}`);
  opened.push(db);
  return db;
}

export async function deleteOpenedDatabases(): Promise<void> {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
}

const T0 = '2026-01-05T09:00:00.000Z';

/**
 * A small portfolio written by hand, one or two of every kind of record, with text that has
 * tripped up serialisers before: right-to-left script, emoji, a leading "=" and an empty string.
 */
export function buildSmallPortfolio(): PortfolioData {
  const ids = {
    settings: newId(),
    ada: newId(),
    bashir: newId(),
    pilotA: newId(),
    pilotB: newId(),
    agent: newId(),
    assignment: newId(),
    log: newId(),
    definition: newId(),
    metricA: newId(),
    metricB: newId(),
    decision: newId(),
    lesson: newId(),
    history: newId(),
  };
  const meta = (id: string) => ({ id, createdAt: T0, updatedAt: T0 });
  return {
    settings: {
      ...meta(ids.settings),
      name: 'Northwind 🚀',
      organisation: 'Northwind Traders',
      currency: 'EUR',
      fiscalYearStartMonth: 4,
      supervisionHourlyCost: 72.5,
      supervisorDefaultCapacityHours: 6,
      gateCriteria: { ...defaultGateCriteria },
      branding: { logoDataUrl: null, accentColor: '#2457d6' },
    },
    people: [
      {
        ...meta(ids.ada),
        name: 'Ada Lovelace',
        role: 'sponsor',
        team: 'Finance',
        email: 'ada@example.com',
        hourlyCost: 120,
        oversightCapacityHours: null,
      },
      {
        ...meta(ids.bashir),
        name: 'بشير الحسن',
        role: 'supervisor',
        team: 'Operations',
        email: '',
        hourlyCost: null,
        oversightCapacityHours: 8,
      },
    ],
    pilots: [
      {
        ...meta(ids.pilotA),
        name: 'Invoice triage',
        summary: '=SUM(A1:A2) is not a formula here',
        problem: 'Invoices wait 9 days',
        hypothesis: 'An agent can pre-sort them',
        businessUnit: 'Finance',
        sponsorId: ids.ada,
        leadId: ids.bashir,
        stage: 'pilot',
        startDate: '2026-01-05',
        nextReviewDate: '2026-12-01',
        endDate: null,
        tags: ['finance', 'documents'],
        budget: 250_000,
        fte: 1.5,
        agentSeats: 3,
      },
      {
        ...meta(ids.pilotB),
        name: 'Claims intake',
        summary: '',
        problem: '',
        hypothesis: '',
        businessUnit: 'Insurance',
        sponsorId: null,
        leadId: null,
        stage: 'idea',
        startDate: null,
        nextReviewDate: null,
        endDate: null,
        tags: [],
        budget: 0,
        fte: 0,
        agentSeats: 0,
      },
    ],
    agents: [
      {
        ...meta(ids.agent),
        name: 'Invoice reader',
        purpose: 'Reads invoices',
        capabilities: ['ocr', 'classification'],
        platform: 'Vendor X / model Y',
        ownerId: ids.ada,
        status: 'active',
        buildCost: 40_000,
        monthlyRunningCost: 1_200,
      },
    ],
    assignments: [
      {
        ...meta(ids.assignment),
        agentId: ids.agent,
        pilotId: ids.pilotA,
        servedPersonIds: [ids.ada, ids.bashir],
        supervisorId: ids.bashir,
        supervisionHoursPerWeek: 4,
        startDate: '2026-01-05',
        endDate: null,
      },
    ],
    supervisionLogs: [
      {
        ...meta(ids.log),
        assignmentId: ids.assignment,
        periodStart: '2026-02-02',
        periodEnd: '2026-02-08',
        itemsReviewed: 140,
        itemsCorrected: 9,
        hoursSpent: 3.5,
      },
    ],
    metricDefinitions: [
      {
        ...meta(ids.definition),
        name: 'Cycle time',
        unit: 'days',
        kind: 'outcome',
        direction: 'lower',
        cadence: 'weekly',
        description: 'Days from receipt to decision',
      },
    ],
    metrics: [
      {
        ...meta(ids.metricA),
        name: 'Cycle time',
        unit: 'days',
        kind: 'outcome',
        direction: 'lower',
        cadence: 'weekly',
        pilotId: ids.pilotA,
        definitionId: ids.definition,
        baseline: 9,
        target: 3,
        valuePerUnit: 1_500,
      },
      {
        ...meta(ids.metricB),
        name: 'Invoices touched',
        unit: '',
        kind: 'activity',
        direction: 'higher',
        cadence: 'weekly',
        pilotId: ids.pilotA,
        definitionId: null,
        baseline: 0,
        target: 500,
        valuePerUnit: null,
      },
    ],
    series: [
      {
        metricId: ids.metricA,
        pilotId: ids.pilotA,
        days: Float64Array.from(['2026-01-05', '2026-01-12', '2026-01-19'].map(isoToDay)),
        values: Float64Array.from([9, 7.5, 6.25]),
        notes: { [String(isoToDay('2026-01-12'))]: 'Agent went live ✅' },
        updatedAt: T0,
      },
      {
        metricId: ids.metricB,
        pilotId: ids.pilotA,
        days: Float64Array.from(['2026-01-12'].map(isoToDay)),
        values: Float64Array.from([1e-9]),
        notes: {},
        updatedAt: T0,
      },
    ],
    decisions: [
      {
        ...meta(ids.decision),
        pilotId: ids.pilotA,
        date: '2026-06-01',
        kind: 'expand',
        stageBefore: 'pilot',
        stageAfter: 'scaling',
        budgetDelta: 100_000,
        fteDelta: 0.5,
        agentSeatsDelta: 2,
        rationale: 'Cycle time halved',
        decidedBy: 'Ada Lovelace',
        recommendation: { kind: 'expand', reasons: ['1 of 1 outcome metrics on target'] },
        evidence: null,
      },
    ],
    lessons: [
      {
        ...meta(ids.lesson),
        pilotId: ids.pilotA,
        decisionId: ids.decision,
        title: 'Label 200 invoices first',
        text: 'Line one\nLine two',
        kind: 'practice',
        tags: ['data'],
      },
    ],
    history: [
      {
        id: ids.history,
        at: T0,
        actor: 'Ada Lovelace',
        action: 'create',
        entityType: 'pilot',
        entityId: ids.pilotA,
        pilotId: ids.pilotA,
        summary: 'Created pilot “Invoice triage”',
      },
    ],
  };
}

/** `n` series of `perSeries` daily values each, attached to `pilotId`'s metrics. */
export function buildLargeSeries(
  metricIds: readonly string[],
  pilotId: string,
  perSeries: number,
): PortfolioData['series'] {
  const start = isoToDay('2020-01-01');
  return metricIds.map((metricId, m) => {
    const days = new Float64Array(perSeries);
    const values = new Float64Array(perSeries);
    for (let i = 0; i < perSeries; i++) {
      days[i] = start + i;
      values[i] = m + i / 1000;
    }
    return { metricId, pilotId, days, values, notes: {}, updatedAt: T0 };
  });
}
