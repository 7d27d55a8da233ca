import { Bot } from 'lucide-react';
import { EmptyState } from '../../components/EmptyState';

/** The agents working in a pilot, whom they serve and who supervises them. */
export function PilotAgentsTab(_props: { pilotId: string }) {
  return (
    <div className="card">
      <EmptyState icon={<Bot />} title="Agents and supervision are coming">
        Which agents work in this pilot, the people they serve and who supervises them — with the
        hours that takes — will be recorded here.
      </EmptyState>
    </div>
  );
}
