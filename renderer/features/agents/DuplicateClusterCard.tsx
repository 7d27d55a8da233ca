import { Check } from 'lucide-react';
import { Link } from 'react-router';
import type { DuplicateCluster, KeepReason } from '@shared/domain/agents';
import { Button } from '../../components/Button';
import { formatMoney, formatNumber, formatPercent } from '../../components/format';
import type { AgentsData } from './useAgentsData';

const REASONS: Record<KeepReason, (n: { pilots: number; people: number }) => string> = {
  'most-pilots': ({ pilots }) => `it already works in the most pilots (${formatNumber(pilots)})`,
  'most-people': ({ people }) => `it serves the most people (${formatNumber(people)})`,
  cheapest: () => 'it is the cheapest to run',
  'first-by-name': () => 'they are alike on every count, so the first by name',
};

/** One cluster of look-alike agents: what it costs a year and which agent to keep. */
export function DuplicateClusterCard(props: {
  cluster: DuplicateCluster;
  data: AgentsData;
  onDismiss: (cluster: DuplicateCluster) => void;
}) {
  const { cluster, data } = props;
  const currency = data.settings.currency;
  const agentName = (id: string) => data.usageById.get(id)?.agent.name ?? 'Agent';
  const keep = data.usageById.get(cluster.keepAgentId);
  const title = cluster.sharedCapabilities.length
    ? cluster.sharedCapabilities.join(', ')
    : agentName(cluster.keepAgentId);
  const headingId = `cluster-${cluster.key.replace(/[^a-z0-9]/gi, '').slice(0, 24)}`;
  const others = cluster.agentIds.length - 1;

  return (
    <article className="cluster" aria-labelledby={headingId}>
      <header className="cluster-header">
        <div>
          <h3 id={headingId}>
            {formatNumber(cluster.agentIds.length)} agents doing {title}
          </h3>
          <p className="muted">
            In {formatNumber(cluster.pilotIds.length)} pilots:{' '}
            {cluster.pilotIds.map((id) => data.pilotsById.get(id)?.name ?? '—').join(', ')}
          </p>
        </div>
        <div className="cluster-cost">
          <span className="cluster-cost-value">{formatMoney(cluster.yearlyCost, currency)}</span>
          <span className="muted">a year in duplication</span>
        </div>
      </header>
      <table className="data-table plain-head cluster-table">
        <caption className="visually-hidden">Agents in this cluster</caption>
        <thead>
          <tr>
            <th scope="col">Agent</th>
            <th scope="col">Pilots</th>
            <th scope="col" className="num">
              People served
            </th>
            <th scope="col" className="num">
              Per month
            </th>
            <th scope="col" className="num">
              Build cost
            </th>
          </tr>
        </thead>
        <tbody>
          {cluster.agentIds.map((id) => {
            const usage = data.usageById.get(id);
            if (!usage) return null;
            const kept = id === cluster.keepAgentId;
            return (
              <tr key={id}>
                <td>
                  <Link className="cell-primary" to={`/agents/${id}`}>
                    {usage.agent.name}
                  </Link>
                  {kept && (
                    <span className="badge keep-badge">
                      <Check size={12} aria-hidden="true" /> Keep
                    </span>
                  )}
                </td>
                <td>{usage.pilotIds.map((p) => data.pilotsById.get(p)?.name ?? '—').join(', ')}</td>
                <td className="num">{formatNumber(usage.servedPersonIds.length)}</td>
                <td className="num">{formatMoney(usage.agent.monthlyRunningCost, currency)}</td>
                <td className="num">{formatMoney(usage.agent.buildCost, currency)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <footer className="cluster-footer">
        <p>
          <strong>Suggestion:</strong> keep “{keep?.agent.name}”:{' '}
          {REASONS[cluster.keepReason]({
            pilots: keep?.pilotIds.length ?? 0,
            people: keep?.servedPersonIds.length ?? 0,
          })}
          . Moving the other {formatNumber(others)} onto it saves about{' '}
          {formatMoney(cluster.yearlyCost, currency)} a year.{' '}
          <span className="muted">
            Build cost already spent on the copies: {formatMoney(cluster.sunkBuildCost, currency)}.
          </span>
        </p>
        <details>
          <summary>Why they look alike</summary>
          <ul className="reason-list">
            {cluster.pairs.map((p) => (
              <li key={p.agentIds.join()}>
                {agentName(p.agentIds[0])} and {agentName(p.agentIds[1])}:{' '}
                {formatPercent(p.capabilityOverlap)} of capabilities and{' '}
                {formatPercent(p.wordOverlap)} of name and purpose words shared
              </li>
            ))}
          </ul>
        </details>
        <Button size="sm" onClick={() => props.onDismiss(cluster)}>
          Not duplicates
        </Button>
      </footer>
    </article>
  );
}
