import { toast } from 'sonner';
import type { Decision } from '@shared/model';
import { DECISION_LABELS } from '../../components/RecommendationBadge';
import { deleteDecision, restoreDeleted, type PortfolioDatabase, type UndoToken } from '../../db';

const UNDO_MS = 10_000;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** "Recorded …" with Undo, which takes the decision back and returns the pilot to where it was. */
export function toastRecorded(
  db: PortfolioDatabase,
  decision: Decision,
  pilotName: string,
  changes: string,
): void {
  toast.success(
    `Recorded the decision to ${DECISION_LABELS[decision.kind].toLowerCase()} “${pilotName}”`,
    {
      description: changes,
      duration: UNDO_MS,
      action: {
        label: 'Undo',
        onClick: () => {
          deleteDecision(db, decision.id, { revertPilot: true }).then(
            () => toast.success(`Took back the decision on “${pilotName}”; the pilot is as it was`),
            (error: unknown) => toast.error(message(error)),
          );
        },
      },
    },
  );
}

/** "Deleted …" with Undo, which puts the decision (and the pilot, if it was reverted) back. */
export function toastDeleted(db: PortfolioDatabase, token: UndoToken): void {
  toast.success(token.label, {
    duration: UNDO_MS,
    action: {
      label: 'Undo',
      onClick: () => {
        restoreDeleted(db, token).then(
          ({ skipped }) =>
            skipped === 0
              ? toast.success('Decision restored')
              : toast.warning(
                  `Decision restored; ${skipped} record(s) changed since were left as they are`,
                ),
          (error: unknown) => toast.error(message(error)),
        );
      },
    },
  });
}
