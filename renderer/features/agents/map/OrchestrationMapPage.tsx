import { ArrowLeft } from 'lucide-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { buildOrchestrationGraph } from '@shared/domain/agents';
import { formatNumber } from '../../../components/format';
import { PageHeader } from '../../../components/PageHeader';
import { useAgentsData } from '../useAgentsData';
import { OrchestrationMap } from './OrchestrationMap';

/** People ↔ agents ↔ pilots across the portfolio, or for one pilot. */
export function OrchestrationMapPage() {
  const data = useAgentsData();
  const [pilotId, setPilotId] = useState('');
  const [includeServed, setIncludeServed] = useState(true);
  const graph = useMemo(
    () =>
      data
        ? buildOrchestrationGraph({
            pilots: [...data.pilotsById.values()],
            agents: data.agents,
            people: data.people,
            assignments: data.assignments,
            today: data.today,
            includeServed,
            overloadedPersonIds: data.overloadedIds,
            ...(pilotId ? { pilotId } : {}),
          })
        : null,
    [data, pilotId, includeServed],
  );

  if (!data || !graph) {
    return (
      <div className="loading" role="status">
        Loading the map…
      </div>
    );
  }
  const count = (kinds: string[]) => graph.nodes.filter((n) => kinds.includes(n.kind)).length;
  const pilots = [...data.pilotsById.values()].sort((a, b) => a.name.localeCompare(b.name));
  const scope = pilotId ? (data.pilotsById.get(pilotId)?.name ?? 'pilot') : 'the portfolio';

  return (
    <div className="page-inner">
      <div>
        <Link to="/agents" className="back-link">
          <ArrowLeft size={15} aria-hidden="true" /> Agents
        </Link>
      </div>
      <PageHeader
        title="Orchestration map"
        description="Which agents work in which pilots, who supervises each of them and whom they serve — today’s active assignments. Hover or focus a node to see its connections; Enter opens its page."
      />
      <section className="card" aria-label={`Map of ${scope}`}>
        <div className="table-toolbar">
          <select
            className="select"
            aria-label="Show the map of"
            value={pilotId}
            onChange={(e) => setPilotId(e.target.value)}
          >
            <option value="">The whole portfolio</option>
            {pilots.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <label className="checkbox-label">
            <input
              type="checkbox"
              checked={includeServed}
              onChange={(e) => setIncludeServed(e.target.checked)}
            />
            Show the people agents serve
          </label>
          <span className="muted map-counts" role="status">
            {formatNumber(count(['pilot']))} pilots · {formatNumber(count(['agent']))} agents ·{' '}
            {formatNumber(count(['supervisor']))} supervisors
            {includeServed && ` · ${formatNumber(count(['person']))} people served`}
          </span>
        </div>
        <div className="card-body">
          <OrchestrationMap graph={graph} label={`Orchestration map of ${scope}`} />
        </div>
      </section>
    </div>
  );
}
