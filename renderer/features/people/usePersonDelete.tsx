import { useState, type ReactNode } from 'react';
import { toast } from 'sonner';
import type { Person } from '@shared/model';
import { useDb } from '../../app/PortfolioContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { deletePerson, restoreDeleted } from '../../db';

/** Delete a person after asking, with Undo in the toast. */
export function usePersonDelete(onDeleted?: () => void): {
  ask: (person: Person) => void;
  dialog: ReactNode;
} {
  const db = useDb();
  const [person, setPerson] = useState<Person | null>(null);

  async function remove(p: Person) {
    try {
      const token = await deletePerson(db, p.id);
      onDeleted?.();
      toast.success(token.label, {
        action: {
          label: 'Undo',
          onClick: () => {
            void restoreDeleted(db, token).then(() => toast.success(`Restored “${p.name}”`));
          },
        },
        duration: 10_000,
      });
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error));
    }
  }

  return {
    ask: setPerson,
    dialog: (
      <ConfirmDialog
        open={person !== null}
        onOpenChange={(open) => !open && setPerson(null)}
        title={`Delete “${person?.name ?? ''}”?`}
        confirmLabel="Delete person"
        danger
        onConfirm={() => person && void remove(person)}
      >
        They are removed from the pilots they sponsor or lead, the agents they own, supervise or are
        served by. You can undo this right after.
      </ConfirmDialog>
    ),
  };
}
