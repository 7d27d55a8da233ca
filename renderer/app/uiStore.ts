import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { NO_FILTERS, type PortfolioFilters } from '@shared/domain/portfolio/filters';
import { DEFAULT_PILOT_SORTING } from '../features/pilots/pilotsTableData';
import {
  DEFAULT_HIDDEN_PILOT_COLUMNS,
  UI_STORAGE_KEY,
  wellFormedPreferences,
  type ThemePreference,
} from './preferences';

export { DEFAULT_HIDDEN_PILOT_COLUMNS, type ThemePreference } from './preferences';

/** A pilot dialog that is open: creating a new one, or editing one by id. */
export interface PilotsTableState {
  search: string;
  stage: string;
  businessUnit: string;
  sorting: { id: string; desc: boolean }[];
}

/** The Pilots table as it opens: no search or filter, by name (the order start-up reads in). */
export const DEFAULT_PILOTS_TABLE: PilotsTableState = {
  search: '',
  stage: '',
  businessUnit: '',
  sorting: [...DEFAULT_PILOT_SORTING],
};

export type PilotDialogState = { mode: 'create' } | { mode: 'edit'; pilotId: string } | null;

/**
 * UI state only (theme, open dialogs, table preferences) — never copies of the database, which
 * components read live with useLiveQuery.
 */
interface UiState {
  theme: ThemePreference;
  paletteOpen: boolean;
  pilotDialog: PilotDialogState;
  pilotsTable: PilotsTableState;
  /** Column ids of the Pilots table the person has hidden: a preference, kept across reloads. */
  pilotsHiddenColumns: readonly string[];
  setPilotsHiddenColumns: (ids: readonly string[]) => void;
  /** The pilot whose "Record decision" dialog is open. */
  decisionDialogPilotId: string | null;
  openDecisionDialog: (pilotId: string | null) => void;
  setPilotsTable: (patch: Partial<PilotsTableState>) => void;
  setTheme: (theme: ThemePreference) => void;
  setPaletteOpen: (open: boolean) => void;
  openPilotDialog: (state: PilotDialogState) => void;
  /** The Portfolio page's filters: kept while the person visits a pilot and comes back. */
  portfolioFilters: PortfolioFilters;
  setPortfolioFilters: (patch: Partial<PortfolioFilters>) => void;
}

/** The stored preferences that are well formed, over the defaults. */
export function restorePreferences(persisted: unknown, current: UiState): UiState {
  return wellFormedPreferences(persisted, current);
}

export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      theme: 'system',
      paletteOpen: false,
      pilotDialog: null,
      decisionDialogPilotId: null,
      openDecisionDialog: (decisionDialogPilotId) => set({ decisionDialogPilotId }),
      pilotsTable: DEFAULT_PILOTS_TABLE,
      pilotsHiddenColumns: DEFAULT_HIDDEN_PILOT_COLUMNS,
      setPilotsHiddenColumns: (pilotsHiddenColumns) => set({ pilotsHiddenColumns }),
      setPilotsTable: (patch) => set((s) => ({ pilotsTable: { ...s.pilotsTable, ...patch } })),
      setTheme: (theme) => set({ theme }),
      setPaletteOpen: (paletteOpen) => set({ paletteOpen }),
      openPilotDialog: (pilotDialog) => set({ pilotDialog }),
      portfolioFilters: NO_FILTERS,
      setPortfolioFilters: (patch) =>
        set((s) => ({ portfolioFilters: { ...s.portfolioFilters, ...patch } })),
    }),
    {
      name: UI_STORAGE_KEY,
      // Only preferences persist; open dialogs do not survive a reload.
      partialize: (state) => ({
        theme: state.theme,
        pilotsHiddenColumns: state.pilotsHiddenColumns,
      }),
      // Local storage is not trusted to hold what was written: keep only well-formed values.
      merge: (persisted, current) => restorePreferences(persisted, current),
    },
  ),
);
