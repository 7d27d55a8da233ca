import { ArrowLeft, Archive, ArchiveRestore, Bot, Pencil, Plus, Trash2 } from 'lucide-react';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { toast } from 'sonner';
import { correctionRateByWeek, isAssignmentActive } from '@shared/domain/agents';
import type { Agent, Assignment } from '@shared/model';
import { useDb } from '../../app/PortfolioContext';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { deleteAgent, restoreDeleted, updateAgent } from '../../db';
import { AgentDialog } from './AgentDialog';
import { AgentFacts } from './AgentFacts';
import { correctionByAgent } from './agentRows';
import { AgentStatusBadge } from './AgentStatusBadge';
import { AssignmentsTable } from './AssignmentsTable';
import { CorrectionRateChart } from './CorrectionRateChart';
import { SupervisionLogTable } from './SupervisionLogTable';
import { useAgentsData } from './useAgentsData';
import { useAssignmentDialogs } from './useAssignmentDialogs';

/** One agent: its facts, every assignment, and its correction rate over time. */
export function AgentPage() {
  const { agentId = '' } = useParams();
  const db = useDb();
  const navigate = useNavigate();
  const data = useAgentsData();
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [chartAssignment, setChartAssignment] = useState('');
  const agent = data?.agents.find((a) => a.id === agentId);
  const pilotName = (id: string) => data?.pilotsById.get(id)?.name ?? 'pilot';
  const actions = useAssignmentDialogs(
    { agentId },
    (a) => `“${agent?.name ?? 'Agent'}” in “${pilotName(a.pilotId)}”`,
  );

  const assignments = useMemo(() => {
    if (!data) return [];
    const name = (id: string) => data.pilotsById.get(id)?.name ?? '';
    const active = (a: Assignment) => Number(isAssignmentActive(a, data.today));
    return data.assignments
      .filter((a) => a.agentId === agentId)
      .sort((a, b) => active(b) - active(a) || name(a.pilotId).localeCompare(name(b.pilotId)));
  }, [data, agentId]);

  if (!data) {
    return (
      <div className="loading" role="status">
        Loading agent…
      </div>
    );
  }
  if (!agent) {
    return (
      <div className="page-inner">
        <h1 className="visually-hidden">Agent not found</h1>
        <EmptyState
          icon={<Bot />}
          title="This agent is not in the portfolio"
          actions={
            <Link className="btn" to="/agents">
              Back to agents
            </Link>
          }
        >
          It may have been deleted, or it belongs to another portfolio.
        </EmptyState>
      </div>
    );
  }

  const usage = data.usageById.get(agent.id);
  const ids = new Set(assignments.map((a) => a.id));
  const logs = data.logs.filter((l) =>
    chartAssignment ? l.assignmentId === chartAssignment : ids.has(l.assignmentId),
  );
  const inCluster = data.clusters.some((c) => c.agentIds.includes(agent.id));

  async function setStatus(current: Agent, status: Agent['status']) {
    try {
      const saved = await updateAgent(
        db,
        current.id,
        { status },
        { expectedUpdatedAt: current.updatedAt },
      );
      toast.success(
        status === 'retired' ? `Retired “${saved.name}”` : `“${saved.name}” is active again`,
        {
          action: {
            label: 'Undo',
            onClick: () => {
              void updateAgent(
                db,
                saved.id,
                { status: current.status },
                { expectedUpdatedAt: saved.updatedAt },
              );
            },
          },
          duration: 10_000,
        },
      );
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error));
    }
  }

  async function remove(current: Agent) {
    const token = await deleteAgent(db, current.id);
    void navigate('/agents');
    toast.success(token.label, {
      action: {
        label: 'Undo',
        onClick: () => {
          void restoreDeleted(db, token).then(() => toast.success(`Restored “${current.name}”`));
        },
      },
      duration: 10_000,
    });
  }

  return (
    <div className="page-inner">
      <div>
        <Link to="/agents" className="back-link">
          <ArrowLeft size={15} aria-hidden="true" /> All agents
        </Link>
      </div>
      <section className="card pilot-header" aria-labelledby="agent-title">
        <div className="pilot-header-top">
          <div className="pilot-title-block">
            <div className="pilot-title-row">
              <h1 id="agent-title">{agent.name}</h1>
              <AgentStatusBadge status={agent.status} />
              {inCluster && (
                <Link className="badge duplicate-badge" to="/agents#duplicates-heading">
                  Possible duplicate
                </Link>
              )}
            </div>
            {agent.purpose && <p className="pilot-summary">{agent.purpose}</p>}
            {agent.capabilities.length > 0 && (
              <div className="tag-list" aria-label="Capabilities">
                {agent.capabilities.map((c) => (
                  <span className="tag" key={c}>
                    {c}
                  </span>
                ))}
              </div>
            )}
          </div>
          <div className="page-actions">
            <Button onClick={() => setEditing(true)}>
              <Pencil size={15} aria-hidden="true" /> Edit
            </Button>
            {agent.status === 'retired' ? (
              <Button onClick={() => void setStatus(agent, 'active')}>
                <ArchiveRestore size={15} aria-hidden="true" /> Reactivate
              </Button>
            ) : (
              <Button onClick={() => void setStatus(agent, 'retired')}>
                <Archive size={15} aria-hidden="true" /> Retire
              </Button>
            )}
            <Button
              variant="ghost"
              onClick={() => setConfirmDelete(true)}
              aria-label={`Delete agent ${agent.name}`}
            >
              <Trash2 size={15} aria-hidden="true" /> Delete
            </Button>
          </div>
        </div>
        <AgentFacts
          agent={agent}
          owner={agent.ownerId ? data.peopleById.get(agent.ownerId) : undefined}
          pilots={usage?.pilotIds.length ?? 0}
          served={usage?.servedPersonIds.length ?? 0}
          correction={correctionByAgent(data)(agent.id)}
          currency={data.settings.currency}
        />
      </section>

      <section className="card" aria-labelledby="assignments-heading">
        <div className="card-header">
          <h2 id="assignments-heading">Assignments</h2>
          <Button size="sm" variant="primary" onClick={actions.openNew}>
            <Plus size={14} aria-hidden="true" /> Put to work in a pilot
          </Button>
        </div>
        {assignments.length === 0 ? (
          <p className="card-body muted">
            Not working in any pilot yet. Put it to work to record whom it serves and who supervises
            it.
          </p>
        ) : (
          <AssignmentsTable
            assignments={assignments}
            data={data}
            subject="pilot"
            label={`Assignments of ${agent.name}`}
            onEdit={actions.onEdit}
            onLog={actions.onLog}
            onRemove={actions.onRemove}
          />
        )}
      </section>

      <section className="card" aria-labelledby="correction-heading">
        <div className="card-header">
          <h2 id="correction-heading">Correction rate over time</h2>
          {assignments.length > 1 && (
            <select
              className="select select-inline"
              aria-label="Show the correction rate of"
              value={chartAssignment}
              onChange={(e) => setChartAssignment(e.target.value)}
            >
              <option value="">All assignments</option>
              {assignments.map((a) => (
                <option key={a.id} value={a.id}>
                  In {pilotName(a.pilotId)}
                </option>
              ))}
            </select>
          )}
        </div>
        <div className="card-body">
          <CorrectionRateChart
            points={correctionRateByWeek(logs)}
            label={`Share of reviewed items corrected, ${chartAssignment ? `in ${pilotName(data.assignments.find((a) => a.id === chartAssignment)?.pilotId ?? '')}` : 'all assignments'}`}
          />
        </div>
      </section>

      {logs.length > 0 && (
        <section className="card" aria-labelledby="logs-heading">
          <div className="card-header">
            <h2 id="logs-heading">Supervision logs</h2>
          </div>
          <SupervisionLogTable
            logs={logs}
            whereOf={(log) =>
              pilotName(data.assignments.find((a) => a.id === log.assignmentId)?.pilotId ?? '')
            }
          />
        </section>
      )}

      {actions.dialogs}
      <AgentDialog open={editing} onOpenChange={setEditing} agent={agent} />
      <ConfirmDialog
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        title={`Delete “${agent.name}”?`}
        confirmLabel="Delete agent"
        danger
        onConfirm={() => void remove(agent)}
      >
        The agent, its {assignments.length} assignment{assignments.length === 1 ? '' : 's'} and
        their supervision logs are removed. To keep its history, retire it instead. You can undo
        this right after.
      </ConfirmDialog>
    </div>
  );
}
