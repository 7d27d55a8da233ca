import { Minus, Plus } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { OrchestrationGraph } from '@shared/domain/agents';
import { Button } from '../../../components/Button';
import { formatPercent } from '../../../components/format';
import type { MapLayout } from './layoutGraph';
import { layoutOffThread } from './layoutOffThread';
import { MapList } from './MapList';
import { NODE_HEIGHT, NODE_WIDTH } from './mapSizes';
import { nodeHref, nodeName, truncate } from './nodeText';

const ZOOMS = [0.5, 0.65, 0.8, 1, 1.25, 1.5];

/**
 * People ↔ agents ↔ pilots as an SVG diagram, laid out in a worker when the map is shown;
 * every node is a link (Tab reaches it, Enter opens its page), and hovering or focusing a node
 * highlights its connections, which keeps a 200-node map readable. The same content is offered
 * as nested lists.
 */
export function OrchestrationMap(props: { graph: OrchestrationGraph; label: string }) {
  const { graph } = props;
  const [layout, setLayout] = useState<{ graph: OrchestrationGraph; layout: MapLayout } | null>(
    null,
  );
  const [failed, setFailed] = useState<string | null>(null);
  const [zoom, setZoom] = useState(3);
  const [asList, setAsList] = useState(false);
  const [active, setActive] = useState<string | null>(null);

  useEffect(() => {
    if (graph.nodes.length === 0) return;
    let cancelled = false;
    const pending = layoutOffThread(graph);
    pending.result
      .then((result) => {
        if (!cancelled) setLayout({ graph, layout: result });
      })
      .catch((error: unknown) => {
        if (!cancelled) setFailed(error instanceof Error ? error.message : String(error));
      });
    return () => {
      cancelled = true;
      pending.cancel();
    };
  }, [graph]);

  if (graph.nodes.length === 0) {
    return (
      <p className="empty-inline">
        No agent is working in a pilot yet, so there is nothing to map.
      </p>
    );
  }
  const current = layout?.graph === graph ? layout.layout : null;
  const scale = ZOOMS[zoom] ?? 1;
  const linked = new Set<string>();
  if (active) {
    linked.add(active);
    for (const e of graph.edges) {
      if (e.source === active) linked.add(e.target);
      if (e.target === active) linked.add(e.source);
    }
  }

  return (
    <div className="map">
      <div className="map-toolbar">
        <ul className="map-legend" aria-label="Legend">
          <li>
            <span className="map-swatch map-node-pilot" aria-hidden="true" /> Pilot
          </li>
          <li>
            <span className="map-swatch map-node-agent" aria-hidden="true" /> Agent
          </li>
          <li>
            <span className="map-swatch map-node-supervisor" aria-hidden="true" /> Supervisor
          </li>
          <li>
            <span className="map-swatch map-node-person" aria-hidden="true" /> Person served
          </li>
          <li>
            <span className="map-swatch map-node-supervisor is-overloaded" aria-hidden="true" />{' '}
            Overloaded
          </li>
          <li>
            <span className="map-line map-edge-supervised-by" aria-hidden="true" /> supervised by
          </li>
          <li>
            <span className="map-line map-edge-serves" aria-hidden="true" /> serves
          </li>
        </ul>
        <div className="page-actions">
          {!asList && (
            <>
              <Button
                size="sm"
                iconOnly
                aria-label="Zoom out"
                title="Zoom out"
                disabled={zoom === 0}
                onClick={() => setZoom((z) => Math.max(0, z - 1))}
              >
                <Minus size={14} aria-hidden="true" />
              </Button>
              <span className="map-zoom" aria-live="polite">
                {formatPercent(scale)}
              </span>
              <Button
                size="sm"
                iconOnly
                aria-label="Zoom in"
                title="Zoom in"
                disabled={zoom === ZOOMS.length - 1}
                onClick={() => setZoom((z) => Math.min(ZOOMS.length - 1, z + 1))}
              >
                <Plus size={14} aria-hidden="true" />
              </Button>
            </>
          )}
          <Button
            size="sm"
            variant="ghost"
            aria-pressed={asList}
            onClick={() => setAsList((v) => !v)}
          >
            {asList ? 'Show as map' : 'Show as list'}
          </Button>
        </div>
      </div>
      {asList ? (
        <MapList graph={graph} />
      ) : failed ? (
        <p className="field-error" role="alert">
          The map could not be laid out: {failed}. Show it as a list instead.
        </p>
      ) : !current ? (
        <div className="loading" role="status">
          Laying out the map…
        </div>
      ) : (
        <div className="map-scroll">
          <svg
            className={`map-svg${active ? ' has-active' : ''}`}
            width={current.width * scale}
            height={current.height * scale}
            viewBox={`0 0 ${current.width} ${current.height}`}
            role="group"
            aria-label={props.label}
          >
            {current.columns.map((c) => (
              <text key={c.title} x={c.x} y={16} className="map-column-title" textAnchor="middle">
                {c.title}
              </text>
            ))}
            <g aria-hidden="true">
              {current.edges.map((e) => {
                const mid = (e.from.x + e.to.x) / 2;
                const on = active !== null && (e.source === active || e.target === active);
                return (
                  <path
                    key={e.id}
                    className={`map-edge map-edge-${e.kind}${on ? ' is-active' : ''}`}
                    d={`M${e.from.x},${e.from.y} C${mid},${e.from.y} ${mid},${e.to.y} ${e.to.x},${e.to.y}`}
                  />
                );
              })}
            </g>
            {current.nodes.map((n) => {
              const sub = n.overloaded ? `Overloaded${n.detail ? ` · ${n.detail}` : ''}` : n.detail;
              const round = n.kind === 'person' || n.kind === 'supervisor';
              return (
                <a
                  key={n.id}
                  href={nodeHref(n)}
                  className={`map-node map-node-${n.kind}${n.overloaded ? ' is-overloaded' : ''}${
                    linked.has(n.id) ? ' is-linked' : ''
                  }`}
                  aria-label={nodeName(n)}
                  onMouseEnter={() => setActive(n.id)}
                  onMouseLeave={() => setActive(null)}
                  onFocus={() => setActive(n.id)}
                  onBlur={() => setActive(null)}
                >
                  <title>{nodeName(n)}</title>
                  <rect
                    x={n.x}
                    y={n.y}
                    width={NODE_WIDTH}
                    height={NODE_HEIGHT}
                    rx={round ? NODE_HEIGHT / 2 : 8}
                  />
                  <text x={n.x + 14} y={n.y + (sub ? 17 : 25)} className="map-node-label">
                    {truncate(n.label, 26)}
                  </text>
                  {sub && (
                    <text x={n.x + 14} y={n.y + 32} className="map-node-detail">
                      {truncate(sub, 30)}
                    </text>
                  )}
                </a>
              );
            })}
          </svg>
        </div>
      )}
    </div>
  );
}
