import { ClipboardPen, Pencil, Trash2, TriangleAlert } from 'lucide-react';
import { Link } from 'react-router';
import { correctionTotals, isAssignmentActive } from '@shared/domain/agents';
import type { Assignment } from '@shared/model';
import { Button } from '../../components/Button';
import { formatDate, formatNumber, formatPercent } from '../../components/format';
import type { AgentsData } from './useAgentsData';

export interface AssignmentActions {
  onEdit: (a: Assignment) => void;
  onLog: (a: Assignment) => void;
  onRemove: (a: Assignment) => void;
}

/**
 * Assignments as a table: on an agent's page each row is a pilot, on a pilot's tab each row is an
 * agent. Every row says whom the agent serves, who supervises it and how often they correct it.
 */
export function AssignmentsTable(
  props: {
    assignments: readonly Assignment[];
    data: AgentsData;
    subject: 'pilot' | 'agent';
    label: string;
  } & AssignmentActions,
) {
  const { data } = props;
  const logsOf = (id: string) => data.logs.filter((l) => l.assignmentId === id);
  const nameOf = (a: Assignment) =>
    props.subject === 'pilot'
      ? (data.pilotsById.get(a.pilotId)?.name ?? 'Pilot')
      : (data.usageById.get(a.agentId)?.agent.name ?? 'Agent');

  return (
    <div className="table-scroll">
      <table className="data-table plain-head assignments-table" aria-label={props.label}>
        <thead>
          <tr>
            <th scope="col">{props.subject === 'pilot' ? 'Pilot' : 'Agent'}</th>
            <th scope="col">Serves</th>
            <th scope="col">Supervisor</th>
            <th scope="col" className="num">
              h/week
            </th>
            <th scope="col">Dates</th>
            <th scope="col" className="num">
              Corrected
            </th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.assignments.map((a) => {
            const name = nameOf(a);
            const totals = correctionTotals(logsOf(a.id));
            const supervisor = a.supervisorId ? data.peopleById.get(a.supervisorId) : undefined;
            const overloaded = supervisor ? data.overloadedIds.has(supervisor.id) : false;
            const active = isAssignmentActive(a, data.today);
            const served = a.servedPersonIds.map((id) => data.peopleById.get(id)).filter((p) => p);
            return (
              <tr key={a.id} className={active ? undefined : 'row-ended'}>
                <td>
                  <Link
                    className="cell-primary"
                    to={
                      props.subject === 'pilot'
                        ? `/pilots/${a.pilotId}/agents`
                        : `/agents/${a.agentId}`
                    }
                  >
                    {name}
                  </Link>
                  {!active && <span className="cell-sub">Not active today</span>}
                </td>
                <td>
                  {served.length === 0 ? (
                    <span className="muted">Nobody yet</span>
                  ) : (
                    <span className="served-list">
                      {served.map((p, i) => (
                        <span key={p?.id}>
                          {i > 0 && ', '}
                          <Link to={`/people/${p?.id}`}>{p?.name}</Link>
                        </span>
                      ))}
                    </span>
                  )}
                </td>
                <td>
                  {supervisor ? (
                    <>
                      <Link to={`/people/${supervisor.id}`}>{supervisor.name}</Link>
                      {overloaded && (
                        <span className="badge overload-badge">
                          <TriangleAlert size={12} aria-hidden="true" /> Overloaded
                        </span>
                      )}
                    </>
                  ) : (
                    <span className="muted">None</span>
                  )}
                </td>
                <td className="num">{formatNumber(a.supervisionHoursPerWeek, 1)}</td>
                <td className="nowrap">
                  {a.startDate || a.endDate
                    ? `${formatDate(a.startDate, 'recorded')} – ${formatDate(a.endDate, 'now')}`
                    : 'Ongoing'}
                </td>
                <td className="num">
                  {totals.rate === null ? (
                    <span className="muted" title="No supervision logged yet">
                      —
                    </span>
                  ) : (
                    <span
                      title={`${formatNumber(totals.corrected)} of ${formatNumber(totals.reviewed)} items`}
                    >
                      {formatPercent(totals.rate)}
                    </span>
                  )}
                </td>
                <td>
                  <div className="row-actions">
                    <Button
                      size="sm"
                      variant="ghost"
                      onClick={() => props.onLog(a)}
                      aria-label={`Log supervision of ${name}`}
                    >
                      <ClipboardPen size={14} aria-hidden="true" /> Log
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      iconOnly
                      onClick={() => props.onEdit(a)}
                      aria-label={`Edit assignment ${name}`}
                      title="Edit"
                    >
                      <Pencil size={14} aria-hidden="true" />
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      iconOnly
                      onClick={() => props.onRemove(a)}
                      aria-label={`Remove assignment ${name}`}
                      title="Remove"
                    >
                      <Trash2 size={14} aria-hidden="true" />
                    </Button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
