import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayToIso, isoToDay } from '@shared/dates';
import { attributeAgentCosts } from '@shared/domain/agents';
import { agent, assignment } from './fixtures';
import { sharedRunningCostByDay } from './costAttributionOracle';

const PILOTS = ['pilot-a', 'pilot-b', 'pilot-c'];
// Two years and a bit around a leap day, so months of 28, 29, 30 and 31 days all occur.
const day = fc.integer({ min: 19_700, max: 20_500 });
const maybeDay = fc.option(day, { nil: null });

const portfolioArb = fc.record({
  monthlyCosts: fc.array(fc.double({ min: 0, max: 50_000, noNaN: true }), {
    minLength: 1,
    maxLength: 3,
  }),
  assignments: fc.array(
    fc.record({
      agent: fc.nat(2),
      pilot: fc.constantFrom(...PILOTS),
      created: day,
      start: maybeDay,
      end: maybeDay,
    }),
    { minLength: 1, maxLength: 10 },
  ),
  today: day,
});

describe('attributeAgentCosts running cost', () => {
  it('is, to the last bit, the day-by-day split among the pilots sharing the agent', () => {
    fc.assert(
      fc.property(portfolioArb, (p) => {
        const agents = p.monthlyCosts.map((monthlyRunningCost, i) =>
          agent({ name: `Agent ${i}`, monthlyRunningCost }),
        );
        const assignments = p.assignments.map((a) => {
          const of = agents[a.agent % agents.length] ?? agents[0];
          return assignment({
            agentId: of?.id ?? '',
            pilotId: a.pilot,
            createdAt: `${dayToIso(a.created)}T10:00:00.000Z`,
            startDate: a.start === null ? null : dayToIso(a.start),
            endDate: a.end === null ? null : dayToIso(a.end),
          });
        });
        const byId = new Map(agents.map((a) => [a.id, a]));
        for (const pilotId of PILOTS) {
          const shares = attributeAgentCosts({
            pilotId,
            assignments,
            agents: byId,
            logs: [],
            people: new Map(),
            supervisionHourlyCost: 60,
            today: dayToIso(p.today),
          });
          for (const share of shares) {
            const monthlyCost = byId.get(share.agentId)?.monthlyRunningCost ?? 0;
            const running = sharedRunningCostByDay(
              monthlyCost,
              pilotId,
              isoToDay(share.from),
              isoToDay(share.to),
              assignments.filter((a) => a.agentId === share.agentId),
            );
            expect(share.monthlyRunningCost).toBe(
              share.months > 0 ? running / share.months : monthlyCost,
            );
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
