import { TriangleAlert } from 'lucide-react';
import { Link } from 'react-router';
import { LOAD_RULE_SENTENCE, LOAD_WINDOW_DAYS } from '@shared/domain/agents';
import { formatNumber, formatPercent } from '../../components/format';
import { LoadBar } from './LoadBar';
import type { PeopleData } from './usePeopleData';

const hours = (h: number) => `${formatNumber(h, 1)} h`;

/** Every supervisor's weekly load against capacity, overloaded ones flagged and listed first. */
export function SupervisionLoadCard({ data }: { data: PeopleData }) {
  const byId = new Map(data.people.map((p) => [p.id, p]));
  const overloaded = data.loads.filter((l) => l.overloaded).length;
  return (
    <section className="card" aria-labelledby="load-heading">
      <div className="card-header">
        <h2 id="load-heading">Supervision load</h2>
        {overloaded > 0 && (
          <span className="badge overload-badge">
            <TriangleAlert size={12} aria-hidden="true" /> {formatNumber(overloaded)} overloaded
          </span>
        )}
      </div>
      <p className="card-intro muted">
        {LOAD_RULE_SENTENCE} Logged hours: the average per week over the last {LOAD_WINDOW_DAYS / 7}{' '}
        weeks ({LOAD_WINDOW_DAYS} days to today). Capacity: the person’s own, or the portfolio
        default of {hours(data.settings.supervisorDefaultCapacityHours)} a week.
      </p>
      {data.loads.length === 0 ? (
        <p className="card-body muted">
          Nobody supervises an agent yet. Choose a supervisor when you put an agent to work in a
          pilot.
        </p>
      ) : (
        <div className="table-scroll">
          <table
            className="data-table plain-head load-table"
            aria-label="Supervision load per supervisor"
          >
            <thead>
              <tr>
                <th scope="col">Supervisor</th>
                <th scope="col" className="num">
                  Planned /week
                </th>
                <th scope="col" className="num">
                  Logged /week
                </th>
                <th scope="col" className="num">
                  Load /week
                </th>
                <th scope="col" className="num">
                  Capacity
                </th>
                <th scope="col">Use of capacity</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {data.loads.map((load) => {
                const person = byId.get(load.personId);
                return (
                  <tr
                    key={load.personId}
                    className={load.overloaded ? 'row-overloaded' : undefined}
                  >
                    <td>
                      <Link className="cell-primary" to={`/people/${load.personId}`}>
                        {person?.name ?? '—'}
                      </Link>
                      <span className="cell-sub">
                        {person?.team || 'No team'} · {formatNumber(load.assignments.length)} agent
                        assignment{load.assignments.length === 1 ? '' : 's'}
                      </span>
                    </td>
                    <td className="num">{hours(load.planned)}</td>
                    <td className="num">{hours(load.logged)}</td>
                    <td className="num strong">{hours(load.load)}</td>
                    <td className="num">
                      {hours(load.capacity)}
                      {load.capacityIsDefault && <span className="cell-sub">default</span>}
                    </td>
                    <td>
                      <span className="load-cell">
                        <LoadBar utilisation={load.utilisation} overloaded={load.overloaded} />
                        <span className="load-figure">
                          {load.utilisation === null ? '—' : formatPercent(load.utilisation)}
                        </span>
                      </span>
                    </td>
                    <td>
                      {load.overloaded ? (
                        <span className="badge overload-badge">
                          <TriangleAlert size={12} aria-hidden="true" /> Overloaded
                        </span>
                      ) : (
                        <span className="badge load-ok-badge">Within capacity</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
