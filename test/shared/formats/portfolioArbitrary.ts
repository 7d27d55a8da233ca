import fc from 'fast-check';
import { dayToIso } from '../../../shared/dates';
import {
  AGENT_STATUSES,
  CADENCES,
  DECISION_KINDS,
  ENTITY_TYPES,
  HISTORY_ACTIONS,
  LESSON_KINDS,
  METRIC_DIRECTIONS,
  METRIC_KINDS,
  PERSON_ROLES,
  PILOT_STAGES,
  defaultGateCriteria,
  type PortfolioData,
} from '../../../shared/model';

/**
 * Random but valid portfolios: text that has broken serialisers (right-to-left scripts, emoji and
 * ZWJ sequences, lone surrogates, formula-like leading characters, empty strings) and numbers at
 * the ends of the double range. References always point at records of the same portfolio.
 */

const tricky = fc.constantFrom(
  '',
  '=SUM(A1:A9)',
  '+1 555 0100',
  '-2+3',
  '@cmd',
  '\t=1',
  'مرحبا بالعالم',
  'שלום עולם',
  '👩‍👩‍👧‍👦 team',
  '🚀',
  'Zürich 東京 Ελλάδα',
  'line one\nline two\r\nline three',
  '"quoted", comma; semicolon',
  '\u0000nul',
  '\ud83d',
  '__proto__',
  'constructor',
);

/** Any text (graphemes of the whole of Unicode, or a tricky constant), at most `max` long. */
export const anyText = (max: number): fc.Arbitrary<string> =>
  fc
    .oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary' }), tricky)
    .map((s) => s.slice(0, max));

/** Text as a trimmed schema field stores it. */
const trimmed = (max: number) => anyText(max).map((s) => s.trim());
const name = trimmed(200).map((s) => s || 'x');

const extremeNumber = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1e-9, 5e-324, 1.7976931348623157e308, -1.7976931348623157e308, 0.1 + 0.2),
);
const nonNegative = fc.oneof(
  fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, 5e-324, 1e-9, 1.7976931348623157e308),
);
const bounded = (max: number) => fc.double({ min: 0, max, noNaN: true });

const isoDate = fc.integer({ min: -25_000, max: 60_000 }).map(dayToIso);
const isoDateTime = fc
  .integer({ min: 0, max: 4_102_444_800_000 })
  .map((ms) => new Date(ms).toISOString());
const uuid = fc.uuid({ version: 4 });

const meta = fc.record({ id: uuid, createdAt: isoDateTime, updatedAt: isoDateTime });
const tags = fc.array(
  trimmed(60).filter((t) => t.length > 0),
  { maxLength: 4 },
);

function pick<T>(list: readonly T[], index: number): T | null {
  return list.length === 0 ? null : (list[index % list.length] as T);
}

interface Sizes {
  maxRecords: number;
}

/** A whole portfolio with up to `maxRecords` records of each kind. */
export function portfolioArbitrary({ maxRecords }: Sizes): fc.Arbitrary<PortfolioData> {
  const many = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { maxLength: maxRecords });
  const refs = fc.array(fc.nat(), { minLength: 8, maxLength: 8 });

  return fc
    .record({
      settings: fc.record({
        meta,
        name,
        organisation: trimmed(200),
        currency: fc.constantFrom('EUR', 'USD', 'JPY', 'CHF'),
        fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
        supervisionHourlyCost: nonNegative,
        supervisorDefaultCapacityHours: bounded(168),
        accent: fc.constantFrom('#2457d6', '#000000', '#ABCDEF'),
        thresholds: fc.option(fc.record({ a: bounded(1), b: bounded(1) }), { nil: undefined }),
      }),
      people: many(
        fc.record({
          meta,
          name,
          role: fc.constantFrom(...PERSON_ROLES),
          team: trimmed(200),
          email: trimmed(320),
          hourlyCost: fc.option(nonNegative, { nil: null }),
          cap: fc.option(bounded(168), { nil: null }),
        }),
      ),
      pilots: many(
        fc.record({
          meta,
          name,
          text: anyText(20_000),
          stage: fc.constantFrom(...PILOT_STAGES),
          start: fc.option(isoDate, { nil: null }),
          review: fc.option(isoDate, { nil: null }),
          tags,
          budget: nonNegative,
          fte: bounded(100_000),
          seats: fc.integer({ min: 0, max: 1_000_000 }),
          refs,
        }),
      ),
      agents: many(
        fc.record({
          meta,
          name,
          purpose: anyText(20_000),
          tags,
          status: fc.constantFrom(...AGENT_STATUSES),
          build: nonNegative,
          run: nonNegative,
          refs,
        }),
      ),
      assignments: many(
        fc.record({ meta, hours: bounded(168), date: fc.option(isoDate, { nil: null }), refs }),
      ),
      logs: many(
        fc.record({
          meta,
          from: isoDate,
          reviewed: fc.nat(),
          corrected: fc.nat(),
          hours: bounded(10_000),
          refs,
        }),
      ),
      definitions: many(
        fc.record({
          meta,
          name,
          unit: trimmed(40),
          kind: fc.constantFrom(...METRIC_KINDS),
          direction: fc.constantFrom(...METRIC_DIRECTIONS),
          cadence: fc.constantFrom(...CADENCES),
          description: anyText(2_000),
        }),
      ),
      metrics: many(
        fc.record({
          meta,
          name,
          unit: trimmed(40),
          kind: fc.constantFrom(...METRIC_KINDS),
          direction: fc.constantFrom(...METRIC_DIRECTIONS),
          cadence: fc.constantFrom(...CADENCES),
          baseline: extremeNumber,
          target: extremeNumber,
          valuePerUnit: fc.option(nonNegative, { nil: null }),
          points: fc.uniqueArray(fc.integer({ min: -1_000_000, max: 1_000_000 }), {
            maxLength: 30,
          }),
          values: fc.array(extremeNumber, { minLength: 30, maxLength: 30 }),
          note: anyText(5_000),
          updatedAt: isoDateTime,
          refs,
        }),
      ),
      decisions: many(
        fc.record({
          meta,
          date: isoDate,
          kind: fc.constantFrom(...DECISION_KINDS),
          before: fc.constantFrom(...PILOT_STAGES),
          after: fc.constantFrom(...PILOT_STAGES),
          budgetDelta: extremeNumber,
          fteDelta: extremeNumber,
          seats: fc.integer(),
          rationale: anyText(20_000),
          decidedBy: trimmed(200),
          reasons: fc.option(fc.array(anyText(2_000), { maxLength: 3 }), { nil: null }),
          refs,
        }),
      ),
      lessons: many(
        fc.record({
          meta,
          title: name,
          text: anyText(20_000),
          kind: fc.constantFrom(...LESSON_KINDS),
          tags,
          refs,
        }),
      ),
      history: many(
        fc.record({
          id: uuid,
          at: isoDateTime,
          actor: anyText(200),
          action: fc.constantFrom(...HISTORY_ACTIONS),
          entityType: fc.constantFrom(...ENTITY_TYPES),
          entityId: anyText(100),
          pilotId: fc.option(uuid, { nil: null }),
          summary: anyText(2_000),
          change: fc.option(fc.tuple(anyText(50), extremeNumber), { nil: undefined }),
        }),
      ),
    })
    .map((r): PortfolioData => {
      const people = r.people.map((p) => ({
        ...p.meta,
        name: p.name,
        role: p.role,
        team: p.team,
        email: p.email,
        hourlyCost: p.hourlyCost,
        oversightCapacityHours: p.cap,
      }));
      const personId = (i: number) => pick(people, i)?.id ?? null;
      const pilots = r.pilots.map((p) => ({
        ...p.meta,
        name: p.name,
        summary: p.text,
        problem: '',
        hypothesis: p.text.slice(0, 10),
        businessUnit: '',
        sponsorId: personId(p.refs[0] as number),
        leadId: (p.refs[1] as number) % 3 === 0 ? null : personId(p.refs[1] as number),
        stage: p.stage,
        startDate: p.start,
        nextReviewDate: p.review,
        endDate: null,
        tags: p.tags,
        budget: p.budget,
        fte: p.fte,
        agentSeats: p.seats,
      }));
      const agents = r.agents.map((a) => ({
        ...a.meta,
        name: a.name,
        purpose: a.purpose,
        capabilities: a.tags,
        platform: '',
        ownerId: personId(a.refs[0] as number),
        status: a.status,
        buildCost: a.build,
        monthlyRunningCost: a.run,
      }));
      const assignments =
        pilots.length === 0 || agents.length === 0
          ? []
          : r.assignments.map((a) => ({
              ...a.meta,
              agentId: (pick(agents, a.refs[0] as number) as { id: string }).id,
              pilotId: (pick(pilots, a.refs[1] as number) as { id: string }).id,
              servedPersonIds: people.length
                ? [...new Set([personId(a.refs[2] as number) as string])]
                : [],
              supervisorId: personId(a.refs[3] as number),
              supervisionHoursPerWeek: a.hours,
              startDate: a.date,
              endDate: a.date,
            }));
      const supervisionLogs =
        assignments.length === 0
          ? []
          : r.logs.map((l) => ({
              ...l.meta,
              assignmentId: (pick(assignments, l.refs[0] as number) as { id: string }).id,
              periodStart: l.from,
              periodEnd: l.from,
              itemsReviewed: l.reviewed,
              itemsCorrected: l.corrected,
              hoursSpent: l.hours,
            }));
      const metricDefinitions = r.definitions.map((d) => ({
        ...d.meta,
        name: d.name,
        unit: d.unit,
        kind: d.kind,
        direction: d.direction,
        cadence: d.cadence,
        description: d.description,
      }));
      const metricRows = pilots.length === 0 ? [] : r.metrics;
      const metrics = metricRows.map((m) => ({
        ...m.meta,
        name: m.name,
        unit: m.unit,
        kind: m.kind,
        direction: m.direction,
        cadence: m.cadence,
        pilotId: (pick(pilots, m.refs[0] as number) as { id: string }).id,
        definitionId: pick(metricDefinitions, m.refs[1] as number)?.id ?? null,
        baseline: m.baseline,
        target: m.target,
        valuePerUnit: m.valuePerUnit,
      }));
      const series = metricRows
        .map((m, i) => {
          const metric = metrics[i] as { id: string; pilotId: string };
          const days = [...m.points].sort((a, b) => a - b);
          const notes: Record<string, string> = {};
          if (days.length > 0 && m.note) notes[String(days[0])] = m.note;
          return {
            metricId: metric.id,
            pilotId: metric.pilotId,
            days: Float64Array.from(days),
            values: Float64Array.from(days.map((_d, k) => m.values[k] as number)),
            notes,
            updatedAt: m.updatedAt,
          };
        })
        .filter((_s, i) => (r.metrics[i]?.refs[2] as number) % 4 !== 0);
      const decisions =
        pilots.length === 0
          ? []
          : r.decisions.map((d) => ({
              ...d.meta,
              pilotId: (pick(pilots, d.refs[0] as number) as { id: string }).id,
              date: d.date,
              kind: d.kind,
              stageBefore: d.before,
              stageAfter: d.after,
              budgetDelta: d.budgetDelta,
              fteDelta: d.fteDelta,
              agentSeatsDelta: d.seats,
              rationale: d.rationale,
              decidedBy: d.decidedBy,
              recommendation: d.reasons ? { kind: d.kind, reasons: d.reasons } : null,
              evidence: null,
            }));
      const lessons =
        pilots.length === 0
          ? []
          : r.lessons.map((l) => ({
              ...l.meta,
              pilotId: (pick(pilots, l.refs[0] as number) as { id: string }).id,
              decisionId: pick(decisions, l.refs[1] as number)?.id ?? null,
              title: l.title,
              text: l.text,
              kind: l.kind,
              tags: l.tags,
            }));
      const history = r.history.map((h) => ({
        id: h.id,
        at: h.at,
        actor: h.actor,
        action: h.action,
        entityType: h.entityType,
        entityId: h.entityId,
        pilotId: h.pilotId,
        summary: h.summary,
        ...(h.change ? { changes: { value: [h.change[0], h.change[1]] } } : {}),
      })) as PortfolioData['history'];
      const s = r.settings;
      return {
        settings: {
          ...s.meta,
          name: s.name,
          organisation: s.organisation,
          currency: s.currency,
          fiscalYearStartMonth: s.fiscalYearStartMonth,
          supervisionHourlyCost: s.supervisionHourlyCost,
          supervisorDefaultCapacityHours: s.supervisorDefaultCapacityHours,
          gateCriteria: { ...defaultGateCriteria },
          branding: { logoDataUrl: null, accentColor: s.accent },
          ...(s.thresholds
            ? {
                duplicateThresholds: {
                  minCapabilityOverlap: s.thresholds.a,
                  minWordOverlap: s.thresholds.b,
                },
              }
            : {}),
        },
        people,
        pilots,
        agents,
        assignments,
        supervisionLogs,
        metricDefinitions,
        metrics,
        series,
        decisions,
        lessons,
        history,
      } as PortfolioData;
    });
}
