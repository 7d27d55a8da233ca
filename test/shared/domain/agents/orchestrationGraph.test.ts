import { describe, expect, it } from 'vitest';
import { buildOrchestrationGraph } from '@shared/domain/agents';
import type { Pilot } from '@shared/model';
import { agent, assignment, id, person } from './fixtures';

function pilot(name: string): Pilot {
  return {
    id: id(),
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
    name,
    summary: '',
    problem: '',
    hypothesis: '',
    businessUnit: 'Finance',
    sponsorId: null,
    leadId: null,
    stage: 'pilot',
    startDate: null,
    nextReviewDate: null,
    endDate: null,
    tags: [],
    budget: 0,
    fte: 0,
    agentSeats: 0,
  };
}

describe('buildOrchestrationGraph', () => {
  const a = pilot('Pilot A');
  const b = pilot('Pilot B');
  const sam = person({ name: 'Sam' });
  const ana = person({ name: 'Ana' });
  const ben = person({ name: 'Ben' });
  const reader = agent({ name: 'Invoice reader' });
  const assignments = [
    assignment({
      agentId: reader.id,
      pilotId: a.id,
      supervisorId: sam.id,
      servedPersonIds: [sam.id, ana.id],
    }),
    assignment({ agentId: reader.id, pilotId: b.id, servedPersonIds: [ben.id] }),
    assignment({
      agentId: reader.id,
      pilotId: b.id,
      servedPersonIds: [ana.id],
      endDate: '2026-01-01',
    }),
  ];
  const base = {
    pilots: [a, b],
    agents: [reader],
    people: [sam, ana, ben],
    assignments,
    today: '2026-06-30',
    overloadedPersonIds: new Set([sam.id]),
  };

  it('links pilots to agents and agents to their supervisors and served people, once each', () => {
    const graph = buildOrchestrationGraph({ ...base, includeServed: true });
    expect(graph.nodes.map((n) => [n.kind, n.label, n.overloaded])).toEqual([
      ['pilot', 'Pilot A', false],
      ['agent', 'Invoice reader', false],
      // Sam supervises and is served: one node, shown as a supervisor.
      ['supervisor', 'Sam', true],
      ['person', 'Ana', false],
      ['pilot', 'Pilot B', false],
      ['person', 'Ben', false],
    ]);
    expect(graph.edges.map((e) => e.kind)).toEqual([
      'works-in',
      'supervised-by',
      'serves',
      'serves',
      'works-in',
      'serves',
    ]);
  });

  it('narrows to one pilot and can leave out the people served', () => {
    const graph = buildOrchestrationGraph({ ...base, pilotId: b.id, includeServed: false });
    expect(graph.nodes.map((n) => n.label)).toEqual(['Pilot B', 'Invoice reader']);
    expect(graph.edges).toHaveLength(1);
  });
});
