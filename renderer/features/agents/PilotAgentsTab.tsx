import { Bot, Plus } from 'lucide-react';
import { useMemo, useState } from 'react';
import { buildOrchestrationGraph } from '@shared/domain/agents';
import { usePilotAgentCosts } from '../../app/queries/usePilotAgentCosts';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { AgentDialog } from './AgentDialog';
import { AssignmentsTable } from './AssignmentsTable';
import { OrchestrationMap } from './map/OrchestrationMap';
import { PilotAgentCostCard } from './PilotAgentCostCard';
import { useAgentsData } from './useAgentsData';
import { useAssignmentDialogs } from './useAssignmentDialogs';

/** The agents working in a pilot, whom they serve, who supervises them, and what they cost it. */
export function PilotAgentsTab({ pilotId }: { pilotId: string }) {
  const data = useAgentsData();
  const shares = usePilotAgentCosts(pilotId);
  const [registering, setRegistering] = useState(false);
  const agentName = (id: string) => data?.usageById.get(id)?.agent.name ?? 'Agent';
  const pilotName = data?.pilotsById.get(pilotId)?.name ?? 'this pilot';
  const actions = useAssignmentDialogs(
    { pilotId },
    (a) => `“${agentName(a.agentId)}” in “${pilotName}”`,
  );
  const assignments = useMemo(
    () => (data?.assignments ?? []).filter((a) => a.pilotId === pilotId),
    [data, pilotId],
  );
  const graph = useMemo(
    () =>
      data
        ? buildOrchestrationGraph({
            pilots: [...data.pilotsById.values()],
            agents: data.agents,
            people: data.people,
            assignments: data.assignments,
            today: data.today,
            pilotId,
            includeServed: true,
            overloadedPersonIds: data.overloadedIds,
          })
        : null,
    [data, pilotId],
  );

  if (!data || !shares || !graph) {
    return (
      <div className="loading" role="status">
        Loading agents…
      </div>
    );
  }

  const assignButton = (
    <Button
      variant="primary"
      size="sm"
      onClick={actions.openNew}
      disabled={data.agents.length === 0}
    >
      <Plus size={14} aria-hidden="true" /> Put an agent to work
    </Button>
  );
  const registerButton = (
    <Button size="sm" onClick={() => setRegistering(true)}>
      <Bot size={14} aria-hidden="true" /> Register a new agent
    </Button>
  );

  return (
    <div className="stack">
      <section className="card" aria-labelledby="pilot-agents-heading">
        <div className="card-header">
          <h2 id="pilot-agents-heading">Agents working in this pilot</h2>
          <div className="page-actions">
            {registerButton}
            {assignButton}
          </div>
        </div>
        {assignments.length === 0 ? (
          <EmptyState icon={<Bot />} title="No agents in this pilot yet">
            {data.agents.length === 0
              ? 'Register the agent first — its owner, purpose and costs — then put it to work here: whom it serves, who supervises it and for how many hours a week.'
              : 'Put an agent to work here: the people it serves, who supervises it and for how many hours a week. Its costs then count in this pilot’s cost and ROI.'}
          </EmptyState>
        ) : (
          <AssignmentsTable
            assignments={assignments}
            data={data}
            subject="agent"
            label={`Agents working in ${pilotName}`}
            onEdit={actions.onEdit}
            onLog={actions.onLog}
            onRemove={actions.onRemove}
          />
        )}
      </section>
      <PilotAgentCostCard shares={shares} agentName={agentName} currency={data.settings.currency} />
      {graph.nodes.length > 0 && (
        <section className="card" aria-labelledby="pilot-map-heading">
          <div className="card-header">
            <h2 id="pilot-map-heading">Who works with whom</h2>
          </div>
          <div className="card-body">
            <OrchestrationMap graph={graph} label={`Orchestration map of ${pilotName}`} />
          </div>
        </section>
      )}
      {actions.dialogs}
      <AgentDialog open={registering} onOpenChange={setRegistering} />
    </div>
  );
}
