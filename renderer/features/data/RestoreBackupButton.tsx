import { ArchiveRestore } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import type { ParsedBackup } from '@shared/formats/backup';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { countPortfolio, restoreIntoNewPortfolio } from '../../db/exchange';
import { CountsTable } from './CountsTable';
import { RefusalNotice } from './RefusalNotice';
import { backupDescription, readPickedBackup } from './useRestoreFlow';

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; message: string }
  | { kind: 'refused'; error: unknown }
  | { kind: 'confirm'; fileName: string; backup: ParsedBackup };

/**
 * First run's "Restore a backup" choice: pick a backup file, see what it holds, restore it as a
 * new portfolio and open it. Styled as the other first-run choices (`.choice`).
 */
export function RestoreBackupButton(props: { onOpen: (id: string) => void; disabled?: boolean }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const close = () => setState({ kind: 'idle' });

  async function start() {
    const result = await readPickedBackup((fileName) =>
      setState({ kind: 'busy', message: `Reading and checking “${fileName}”…` }),
    );
    if (!result) return;
    if ('error' in result) setState({ kind: 'refused', error: result.error });
    else setState({ kind: 'confirm', fileName: result.fileName, backup: result.backup });
  }

  async function restore(fileName: string, backup: ParsedBackup) {
    setState({ kind: 'busy', message: `Restoring “${fileName}”…` });
    try {
      const entry = await restoreIntoNewPortfolio(backup.data);
      toast.success(`Restored “${fileName}”`);
      close();
      props.onOpen(entry.id);
    } catch (error) {
      setState({ kind: 'refused', error });
    }
  }

  return (
    <>
      <button
        className="choice"
        type="button"
        onClick={() => void start()}
        disabled={props.disabled || state.kind === 'busy'}
      >
        <ArchiveRestore aria-hidden="true" />
        <h2>Restore a backup</h2>
        <p>Open a Pilot Portfolio backup file (.pilot-portfolio.json) as a new portfolio.</p>
      </button>
      {state.kind === 'busy' && (
        <Dialog open onOpenChange={() => undefined} title="Restore a backup" size="sm">
          <p role="status" className="exchange-status">
            {state.message}
          </p>
        </Dialog>
      )}
      {state.kind === 'refused' && (
        <Dialog
          open
          onOpenChange={(open) => !open && close()}
          title="This file cannot be restored"
          description="Nothing was changed."
          footer={
            <Button variant="primary" onClick={close}>
              Close
            </Button>
          }
        >
          <RefusalNotice error={state.error} />
        </Dialog>
      )}
      {state.kind === 'confirm' && (
        <Dialog
          open
          onOpenChange={(open) => !open && close()}
          title={`Restore “${state.fileName}”?`}
          description={backupDescription(state.backup)}
          footer={
            <>
              <Button onClick={close}>Cancel</Button>
              <Button variant="primary" onClick={() => void restore(state.fileName, state.backup)}>
                Restore as a new portfolio
              </Button>
            </>
          }
        >
          <CountsTable file={countPortfolio(state.backup.data)} caption="Records in the backup" />
        </Dialog>
      )}
    </>
  );
}
