import { ArrowLeft, Pencil, Trash2, TriangleAlert, User } from 'lucide-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Assignment } from '@shared/model';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { formatMoney, formatNumber, formatPercent } from '../../components/format';
import { LoadBar } from './LoadBar';
import { PersonDialog } from './PersonDialog';
import { ROLE_LABELS } from './personForm';
import { usePeopleData, type PeopleData } from './usePeopleData';
import { usePersonDelete } from './usePersonDelete';

function AssignmentList(props: {
  assignments: Assignment[];
  data: PeopleData;
  empty: string;
  hours?: boolean;
}) {
  if (props.assignments.length === 0) return <p className="muted">{props.empty}</p>;
  return (
    <ul className="link-list">
      {props.assignments.map((a) => (
        <li key={a.id}>
          <Link to={`/agents/${a.agentId}`}>
            {props.data.agentsById.get(a.agentId)?.name ?? 'Agent'}
          </Link>{' '}
          in{' '}
          <Link to={`/pilots/${a.pilotId}/agents`}>
            {props.data.pilotsById.get(a.pilotId)?.name ?? 'pilot'}
          </Link>
          {props.hours && (
            <span className="muted">
              {' '}
              · {formatNumber(a.supervisionHoursPerWeek, 1)} h/week planned
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** One person: their supervision load and the agents they supervise or are served by. */
export function PersonPage() {
  const { personId = '' } = useParams();
  const navigate = useNavigate();
  const data = usePeopleData();
  const [editing, setEditing] = useState(false);
  const deletion = usePersonDelete(() => void navigate('/people'));
  const person = data?.people.find((p) => p.id === personId);

  if (!data) {
    return (
      <div className="loading" role="status">
        Loading person…
      </div>
    );
  }
  if (!person) {
    return (
      <div className="page-inner">
        <h1 className="visually-hidden">Person not found</h1>
        <EmptyState
          icon={<User />}
          title="This person is not in the portfolio"
          actions={
            <Link className="btn" to="/people">
              Back to people
            </Link>
          }
        >
          They may have been deleted, or belong to another portfolio.
        </EmptyState>
      </div>
    );
  }
  const load = data.loadOf.get(person.id);
  const capacity = person.oversightCapacityHours ?? data.settings.supervisorDefaultCapacityHours;

  return (
    <div className="page-inner">
      <div>
        <Link to="/people" className="back-link">
          <ArrowLeft size={15} aria-hidden="true" /> All people
        </Link>
      </div>
      <section className="card pilot-header" aria-labelledby="person-title">
        <div className="pilot-header-top">
          <div className="pilot-title-row">
            <h1 id="person-title">{person.name}</h1>
            <span className="badge">{ROLE_LABELS[person.role]}</span>
            {load?.overloaded && (
              <span className="badge overload-badge">
                <TriangleAlert size={12} aria-hidden="true" /> Overloaded
              </span>
            )}
          </div>
          <div className="page-actions">
            <Button onClick={() => setEditing(true)}>
              <Pencil size={15} aria-hidden="true" /> Edit
            </Button>
            <Button
              variant="ghost"
              onClick={() => deletion.ask(person)}
              aria-label={`Delete ${person.name}`}
            >
              <Trash2 size={15} aria-hidden="true" /> Delete
            </Button>
          </div>
        </div>
        <dl className="facts">
          <div>
            <dt>Team</dt>
            <dd>{person.team || '—'}</dd>
          </div>
          <div>
            <dt>E-mail</dt>
            <dd>{person.email || '—'}</dd>
          </div>
          <div>
            <dt>Hourly cost</dt>
            <dd>
              {person.hourlyCost === null
                ? `Portfolio rate (${formatMoney(data.settings.supervisionHourlyCost, data.settings.currency)})`
                : formatMoney(person.hourlyCost, data.settings.currency)}
            </dd>
          </div>
          <div>
            <dt>Oversight capacity</dt>
            <dd>
              {formatNumber(capacity, 1)} h/week
              {person.oversightCapacityHours === null ? ' (default)' : ''}
            </dd>
          </div>
          <div>
            <dt>Supervision load</dt>
            <dd className="load-cell">
              {load ? (
                <>
                  {formatNumber(load.load, 1)} h/week
                  <LoadBar utilisation={load.utilisation} overloaded={load.overloaded} />
                  {load.utilisation !== null && formatPercent(load.utilisation)}
                </>
              ) : (
                'Supervises nothing'
              )}
            </dd>
          </div>
        </dl>
      </section>
      <div className="grid-2">
        <section className="card" aria-labelledby="supervises-heading">
          <div className="card-header">
            <h2 id="supervises-heading">Supervises</h2>
          </div>
          <div className="card-body">
            <AssignmentList
              assignments={data.supervises.get(person.id) ?? []}
              data={data}
              empty="No agent to supervise."
              hours
            />
          </div>
        </section>
        <section className="card" aria-labelledby="served-heading">
          <div className="card-header">
            <h2 id="served-heading">Served by</h2>
          </div>
          <div className="card-body">
            <AssignmentList
              assignments={data.servedBy.get(person.id) ?? []}
              data={data}
              empty="No agent serves them yet."
            />
          </div>
        </section>
      </div>
      <PersonDialog open={editing} onOpenChange={setEditing} person={person} />
      {deletion.dialog}
    </div>
  );
}
