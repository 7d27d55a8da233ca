import { pilotCost } from '@shared/domain';
import { COST_RULE_SENTENCES, type AttributedAgentCost } from '@shared/domain/agents';
import { formatDate, formatMoney, formatNumber } from '../../components/format';

/** What the pilot's agents cost it, itemised, with the rules that divide shared costs. */
export function PilotAgentCostCard(props: {
  shares: readonly AttributedAgentCost[];
  agentName: (id: string) => string;
  currency: string;
}) {
  const { shares, currency } = props;
  const cost = pilotCost({ budget: 0, agents: shares });
  const money = (v: number) => formatMoney(v, currency);
  return (
    <section className="card" aria-labelledby="agent-cost-heading">
      <div className="card-header">
        <h2 id="agent-cost-heading">Cost attributed to this pilot</h2>
        <span
          className="agent-cost-total"
          aria-label={`Agents’ cost to this pilot: ${money(cost.agents)}`}
        >
          {money(cost.agents)}
        </span>
      </div>
      <div className="card-body stack">
        <dl className="facts">
          <div>
            <dt>Build cost shares</dt>
            <dd>{money(cost.agentBuild)}</dd>
          </div>
          <div>
            <dt>Running cost</dt>
            <dd>{money(cost.agentRunning)}</dd>
          </div>
          <div>
            <dt>Supervision</dt>
            <dd>{money(cost.supervision)}</dd>
          </div>
        </dl>
        {shares.length > 0 && (
          <div className="table-scroll">
            <table className="data-table plain-head">
              <caption className="visually-hidden">
                Agents’ cost to this pilot, by assignment
              </caption>
              <thead>
                <tr>
                  <th scope="col">Agent</th>
                  <th scope="col" className="num">
                    Build share
                  </th>
                  <th scope="col" className="num">
                    Running
                  </th>
                  <th scope="col" className="num">
                    Supervision
                  </th>
                  <th scope="col" className="num">
                    Total
                  </th>
                </tr>
              </thead>
              <tbody>
                {shares.map((s) => {
                  const running = s.monthlyRunningCost * s.months;
                  const supervision = s.supervisionHours * s.supervisionHourlyCost;
                  return (
                    <tr key={s.assignmentId}>
                      <td>{props.agentName(s.agentId)}</td>
                      <td className="num" title={`Build cost ÷ ${s.pilotsSharingBuild} pilots`}>
                        {money(s.buildCostShare)}
                        <span className="cell-sub">
                          ÷ {formatNumber(s.pilotsSharingBuild)} pilot
                          {s.pilotsSharingBuild === 1 ? '' : 's'}
                        </span>
                      </td>
                      <td className="num">
                        {money(running)}
                        <span className="cell-sub">
                          {formatNumber(s.months, 1)} months from {formatDate(s.from)}
                        </span>
                      </td>
                      <td className="num">
                        {money(supervision)}
                        <span className="cell-sub">
                          {formatNumber(s.supervisionHours, 1)} h × {money(s.supervisionHourlyCost)}
                        </span>
                      </td>
                      <td className="num">{money(s.buildCostShare + running + supervision)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <details className="rule-box">
          <summary>How agents’ costs are shared between pilots</summary>
          <ul className="reason-list">
            {COST_RULE_SENTENCES.map((s) => (
              <li key={s}>{s}</li>
            ))}
            <li>This cost is part of the pilot’s total cost and ROI.</li>
          </ul>
        </details>
      </div>
    </section>
  );
}
