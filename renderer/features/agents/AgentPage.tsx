import { PageHeader } from '../../components/PageHeader';

/** One agent: its facts, every assignment, supervision and correction rate over time. */
export function AgentPage() {
  return (
    <div className="page-inner">
      <PageHeader title="Agent" />
    </div>
  );
}
