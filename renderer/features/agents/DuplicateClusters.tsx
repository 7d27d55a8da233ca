import { CopyCheck } from 'lucide-react';
import { toast } from 'sonner';
import {
  DUPLICATE_RULE_SENTENCES,
  dismissedClustersOf,
  type DuplicateCluster,
} from '@shared/domain/agents';
import { useDb } from '../../app/PortfolioContext';
import { updateSettings } from '../../db';
import { DuplicateClusterCard } from './DuplicateClusterCard';
import type { AgentsData } from './useAgentsData';

/** Clusters of look-alike agents across pilots, costliest first, each dismissible for good. */
export function DuplicateClusters({ data }: { data: AgentsData }) {
  const db = useDb();

  async function dismiss(cluster: DuplicateCluster) {
    const before = dismissedClustersOf(data.settings);
    try {
      await updateSettings(db, {
        dismissedDuplicateClusters: [...before, [...cluster.agentIds].sort()],
      });
      toast.success('Marked as not duplicates', {
        action: {
          label: 'Undo',
          onClick: () => {
            void updateSettings(db, { dismissedDuplicateClusters: before }).then(() =>
              toast.success('The cluster is back'),
            );
          },
        },
        duration: 10_000,
      });
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <section className="card" aria-labelledby="duplicates-heading">
      <div className="card-header">
        <h2 id="duplicates-heading">Possible duplicates</h2>
      </div>
      <div className="card-body stack">
        <details className="rule-box">
          <summary>How duplicates are found and costed</summary>
          <ul className="reason-list">
            {DUPLICATE_RULE_SENTENCES.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </details>
        {data.clusters.length === 0 ? (
          <p className="empty-inline">
            <CopyCheck size={16} aria-hidden="true" /> No look-alike agents across pilots.
            {dismissedClustersOf(data.settings).length > 0 &&
              ' Clusters marked “not duplicates” stay hidden; Settings can show them again.'}
          </p>
        ) : (
          data.clusters.map((cluster) => (
            <DuplicateClusterCard
              key={cluster.key}
              cluster={cluster}
              data={data}
              onDismiss={(c) => void dismiss(c)}
            />
          ))
        )}
      </div>
    </section>
  );
}
