import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { toast } from 'sonner';
import type { Decision } from '@shared/model';
import { useDb } from '../../app/PortfolioContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DECISION_LABELS } from '../../components/RecommendationBadge';
import { STAGE_LABELS } from '../../components/StageBadge';
import { formatDate } from '../../components/format';
import { deleteDecision, revertBlocker } from '../../db';
import { toastDeleted } from './decisionToasts';
import { resourceChanges } from './resourceFormat';

/**
 * Asks before deleting a decision, and whether to also take back what it did to the pilot —
 * offered only while that is still true to the record (see `revertBlocker`).
 */
export function DeleteDecisionDialog(props: {
  decision: Decision | null;
  currency: string;
  onClose: () => void;
}) {
  const { decision } = props;
  const db = useDb();
  const blocker = useLiveQuery(async () => {
    if (!decision) return null;
    const [pilot, siblings] = await Promise.all([
      db.pilots.get(decision.pilotId),
      db.decisions.where('pilotId').equals(decision.pilotId).toArray(),
    ]);
    return { reason: revertBlocker(decision, pilot, siblings) };
  }, [db, decision]);
  const [revert, setRevert] = useState(true);
  useEffect(() => setRevert(true), [decision]);

  if (!decision) return null;
  const canRevert = blocker !== undefined && blocker !== null && blocker.reason === null;
  const undoneChanges = resourceChanges(
    {
      budgetDelta: -decision.budgetDelta,
      fteDelta: -decision.fteDelta,
      agentSeatsDelta: -decision.agentSeatsDelta,
    },
    props.currency,
  );
  const stageBack =
    decision.stageBefore !== decision.stageAfter
      ? `stage ${STAGE_LABELS[decision.stageAfter]} → ${STAGE_LABELS[decision.stageBefore]}`
      : null;
  const effect = [stageBack, ...undoneChanges].filter(Boolean).join(', ');

  async function confirm() {
    if (!decision) return;
    try {
      const token = await deleteDecision(db, decision.id, { revertPilot: canRevert && revert });
      toastDeleted(db, token);
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && props.onClose()}
      title={`Delete the decision to ${DECISION_LABELS[decision.kind].toLowerCase()} of ${formatDate(decision.date)}?`}
      confirmLabel="Delete decision"
      danger
      onConfirm={() => void confirm()}
    >
      <p>
        It leaves the decision log, with its frozen recommendation and evidence. Lessons it prompted
        stay. You can undo this right after.
      </p>
      {effect &&
        (canRevert ? (
          <label className="check-row">
            <input type="checkbox" checked={revert} onChange={(e) => setRevert(e.target.checked)} />
            <span>Also put the pilot back as it was before: {effect}</span>
          </label>
        ) : (
          blocker?.reason && (
            <p>
              The pilot keeps its stage and resources: {blocker.reason} Change them on the pilot if
              needed.
            </p>
          )
        ))}
    </ConfirmDialog>
  );
}
