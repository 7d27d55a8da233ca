import type { DecisionRow } from './decisionColumns';

/** The log's filters as they live in the URL (`?q=&kind=&earned=&unit=`), so a view can be linked. */
export interface DecisionFilters {
  q: string;
  kind: string;
  /** '' | 'earned' | 'not-earned' (the latter two imply expansions). */
  earned: string;
  unit: string;
}

export const FILTER_KEYS = ['q', 'kind', 'earned', 'unit'] as const;

/** Rows matching every filter; the search looks in pilot name, rationale and who decided. */
export function filterDecisionRows(
  rows: readonly DecisionRow[],
  f: DecisionFilters,
): DecisionRow[] {
  const needle = f.q.trim().toLowerCase();
  return rows.filter((r) => {
    if (f.kind && r.decision.kind !== f.kind) return false;
    if (f.unit && r.businessUnit !== f.unit) return false;
    if (f.earned === 'earned' && r.verdict?.earned !== true) return false;
    if (f.earned === 'not-earned' && r.verdict?.earned !== false) return false;
    if (!needle) return true;
    return [r.pilotName, r.decision.rationale, r.decision.decidedBy]
      .join('\n')
      .toLowerCase()
      .includes(needle);
  });
}
