import { Users } from 'lucide-react';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function PeoplePage() {
  return (
    <div className="page-inner">
      <PageHeader
        title="People"
        description="Sponsors, leads, supervisors and the people agents serve."
      />
      <div className="card">
        <EmptyState
          icon={<Users />}
          title="People and supervision load arrive with the agent registry"
        >
          You will see each supervisor’s hours against their capacity here, with overloaded
          supervisors flagged first.
        </EmptyState>
      </div>
    </div>
  );
}
