import { Target } from 'lucide-react';
import { EmptyState } from '../../components/EmptyState';

/** A pilot's outcome and activity metrics, their charts and quick measurement entry. */
export function OutcomesTab(_props: { pilotId: string }) {
  return (
    <div className="card">
      <EmptyState icon={<Target />} title="Outcome metrics are coming next">
        This pilot will be judged by the business outcomes it moves — cycle time, cost per case,
        error rate — each with a baseline and a target.
      </EmptyState>
    </div>
  );
}
