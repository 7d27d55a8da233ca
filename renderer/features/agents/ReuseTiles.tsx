import { REUSE_RULE_SENTENCE, type ReuseSummary } from '@shared/domain/agents';
import { formatMoney, formatNumber, formatPercent } from '../../components/format';

/** The headline figures of the registry: reuse and what duplication costs. */
export function ReuseTiles(props: {
  reuse: ReuseSummary;
  registered: number;
  duplicationCost: number;
  clusters: number;
  currency: string;
}) {
  const { reuse } = props;
  return (
    <section className="tiles" aria-label="Reuse and duplication">
      <div className="card tile">
        <div className="tile-label">Agents in use</div>
        <div className="tile-value">{formatNumber(reuse.agentsInUse)}</div>
        <div className="tile-note">of {formatNumber(props.registered)} registered</div>
      </div>
      <div className="card tile">
        <div className="tile-label">Reuse rate</div>
        <div className="tile-value">
          {reuse.reuseRate === null ? '—' : formatPercent(reuse.reuseRate)}
        </div>
        <div className="tile-note" title={REUSE_RULE_SENTENCE}>
          {formatNumber(reuse.acrossPilots)} work in more than one pilot
        </div>
      </div>
      <div className="card tile">
        <div className="tile-label">Serve several people or pilots</div>
        <div className="tile-value">{formatNumber(reuse.reused)}</div>
        <div className="tile-note">
          {formatNumber(reuse.servingSeveralPeople)} serve more than one person
        </div>
      </div>
      <div className="card tile">
        <div className="tile-label">Duplication cost per year</div>
        <div className="tile-value">{formatMoney(props.duplicationCost, props.currency)}</div>
        <div className="tile-note">
          in {formatNumber(props.clusters)} cluster{props.clusters === 1 ? '' : 's'} of look-alike
          agents
        </div>
      </div>
    </section>
  );
}
