import { dayToIso } from '../dates';
import type { PortfolioData } from '../model';
import type { CsvValue } from './csv';

/**
 * Each table of a portfolio as CSV columns. References are written twice — the name a person
 * reads and the id a program joins on — and the measurements table uses the same column names as
 * the measurements import, so an exported file can be edited and imported back.
 */
export interface CsvTable {
  key: string;
  label: string;
  header: string[];
  /** The rows, lazily: a million measurements are never held as a million arrays at once. */
  rows: (data: PortfolioData) => Iterable<CsvValue[]>;
  count: (data: PortfolioData) => number;
}

function names(rows: readonly { id: string; name: string }[]): Map<string, string> {
  return new Map(rows.map((r) => [r.id, r.name]));
}

const list = (values: readonly string[]) => values.join('; ');

export const CSV_TABLES: readonly CsvTable[] = [
  {
    key: 'pilots',
    label: 'Pilots',
    header: [
      'id',
      'name',
      'stage',
      'business unit',
      'sponsor',
      'lead',
      'start date',
      'next review date',
      'end date',
      'budget',
      'FTE',
      'agent seats',
      'tags',
      'summary',
      'problem',
      'hypothesis',
      'sponsor id',
      'lead id',
      'created at',
      'updated at',
    ],
    count: (d) => d.pilots.length,
    *rows(d) {
      const people = names(d.people);
      for (const p of d.pilots) {
        yield [
          p.id,
          p.name,
          p.stage,
          p.businessUnit,
          people.get(p.sponsorId ?? ''),
          people.get(p.leadId ?? ''),
          p.startDate,
          p.nextReviewDate,
          p.endDate,
          p.budget,
          p.fte,
          p.agentSeats,
          list(p.tags),
          p.summary,
          p.problem,
          p.hypothesis,
          p.sponsorId,
          p.leadId,
          p.createdAt,
          p.updatedAt,
        ];
      }
    },
  },
  {
    key: 'metrics',
    label: 'Metrics',
    header: [
      'id',
      'pilot',
      'name',
      'kind',
      'unit',
      'direction',
      'cadence',
      'baseline',
      'target',
      'value per unit',
      'pilot id',
      'definition id',
      'created at',
      'updated at',
    ],
    count: (d) => d.metrics.length,
    *rows(d) {
      const pilots = names(d.pilots);
      for (const m of d.metrics) {
        yield [
          m.id,
          pilots.get(m.pilotId),
          m.name,
          m.kind,
          m.unit,
          m.direction,
          m.cadence,
          m.baseline,
          m.target,
          m.valuePerUnit,
          m.pilotId,
          m.definitionId,
          m.createdAt,
          m.updatedAt,
        ];
      }
    },
  },
  {
    key: 'measurements',
    label: 'Measurements',
    header: ['pilot', 'metric', 'date', 'value', 'note', 'unit', 'metric id'],
    count: (d) => d.series.reduce((n, s) => n + s.days.length, 0),
    *rows(d) {
      const pilots = names(d.pilots);
      const metrics = new Map(d.metrics.map((m) => [m.id, m]));
      for (const s of d.series) {
        const metric = metrics.get(s.metricId);
        const pilot = pilots.get(s.pilotId);
        for (let i = 0; i < s.days.length; i++) {
          const day = s.days[i] as number;
          yield [
            pilot,
            metric?.name,
            dayToIso(day),
            s.values[i],
            s.notes[String(day)],
            metric?.unit,
            s.metricId,
          ];
        }
      }
    },
  },
  {
    key: 'agents',
    label: 'Agents',
    header: [
      'id',
      'name',
      'status',
      'owner',
      'platform',
      'capabilities',
      'build cost',
      'monthly running cost',
      'purpose',
      'owner id',
      'created at',
      'updated at',
    ],
    count: (d) => d.agents.length,
    *rows(d) {
      const people = names(d.people);
      for (const a of d.agents) {
        yield [
          a.id,
          a.name,
          a.status,
          people.get(a.ownerId ?? ''),
          a.platform,
          list(a.capabilities),
          a.buildCost,
          a.monthlyRunningCost,
          a.purpose,
          a.ownerId,
          a.createdAt,
          a.updatedAt,
        ];
      }
    },
  },
  {
    key: 'assignments',
    label: 'Agent assignments',
    header: [
      'id',
      'agent',
      'pilot',
      'supervisor',
      'people served',
      'supervision hours per week',
      'start date',
      'end date',
      'agent id',
      'pilot id',
      'supervisor id',
      'created at',
      'updated at',
    ],
    count: (d) => d.assignments.length,
    *rows(d) {
      const people = names(d.people);
      const agents = names(d.agents);
      const pilots = names(d.pilots);
      for (const a of d.assignments) {
        yield [
          a.id,
          agents.get(a.agentId),
          pilots.get(a.pilotId),
          people.get(a.supervisorId ?? ''),
          list(a.servedPersonIds.map((id) => people.get(id) ?? id)),
          a.supervisionHoursPerWeek,
          a.startDate,
          a.endDate,
          a.agentId,
          a.pilotId,
          a.supervisorId,
          a.createdAt,
          a.updatedAt,
        ];
      }
    },
  },
  {
    key: 'supervision',
    label: 'Supervision logs',
    header: [
      'id',
      'assignment id',
      'period start',
      'period end',
      'items reviewed',
      'items corrected',
      'hours spent',
      'created at',
      'updated at',
    ],
    count: (d) => d.supervisionLogs.length,
    *rows(d) {
      for (const l of d.supervisionLogs) {
        yield [
          l.id,
          l.assignmentId,
          l.periodStart,
          l.periodEnd,
          l.itemsReviewed,
          l.itemsCorrected,
          l.hoursSpent,
          l.createdAt,
          l.updatedAt,
        ];
      }
    },
  },
  {
    key: 'people',
    label: 'People',
    header: [
      'id',
      'name',
      'role',
      'team',
      'email',
      'hourly cost',
      'oversight capacity hours',
      'created at',
      'updated at',
    ],
    count: (d) => d.people.length,
    *rows(d) {
      for (const p of d.people) {
        yield [
          p.id,
          p.name,
          p.role,
          p.team,
          p.email,
          p.hourlyCost,
          p.oversightCapacityHours,
          p.createdAt,
          p.updatedAt,
        ];
      }
    },
  },
  {
    key: 'decisions',
    label: 'Decisions',
    header: [
      'id',
      'pilot',
      'date',
      'decision',
      'stage before',
      'stage after',
      'budget change',
      'FTE change',
      'agent seats change',
      'decided by',
      'recommended',
      'rationale',
      'pilot id',
      'created at',
      'updated at',
    ],
    count: (d) => d.decisions.length,
    *rows(d) {
      const pilots = names(d.pilots);
      for (const x of d.decisions) {
        yield [
          x.id,
          pilots.get(x.pilotId),
          x.date,
          x.kind,
          x.stageBefore,
          x.stageAfter,
          x.budgetDelta,
          x.fteDelta,
          x.agentSeatsDelta,
          x.decidedBy,
          x.recommendation?.kind,
          x.rationale,
          x.pilotId,
          x.createdAt,
          x.updatedAt,
        ];
      }
    },
  },
  {
    key: 'lessons',
    label: 'Lessons',
    header: [
      'id',
      'pilot',
      'kind',
      'title',
      'text',
      'tags',
      'pilot id',
      'decision id',
      'created at',
      'updated at',
    ],
    count: (d) => d.lessons.length,
    *rows(d) {
      const pilots = names(d.pilots);
      for (const l of d.lessons) {
        yield [
          l.id,
          pilots.get(l.pilotId),
          l.kind,
          l.title,
          l.text,
          list(l.tags),
          l.pilotId,
          l.decisionId,
          l.createdAt,
          l.updatedAt,
        ];
      }
    },
  },
  {
    key: 'history',
    label: 'History',
    header: ['at', 'who', 'action', 'what', 'summary', 'pilot', 'record id', 'pilot id', 'id'],
    count: (d) => d.history.length,
    *rows(d) {
      const pilots = names(d.pilots);
      const sorted = [...d.history].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
      for (const h of sorted) {
        yield [
          h.at,
          h.actor,
          h.action,
          h.entityType,
          h.summary,
          pilots.get(h.pilotId ?? ''),
          h.entityId,
          h.pilotId,
          h.id,
        ];
      }
    },
  },
];

export function csvTable(key: string): CsvTable | undefined {
  return CSV_TABLES.find((t) => t.key === key);
}
