import { Link } from 'react-router';
import type { CorrectionTotals } from '@shared/domain/agents';
import type { Agent, Person } from '@shared/model';
import { formatMoney, formatNumber, formatPercent } from '../../components/format';

export function AgentFacts(props: {
  agent: Agent;
  owner: Person | undefined;
  pilots: number;
  served: number;
  correction: CorrectionTotals;
  currency: string;
}) {
  const { agent, correction } = props;
  return (
    <dl className="facts">
      <div>
        <dt>Owner</dt>
        <dd>
          {props.owner ? <Link to={`/people/${props.owner.id}`}>{props.owner.name}</Link> : '—'}
        </dd>
      </div>
      <div>
        <dt>Platform</dt>
        <dd>{agent.platform || '—'}</dd>
      </div>
      <div>
        <dt>Build cost</dt>
        <dd>{formatMoney(agent.buildCost, props.currency)}</dd>
      </div>
      <div>
        <dt>Running cost</dt>
        <dd>{formatMoney(agent.monthlyRunningCost, props.currency)} a month</dd>
      </div>
      <div>
        <dt>Works in</dt>
        <dd>
          {formatNumber(props.pilots)} pilot{props.pilots === 1 ? '' : 's'}
        </dd>
      </div>
      <div>
        <dt>Serves</dt>
        <dd>
          {formatNumber(props.served)} {props.served === 1 ? 'person' : 'people'}
        </dd>
      </div>
      <div>
        <dt>Corrected</dt>
        <dd>
          {correction.rate === null
            ? 'Nothing logged yet'
            : `${formatPercent(correction.rate)} of ${formatNumber(correction.reviewed)} items`}
        </dd>
      </div>
      <div>
        <dt>Supervision logged</dt>
        <dd>{formatNumber(correction.hours, 1)} h</dd>
      </div>
    </dl>
  );
}
