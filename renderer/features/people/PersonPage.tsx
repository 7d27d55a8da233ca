import { PageHeader } from '../../components/PageHeader';

/** One person: their supervision load and the agents that serve them. */
export function PersonPage() {
  return (
    <div className="page-inner">
      <PageHeader title="Person" />
    </div>
  );
}
