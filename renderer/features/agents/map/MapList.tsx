import type { OrchestrationGraph } from '@shared/domain/agents';
import { nodeHref } from './nodeText';

/** The map as nested lists — pilot, its agents, each agent's supervisor and people served. */
export function MapList({ graph }: { graph: OrchestrationGraph }) {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const out = (source: string, kind: string) =>
    graph.edges
      .filter((e) => e.source === source && e.kind === kind)
      .map((e) => byId.get(e.target))
      .filter((n) => n !== undefined);
  const pilots = graph.nodes.filter((n) => n.kind === 'pilot');
  return (
    <ul className="map-list">
      {pilots.map((pilot) => (
        <li key={pilot.id}>
          <a href={nodeHref(pilot)}>{pilot.label}</a>
          <ul>
            {out(pilot.id, 'works-in').map((agent) => {
              const supervisors = out(agent.id, 'supervised-by');
              const served = out(agent.id, 'serves');
              return (
                <li key={agent.id}>
                  <a href={nodeHref(agent)}>{agent.label}</a>
                  {' — supervised by '}
                  {supervisors.length
                    ? supervisors.map((p, i) => (
                        <span key={p.id}>
                          {i > 0 && ', '}
                          <a href={nodeHref(p)}>{p.label}</a>
                          {p.overloaded && ' (overloaded)'}
                        </span>
                      ))
                    : 'nobody'}
                  {served.length > 0 && (
                    <>
                      {'; serves '}
                      {served.map((p, i) => (
                        <span key={p.id}>
                          {i > 0 && ', '}
                          <a href={nodeHref(p)}>{p.label}</a>
                        </span>
                      ))}
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ul>
  );
}
