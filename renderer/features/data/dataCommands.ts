import { create } from 'zustand';

/** What the File menu (or another page) asked the Data page to do. */
export type DataCommand = 'backup' | 'restore' | 'merge' | 'import' | 'export';

interface DataCommandState {
  pending: DataCommand | null;
  request: (command: DataCommand) => void;
  /** The Data page takes the pending command once it is mounted, and runs it. */
  take: () => DataCommand | null;
}

export const useDataCommands = create<DataCommandState>((set, get) => ({
  pending: null,
  request: (command) => set({ pending: command }),
  take: () => {
    const command = get().pending;
    if (command) set({ pending: null });
    return command;
  },
}));
