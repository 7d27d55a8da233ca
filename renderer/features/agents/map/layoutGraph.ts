import dagre from '@dagrejs/dagre';
import type { MapEdge, MapNode, MapNodeKind, OrchestrationGraph } from '@shared/domain/agents';
import { NODE_HEIGHT, NODE_WIDTH } from './mapSizes';

/** Room above the first row for the column headings. */
const HEADER = 36;

export interface PlacedNode extends MapNode {
  /** Top-left corner. */
  x: number;
  y: number;
}

export interface PlacedEdge extends MapEdge {
  from: { x: number; y: number };
  to: { x: number; y: number };
}

export interface MapLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  width: number;
  height: number;
  /** Where each column's heading goes (its centre), for the kinds present. */
  columns: { title: string; x: number }[];
}

const COLUMN_TITLES: Record<'pilot' | 'agent' | 'people', string> = {
  pilot: 'Pilots',
  agent: 'Agents',
  people: 'People',
};
const columnOf = (kind: MapNodeKind): 'pilot' | 'agent' | 'people' =>
  kind === 'pilot' || kind === 'agent' ? kind : 'people';

/**
 * Places the nodes with dagre's layered (Sugiyama) layout, left to right — pilots, agents, people —
 * ordering each column to keep crossings few. Edges are drawn from the right side of their source
 * to the left side of their target, as every edge joins two neighbouring columns.
 * This module (and dagre with it) is loaded only when a map is shown.
 */
export function layoutGraph(graph: OrchestrationGraph): MapLayout {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'LR', nodesep: 12, ranksep: 150, marginx: 12, marginy: 12 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes) g.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const edge of graph.edges) g.setEdge(edge.source, edge.target);
  dagre.layout(g);

  const placed = new Map<string, PlacedNode>();
  for (const node of graph.nodes) {
    const label = g.node(node.id) as { x?: number; y?: number } | undefined;
    placed.set(node.id, {
      ...node,
      x: (label?.x ?? 0) - NODE_WIDTH / 2,
      y: (label?.y ?? 0) - NODE_HEIGHT / 2 + HEADER,
    });
  }
  // Tab order follows the picture: column by column, top to bottom.
  const order = { pilot: 0, agent: 1, people: 2 };
  const nodes = [...placed.values()].sort(
    (a, b) => order[columnOf(a.kind)] - order[columnOf(b.kind)] || a.y - b.y,
  );
  const edges: PlacedEdge[] = [];
  for (const edge of graph.edges) {
    const s = placed.get(edge.source);
    const t = placed.get(edge.target);
    if (!s || !t) continue;
    edges.push({
      ...edge,
      from: { x: s.x + NODE_WIDTH, y: s.y + NODE_HEIGHT / 2 },
      to: { x: t.x, y: t.y + NODE_HEIGHT / 2 },
    });
  }
  const columnX = new Map<string, number>();
  for (const n of nodes) columnX.set(columnOf(n.kind), n.x + NODE_WIDTH / 2);
  const size = g.graph() as { width?: number; height?: number };
  return {
    nodes,
    edges,
    width: Math.max(size.width ?? 0, NODE_WIDTH),
    height: (size.height ?? 0) + HEADER,
    columns: [...columnX.entries()].map(([key, x]) => ({
      title: COLUMN_TITLES[key as keyof typeof COLUMN_TITLES],
      x,
    })),
  };
}
