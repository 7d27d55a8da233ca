import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { toast } from 'sonner';
import type { ParsedBackup } from '@shared/formats/backup';
import { MAX_BACKUP_BYTES } from '@shared/formats/limits';
import type { PortfolioData } from '@shared/model';
import { usePortfolioSession } from '../../app/PortfolioContext';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { formatDateTime } from '../../components/format';
import { readPortfolioData, renamePortfolio } from '../../db';
import {
  countPortfolio,
  replacePortfolioData,
  restoreIntoNewPortfolio,
  type PortfolioCounts,
} from '../../db/exchange';
import { readBackupFile } from '../../workers/backupClient';
import { CountsTable } from './CountsTable';
import { RefusalNotice } from './RefusalNotice';
import { BACKUP_FILTERS, pickFile } from './pickFile';

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'refused'; fileName: string; error: unknown }
  | { kind: 'confirm'; fileName: string; backup: ParsedBackup; now: PortfolioCounts }
  | { kind: 'writing'; fileName: string };

/** Picks a backup file and reads it off the main thread; every refusal carries its reasons. */
export async function readPickedBackup(
  onReading: (fileName: string) => void,
): Promise<
  { fileName: string; backup: ParsedBackup } | { fileName: string; error: unknown } | null
> {
  let fileName = 'the file';
  try {
    const file = await pickFile(BACKUP_FILTERS, MAX_BACKUP_BYTES, 'backup');
    if (!file) return null;
    fileName = file.name;
    onReading(file.name);
    return { fileName, backup: await readBackupFile(file.bytes, file.name) };
  } catch (error) {
    return { fileName, error };
  }
}

export function backupDescription(backup: ParsedBackup): string {
  return (
    `Backup of “${backup.data.settings.name}” made ${formatDateTime(backup.header.createdAt)} ` +
    `by Pilot Portfolio ${backup.header.appVersion}.`
  );
}

/**
 * Restore over the open portfolio: read and check the file, show what it will replace (counts
 * now and in the file), and only then — when the person says so — replace everything in one
 * transaction, with Undo. Or restore the file as a new portfolio beside this one.
 */
export function useRestoreFlow(): { start: () => Promise<void>; dialog: ReactNode } {
  const session = usePortfolioSession();
  const { db, entry, switchTo } = session;
  const [state, setState] = useState<State>({ kind: 'idle' });
  const close = useCallback(() => setState({ kind: 'idle' }), []);

  const start = useCallback(async () => {
    const result = await readPickedBackup((fileName) => setState({ kind: 'reading', fileName }));
    if (!result) return;
    if ('error' in result) {
      setState({ kind: 'refused', fileName: result.fileName, error: result.error });
      return;
    }
    const now = countPortfolio(await readPortfolioData(db));
    setState({ kind: 'confirm', fileName: result.fileName, backup: result.backup, now });
  }, [db]);

  const replace = useCallback(
    async (fileName: string, data: PortfolioData) => {
      setState({ kind: 'writing', fileName });
      try {
        const previous = await replacePortfolioData(db, data);
        // The switcher shows the registry's copy of the name; the restored settings decide it.
        if (data.settings.name !== entry.name) await renamePortfolio(entry.id, data.settings.name);
        toast.success(`Restored “${fileName}”`, {
          action: {
            label: 'Undo',
            onClick: () => {
              void replacePortfolioData(db, previous)
                .then(() => renamePortfolio(entry.id, previous.settings.name))
                .then(
                  () => toast.success('The restore was undone'),
                  (error: unknown) => toast.error(`Undo failed: ${String(error)}`),
                );
            },
          },
        });
        close();
      } catch (error) {
        setState({ kind: 'refused', fileName, error });
      }
    },
    [db, entry, close],
  );

  const restoreAsNew = useCallback(
    async (fileName: string, data: PortfolioData) => {
      setState({ kind: 'writing', fileName });
      try {
        const created = await restoreIntoNewPortfolio(data);
        toast.success(`Restored “${fileName}” as the portfolio “${created.name}”`);
        close();
        switchTo(created.id);
      } catch (error) {
        setState({ kind: 'refused', fileName, error });
      }
    },
    [close, switchTo],
  );

  const dialog = useMemo(() => {
    const onOpenChange = (open: boolean) => {
      if (!open && state.kind !== 'writing') close();
    };
    switch (state.kind) {
      case 'idle':
        return null;
      case 'reading':
      case 'writing':
        return (
          <Dialog open onOpenChange={onOpenChange} title="Restore a backup" size="sm">
            <p role="status" className="exchange-status">
              {state.kind === 'reading'
                ? `Reading and checking “${state.fileName}”…`
                : `Restoring “${state.fileName}”…`}
            </p>
          </Dialog>
        );
      case 'refused':
        return (
          <Dialog
            open
            onOpenChange={onOpenChange}
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
        );
      case 'confirm': {
        const { backup, fileName, now } = state;
        return (
          <Dialog
            open
            onOpenChange={onOpenChange}
            title={`Restore “${fileName}”?`}
            description={backupDescription(backup)}
            footer={
              <>
                <Button onClick={close}>Cancel</Button>
                <Button onClick={() => void restoreAsNew(fileName, backup.data)}>
                  Restore as a new portfolio
                </Button>
                <Button variant="danger" onClick={() => void replace(fileName, backup.data)}>
                  Replace “{entry.name}”
                </Button>
              </>
            }
          >
            <p>
              Replacing removes everything now in “{entry.name}” — its records and its history — and
              puts the backup’s in their place. You can undo it right after.
            </p>
            <CountsTable
              now={now}
              file={countPortfolio(backup.data)}
              caption="Records in this portfolio now and in the backup"
            />
          </Dialog>
        );
      }
    }
  }, [state, close, entry.name, replace, restoreAsNew]);

  return { start, dialog };
}
