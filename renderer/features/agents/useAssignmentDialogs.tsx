import { useState, type ReactNode } from 'react';
import { toast } from 'sonner';
import type { Assignment } from '@shared/model';
import { useDb } from '../../app/PortfolioContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { deleteAssignment, restoreDeleted } from '../../db';
import { AssignmentDialog, type AssignmentContext } from './AssignmentDialog';
import type { AssignmentActions } from './AssignmentsTable';
import { SupervisionLogDialog } from './SupervisionLogDialog';

/**
 * The dialogs around a list of assignments — new, edit, log supervision, remove with undo — and
 * the callbacks that open them, so the agent page and the pilot tab behave the same.
 */
export function useAssignmentDialogs(
  context: AssignmentContext,
  describe: (a: Assignment) => string,
): AssignmentActions & { openNew: () => void; dialogs: ReactNode } {
  const db = useDb();
  const [editing, setEditing] = useState<Assignment | 'new' | null>(null);
  const [logging, setLogging] = useState<Assignment | null>(null);
  const [removing, setRemoving] = useState<Assignment | null>(null);

  async function remove(a: Assignment) {
    try {
      const token = await deleteAssignment(db, a.id);
      toast.success(token.label, {
        action: {
          label: 'Undo',
          onClick: () => {
            void restoreDeleted(db, token).then(() => toast.success('Assignment restored'));
          },
        },
        duration: 10_000,
      });
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error));
    }
  }

  const dialogs = (
    <>
      <AssignmentDialog
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
        context={context}
        assignment={editing === 'new' || editing === null ? undefined : editing}
      />
      <SupervisionLogDialog
        open={logging !== null}
        onOpenChange={(open) => !open && setLogging(null)}
        assignment={logging ?? undefined}
        subject={logging ? describe(logging) : ''}
      />
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
        title="Remove this assignment?"
        confirmLabel="Remove assignment"
        danger
        onConfirm={() => removing && void remove(removing)}
      >
        {removing ? describe(removing) : ''} stops counting in this pilot, with its supervision
        logs. You can undo this right after.
      </ConfirmDialog>
    </>
  );

  return {
    openNew: () => setEditing('new'),
    onEdit: setEditing,
    onLog: setLogging,
    onRemove: setRemoving,
    dialogs,
  };
}
