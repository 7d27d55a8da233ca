import { useCallback, useState } from 'react';
import { toast } from 'sonner';
import { todayIso } from '@shared/dates';
import { backupFileName } from '@shared/formats/backup';
import { integrityIssues } from '@shared/formats/integrity';
import { nowIso } from '@shared/ids';
import { usePortfolioSession } from '../../app/PortfolioContext';
import { readPortfolioData } from '../../db';
import { platform } from '../../platform';
import { writeBackupFile } from '../../workers/backupClient';
import { BACKUP_FILTERS } from './pickFile';

/** "Back up": the whole open portfolio as one file the person saves where they like. */
export function useBackup(): { backUp: () => Promise<void>; busy: boolean } {
  const { db } = usePortfolioSession();
  const [busy, setBusy] = useState(false);

  const backUp = useCallback(async () => {
    setBusy(true);
    const id = toast.loading('Preparing the backup…');
    try {
      const data = await readPortfolioData(db);
      const { version } = await platform.appInfo();
      const bytes = await writeBackupFile(data, { appVersion: version, createdAt: nowIso() });
      const name = backupFileName(data.settings.name, todayIso());
      const saved = await platform.saveFile(name, BACKUP_FILTERS, bytes);
      if (!saved.saved) {
        toast.dismiss(id);
        return;
      }
      // A backup that restore would refuse is worth knowing about now, not on the day it is needed.
      const broken = integrityIssues(data, 3);
      if (broken.length > 0) {
        toast.warning(
          `Saved “${saved.path}”, but some records point at records that no longer exist ` +
            `(${broken.map((b) => b.where).join(', ')}); restoring this file will be refused until they are fixed.`,
          { id },
        );
      } else {
        toast.success(`Backed up to “${saved.path}”`, { id });
      }
    } catch (error) {
      toast.error(`The backup failed: ${error instanceof Error ? error.message : String(error)}`, {
        id,
      });
    } finally {
      setBusy(false);
    }
  }, [db]);

  return { backUp, busy };
}
