import { isoToDay } from '@shared/dates';
import type { PortfolioInput } from '@shared/domain/portfolio';
import {
  defaultGateCriteria,
  type Decision,
  type DecisionKind,
  type MeasurementSeries,
  type Metric,
  type Pilot,
} from '@shared/model';
import { agent, assignment, id, person } from '../agents/fixtures';

const T = '2026-01-05T09:00:00.000Z';

/** The day every worked example is computed on. */
export const TODAY = '2026-06-15';

function pilot(fields: Partial<Pilot> & Pick<Pilot, 'name'>): Pilot {
  return {
    id: id(),
    createdAt: T,
    updatedAt: T,
    summary: '',
    problem: '',
    hypothesis: '',
    businessUnit: '',
    sponsorId: null,
    leadId: null,
    stage: 'pilot',
    startDate: '2026-01-05',
    nextReviewDate: null,
    endDate: null,
    tags: [],
    budget: 0,
    fte: 0,
    agentSeats: 0,
    ...fields,
  };
}

function metric(fields: Partial<Metric> & Pick<Metric, 'pilotId' | 'name'>): Metric {
  return {
    id: id(),
    createdAt: T,
    updatedAt: T,
    unit: '',
    kind: 'outcome',
    direction: 'higher',
    cadence: 'weekly',
    definitionId: null,
    baseline: 0,
    target: 10,
    valuePerUnit: null,
    ...fields,
  };
}

/** One value each Monday from 2026-01-05. */
function weekly(m: Metric, values: number[]): MeasurementSeries {
  const start = isoToDay('2026-01-05');
  return {
    metricId: m.id,
    pilotId: m.pilotId,
    days: Float64Array.from(values, (_, i) => start + 7 * i),
    values: Float64Array.from(values),
    notes: {},
    updatedAt: T,
  };
}

function decision(
  pilotId: string,
  date: string,
  kind: DecisionKind,
  stages: [Pilot['stage'], Pilot['stage']],
  budgetDelta: number,
  recommended: DecisionKind | null,
): Decision {
  return {
    id: id(),
    createdAt: T,
    updatedAt: T,
    pilotId,
    date,
    kind,
    stageBefore: stages[0],
    stageAfter: stages[1],
    budgetDelta,
    fteDelta: 0,
    agentSeatsDelta: 0,
    rationale: '',
    decidedBy: '',
    recommendation: recommended ? { kind: recommended, reasons: [] } : null,
    evidence: null,
  };
}

/**
 * Four pilots small enough to work out by hand (see the tests for the arithmetic):
 * A Finance/scaling with value 4,000 and cost 10,000 + 1,650 running; B Support/pilot with value
 * 200 and cost 2,000 + 550 running; C Finance/idea with nothing yet; D Support/stopped, 5,000 spent.
 */
export function smallPortfolio() {
  const sam = person({ name: 'Sam Sponsor', role: 'sponsor' });
  const una = person({ name: 'Una Sponsor', role: 'sponsor' });
  const rosa = person({ name: 'Rosa Reviewer', role: 'supervisor', oversightCapacityHours: 4 });
  const a = pilot({
    name: 'A Invoice automation',
    businessUnit: 'Finance',
    stage: 'scaling',
    sponsorId: sam.id,
    tags: ['finance'],
    budget: 10_000,
    fte: 1,
    nextReviewDate: '2026-06-10',
  });
  const b = pilot({
    name: 'B Ticket triage',
    businessUnit: 'Support',
    stage: 'pilot',
    sponsorId: una.id,
    tags: ['support'],
    budget: 2_000,
    nextReviewDate: '2026-09-01',
  });
  const c = pilot({
    name: 'C Contract review',
    businessUnit: 'Finance',
    stage: 'idea',
    sponsorId: sam.id,
    tags: ['legal'],
    nextReviewDate: '2026-06-20',
  });
  const d = pilot({
    name: 'D Old chatbot',
    businessUnit: 'Support',
    stage: 'stopped',
    budget: 5_000,
  });

  // A: +10 units for 4 weeks at 100 a unit = 4,000; at target (progress 100 %).
  const a1 = metric({ pilotId: a.id, name: 'Invoices per hour', valuePerUnit: 100 });
  // B: 40 → 30 minutes (target 20) for 2 weeks at 10 a minute = 200; progress 50 %.
  const b1 = metric({
    pilotId: b.id,
    name: 'Handling time',
    direction: 'lower',
    baseline: 40,
    target: 20,
    valuePerUnit: 10,
  });

  const x = agent({ name: 'Mail reader', capabilities: ['ocr'] });
  const y = agent({
    name: 'Ticket classifier',
    purpose: 'Classify support tickets',
    capabilities: ['classification', 'email', 'routing'],
    monthlyRunningCost: 100,
  });
  const z = agent({
    name: 'Ticket sorter',
    purpose: 'Sort incoming tickets',
    capabilities: ['classification', 'email', 'routing'],
    monthlyRunningCost: 300,
  });
  const assignments = [
    assignment({
      agentId: x.id,
      pilotId: a.id,
      supervisorId: rosa.id,
      supervisionHoursPerWeek: 3,
      startDate: '2026-01-01',
    }),
    assignment({
      agentId: x.id,
      pilotId: b.id,
      supervisorId: rosa.id,
      supervisionHoursPerWeek: 3,
      startDate: '2026-01-01',
    }),
    assignment({ agentId: y.id, pilotId: b.id, startDate: '2026-01-01' }),
    assignment({
      agentId: z.id,
      pilotId: a.id,
      servedPersonIds: [sam.id, una.id],
      startDate: '2026-01-01',
    }),
  ];

  const decisions = [
    decision(a.id, '2025-12-01', 'continue', ['idea', 'pilot'], 2_000, null),
    decision(a.id, '2026-02-01', 'expand', ['pilot', 'scaling'], 6_000, 'expand'),
    decision(b.id, '2026-05-01', 'expand', ['idea', 'pilot'], 1_000, 'continue'),
    decision(d.id, '2025-11-01', 'stop', ['pilot', 'stopped'], -3_000, 'stop'),
  ];

  const input: PortfolioInput = {
    settings: {
      id: id(),
      createdAt: T,
      updatedAt: T,
      name: 'Small portfolio',
      organisation: '',
      currency: 'EUR',
      fiscalYearStartMonth: 4,
      // Zero so supervision adds no cost and the costs stay easy to follow by hand.
      supervisionHourlyCost: 0,
      supervisorDefaultCapacityHours: 10,
      gateCriteria: defaultGateCriteria,
      branding: { logoDataUrl: null, accentColor: '#2457d6' },
    },
    people: [sam, una, rosa],
    pilots: [d, c, b, a],
    agents: [x, y, z],
    assignments,
    supervisionLogs: [],
    metrics: [a1, b1],
    series: [weekly(a1, [10, 10, 10, 10]), weekly(b1, [30, 30])],
    decisions,
  };
  return {
    input,
    pilots: { a, b, c, d },
    people: { sam, una, rosa },
    agents: { x, y, z },
    decisions,
  };
}
