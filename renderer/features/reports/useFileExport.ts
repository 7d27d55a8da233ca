import { useState } from 'react';
import { toast } from 'sonner';
import type { FileFilter } from '@shared/ipc';
import { platform } from '../../platform';
import type { ProgressState } from './ExportProgress';

/** A file made for saving, and what to tell the person once it is saved. */
export interface MadeFile {
  name: string;
  filters: FileFilter[];
  bytes: Uint8Array;
  saved: (path: string) => { message: string; description?: string | undefined };
}

/**
 * One export at a time: shows progress while the file is made, offers it for saving, says where
 * it went — or, if anything failed, that no file was made and why. `what` names the file in the
 * failure ("deck", "workbook").
 */
export function useFileExport(what: string) {
  const [progress, setProgress] = useState<ProgressState | null>(null);

  async function run(make: (report: (state: ProgressState) => void) => Promise<MadeFile>) {
    setProgress({ label: 'Starting', done: 0, total: null });
    try {
      const file = await make(setProgress);
      const result = await platform.saveFile(file.name, file.filters, file.bytes);
      if (result.saved) {
        const { message, description } = file.saved(result.path);
        toast.success(message, { description });
      }
    } catch (error) {
      toast.error(`No ${what} was made: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setProgress(null);
    }
  }

  return { progress, busy: progress !== null, run };
}
