import type { Agent, Assignment, Person, Pilot } from '../../model';
import { isAssignmentActive } from './activity';

export type MapNodeKind = 'pilot' | 'agent' | 'supervisor' | 'person';
export type MapEdgeKind = 'works-in' | 'supervised-by' | 'serves';

export interface MapNode {
  /** Unique in the graph: `${kind}:${entityId}` (a person is one node, whatever their roles). */
  id: string;
  kind: MapNodeKind;
  entityId: string;
  label: string;
  /** A second line: team, status, stage. */
  detail: string;
  /** A supervisor over capacity. */
  overloaded: boolean;
}

export interface MapEdge {
  id: string;
  /** Drawn left to right: pilot → agent → person. */
  source: string;
  target: string;
  kind: MapEdgeKind;
}

export interface OrchestrationGraph {
  nodes: MapNode[];
  edges: MapEdge[];
}

export interface OrchestrationInput {
  pilots: readonly Pilot[];
  agents: readonly Agent[];
  people: readonly Person[];
  assignments: readonly Assignment[];
  today: string;
  /** Only this pilot's assignments; the whole portfolio when absent. */
  pilotId?: string;
  /** Include the people agents serve (supervisors are always shown). */
  includeServed: boolean;
  overloadedPersonIds?: ReadonlySet<string>;
}

/**
 * Who works with whom today, as three columns read left to right: pilots, the agents working in
 * them, and the people around each agent — its supervisor and the people it serves. Built from
 * active assignments only; the layout itself is left to a graph-layout library.
 */
export function buildOrchestrationGraph(input: OrchestrationInput): OrchestrationGraph {
  const pilots = new Map(input.pilots.map((p) => [p.id, p]));
  const agents = new Map(input.agents.map((a) => [a.id, a]));
  const people = new Map(input.people.map((p) => [p.id, p]));
  const active = input.assignments.filter(
    (a) =>
      isAssignmentActive(a, input.today) &&
      (input.pilotId === undefined || a.pilotId === input.pilotId) &&
      pilots.has(a.pilotId) &&
      agents.has(a.agentId),
  );
  const supervisors = new Set(
    active.map((a) => a.supervisorId).filter((id): id is string => id !== null),
  );

  const nodes = new Map<string, MapNode>();
  const edges = new Map<string, MapEdge>();
  const addPerson = (id: string): string | null => {
    const person = people.get(id);
    if (!person) return null;
    const kind: MapNodeKind = supervisors.has(id) ? 'supervisor' : 'person';
    const nodeId = `person:${id}`;
    if (!nodes.has(nodeId)) {
      nodes.set(nodeId, {
        id: nodeId,
        kind,
        entityId: id,
        label: person.name,
        detail: person.team,
        overloaded: input.overloadedPersonIds?.has(id) ?? false,
      });
    }
    return nodeId;
  };
  const addEdge = (source: string, target: string, kind: MapEdgeKind) => {
    const id = `${kind}:${source}>${target}`;
    if (!edges.has(id)) edges.set(id, { id, source, target, kind });
  };

  for (const a of active) {
    const pilot = pilots.get(a.pilotId);
    const agent = agents.get(a.agentId);
    if (!pilot || !agent) continue;
    const pilotNode = `pilot:${pilot.id}`;
    const agentNode = `agent:${agent.id}`;
    nodes.set(pilotNode, {
      id: pilotNode,
      kind: 'pilot',
      entityId: pilot.id,
      label: pilot.name,
      detail: pilot.businessUnit,
      overloaded: false,
    });
    nodes.set(agentNode, {
      id: agentNode,
      kind: 'agent',
      entityId: agent.id,
      label: agent.name,
      detail: agent.platform,
      overloaded: false,
    });
    addEdge(pilotNode, agentNode, 'works-in');
    if (a.supervisorId) {
      const node = addPerson(a.supervisorId);
      if (node) addEdge(agentNode, node, 'supervised-by');
    }
    if (input.includeServed) {
      for (const id of a.servedPersonIds) {
        const node = addPerson(id);
        if (node) addEdge(agentNode, node, 'serves');
      }
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
