import { Gavel } from 'lucide-react';
import { EmptyState } from '../../components/EmptyState';

/** A pilot's decisions, newest first, and "Record decision". */
export function PilotDecisionsTab(_props: { pilotId: string }) {
  return (
    <div className="card">
      <EmptyState icon={<Gavel />} title="No decisions recorded here yet">
        Expand, continue, pivot or stop — recorded with the evidence and the app’s recommendation at
        that moment.
      </EmptyState>
    </div>
  );
}
