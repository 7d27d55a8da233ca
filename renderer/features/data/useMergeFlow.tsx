import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { toast } from 'sonner';
import type { ParsedBackup } from '@shared/formats/backup';
import {
  MERGE_TABLES,
  NOUN_OF,
  allChoices,
  conflictKeys,
  newerChoices,
  planMerge,
  type MergeChoices,
  type MergePlan,
} from '@shared/formats/merge';
import type { PortfolioData } from '@shared/model';
import { useDb } from '../../app/PortfolioContext';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { readPortfolioData } from '../../db';
import { applyMerge } from '../../db/exchange';
import { ConflictList } from './ConflictList';
import { RefusalNotice } from './RefusalNotice';
import { backupDescription, readPickedBackup } from './useRestoreFlow';

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; message: string }
  | { kind: 'refused'; error: unknown }
  | {
      kind: 'review';
      fileName: string;
      backup: ParsedBackup;
      ours: PortfolioData;
      plan: MergePlan;
      choices: MergeChoices;
    };

function additions(plan: MergePlan): string[] {
  const lines = MERGE_TABLES.filter((t) => plan.added[t].length > 0).map((t) => {
    const n = plan.added[t].length;
    return `${n.toLocaleString()} ${NOUN_OF[t][n === 1 ? 0 : 1]}`;
  });
  const points = plan.seriesAdditions.reduce((n, a) => n + a.days.length, 0);
  if (points > 0) lines.push(`${points.toLocaleString()} measurement${points === 1 ? '' : 's'}`);
  if (plan.addedHistory.length > 0) {
    lines.push(`${plan.addedHistory.length.toLocaleString()} history entries`);
  }
  return lines;
}

/**
 * Merge a colleague's portfolio file: read and check it, show what it adds and every record that
 * differs, let the person choose for each (or take all newer), then write it in one transaction.
 */
export function useMergeFlow(): { start: () => Promise<void>; dialog: ReactNode } {
  const db = useDb();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const close = useCallback(() => setState({ kind: 'idle' }), []);

  const start = useCallback(async () => {
    const result = await readPickedBackup((fileName) =>
      setState({ kind: 'busy', message: `Reading and checking “${fileName}”…` }),
    );
    if (!result) return;
    if ('error' in result) {
      setState({ kind: 'refused', error: result.error });
      return;
    }
    const ours = await readPortfolioData(db);
    const plan = planMerge(ours, result.backup.data);
    setState({
      kind: 'review',
      fileName: result.fileName,
      backup: result.backup,
      ours,
      plan,
      choices: {},
    });
  }, [db]);

  const merge = useCallback(
    async (review: Extract<State, { kind: 'review' }>) => {
      setState({ kind: 'busy', message: `Merging “${review.fileName}”…` });
      try {
        const result = await applyMerge(
          db,
          review.ours,
          review.plan,
          review.choices,
          review.fileName,
        );
        toast.success(result.summary);
        close();
      } catch (error) {
        setState({ kind: 'refused', error });
      }
    },
    [db, close],
  );

  const dialog = useMemo(() => {
    const onOpenChange = (open: boolean) => {
      if (!open && state.kind !== 'busy') close();
    };
    switch (state.kind) {
      case 'idle':
        return null;
      case 'busy':
        return (
          <Dialog open onOpenChange={onOpenChange} title="Merge a portfolio file" size="sm">
            <p role="status" className="exchange-status">
              {state.message}
            </p>
          </Dialog>
        );
      case 'refused':
        return (
          <Dialog
            open
            onOpenChange={onOpenChange}
            title="Nothing was merged"
            footer={
              <Button variant="primary" onClick={close}>
                Close
              </Button>
            }
          >
            <RefusalNotice error={state.error} />
          </Dialog>
        );
      case 'review': {
        const { plan, choices } = state;
        const keys = conflictKeys(plan);
        const unresolved = keys.filter((k) => !choices[k]).length;
        const added = additions(plan);
        const nothing = added.length === 0 && keys.length === 0;
        const choose = (next: MergeChoices) => setState({ ...state, choices: next });
        return (
          <Dialog
            open
            onOpenChange={onOpenChange}
            title={`Merge “${state.fileName}”`}
            description={backupDescription(state.backup)}
            footer={
              <>
                <Button onClick={close}>{nothing ? 'Close' : 'Cancel'}</Button>
                {!nothing && (
                  <Button
                    variant="primary"
                    disabled={unresolved > 0}
                    onClick={() => void merge(state)}
                  >
                    {unresolved > 0 ? `Choose for ${unresolved} more` : 'Merge'}
                  </Button>
                )}
              </>
            }
          >
            {nothing ? (
              <p>
                Nothing to merge: every record in the file is already here, unchanged (
                {plan.identical.toLocaleString()} alike).
              </p>
            ) : (
              <>
                <h3 className="exchange-subhead">Added from the file</h3>
                <p>{added.length > 0 ? added.join(', ') : 'Nothing new.'}</p>
                <p className="muted">
                  {plan.identical.toLocaleString()} records and measurements are the same on both
                  sides. A merge never deletes: records only you have stay.
                </p>
                <h3 className="exchange-subhead">
                  {keys.length === 0
                    ? 'No conflicts'
                    : `${keys.length.toLocaleString()} conflict${keys.length === 1 ? '' : 's'}: the same record differs`}
                </h3>
                {keys.length > 0 && (
                  <>
                    <p className="muted">
                      Neither copy is known to be the right one; “newer” compares when each was last
                      changed. Choose for each.
                    </p>
                    <div className="page-actions exchange-bulk">
                      <Button size="sm" onClick={() => choose(newerChoices(plan))}>
                        Take all newer
                      </Button>
                      <Button size="sm" onClick={() => choose(allChoices(plan, 'mine'))}>
                        Keep all mine
                      </Button>
                      <Button size="sm" onClick={() => choose(allChoices(plan, 'theirs'))}>
                        Take all theirs
                      </Button>
                    </div>
                    <ConflictList
                      plan={plan}
                      choices={choices}
                      onChoose={(key, choice) => choose({ ...choices, [key]: choice })}
                    />
                  </>
                )}
              </>
            )}
          </Dialog>
        );
      }
    }
  }, [state, close, merge]);

  return { start, dialog };
}
