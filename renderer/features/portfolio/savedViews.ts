import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { PERIODS, PILOT_STAGES_FOR_VIEWS, type SavedView } from './savedViewModel';

export type { SavedView } from './savedViewModel';

interface SavedViewsState {
  /** Views by portfolio id: a consultant's views of one client never show in another's. */
  byPortfolio: Record<string, SavedView[]>;
  save: (portfolioId: string, view: SavedView) => void;
  remove: (portfolioId: string, name: string) => void;
}

/**
 * Named filter sets, kept on this machine with the other UI preferences (they are a way of
 * looking at the data, not data: a backup of the portfolio does not need them).
 */
export const useSavedViews = create<SavedViewsState>()(
  persist(
    (set) => ({
      byPortfolio: {},
      save: (portfolioId, view) =>
        set((s) => {
          const others = (s.byPortfolio[portfolioId] ?? []).filter((v) => v.name !== view.name);
          const views = [...others, view].sort((a, b) => a.name.localeCompare(b.name));
          return { byPortfolio: { ...s.byPortfolio, [portfolioId]: views } };
        }),
      remove: (portfolioId, name) =>
        set((s) => ({
          byPortfolio: {
            ...s.byPortfolio,
            [portfolioId]: (s.byPortfolio[portfolioId] ?? []).filter((v) => v.name !== name),
          },
        })),
    }),
    {
      name: 'pilot-portfolio-saved-views',
      // Whatever was stored is checked: a hand-edited or older entry must not break the page.
      merge: (stored, current) => {
        const byPortfolio: Record<string, SavedView[]> = {};
        const raw =
          typeof stored === 'object' && stored !== null && 'byPortfolio' in stored
            ? stored.byPortfolio
            : null;
        if (typeof raw === 'object' && raw !== null) {
          for (const [id, list] of Object.entries(raw)) {
            if (Array.isArray(list)) byPortfolio[id] = list.filter(isSavedView);
          }
        }
        return { ...current, byPortfolio };
      },
    },
  ),
);

function isSavedView(value: unknown): value is SavedView {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<SavedView>;
  const f = v.filters;
  return (
    typeof v.name === 'string' &&
    typeof f === 'object' &&
    f !== null &&
    typeof f.businessUnit === 'string' &&
    typeof f.sponsorId === 'string' &&
    typeof f.tag === 'string' &&
    (PILOT_STAGES_FOR_VIEWS as readonly string[]).includes(f.stage) &&
    (PERIODS as readonly string[]).includes(f.period)
  );
}
