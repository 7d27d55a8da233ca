import type { MapNode, MapNodeKind } from '@shared/domain/agents';

export const KIND_LABELS: Record<MapNodeKind, string> = {
  pilot: 'Pilot',
  agent: 'Agent',
  supervisor: 'Supervisor',
  person: 'Person served',
};

/** Where a node's link goes: the page of the pilot, agent or person it stands for. */
export function nodeHref(node: Pick<MapNode, 'kind' | 'entityId'>): string {
  switch (node.kind) {
    case 'pilot':
      return `#/pilots/${node.entityId}/agents`;
    case 'agent':
      return `#/agents/${node.entityId}`;
    default:
      return `#/people/${node.entityId}`;
  }
}

/** Shortens a label to fit its box; the full text stays in the node's title and accessible name. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function nodeName(node: MapNode): string {
  return (
    `${KIND_LABELS[node.kind]} ${node.label}` +
    (node.detail ? `, ${node.detail}` : '') +
    (node.overloaded ? ', overloaded' : '')
  );
}
