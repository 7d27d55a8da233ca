import { Bot } from 'lucide-react';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function AgentsPage() {
  return (
    <div className="page-inner">
      <PageHeader
        title="Agents"
        description="The registry of AI agents: who owns them, whom they serve, who supervises them, what they cost."
      />
      <div className="card">
        <EmptyState icon={<Bot />} title="The agent registry is the next release">
          Register each agent with its owner, purpose, capabilities and costs, put it to work in
          pilots, and see duplicates across pilots. Until then, pilots are managed on the Pilots
          page.
        </EmptyState>
      </div>
    </div>
  );
}
