import { useLiveQuery } from 'dexie-react-hooks';
import { Gavel } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Decision } from '@shared/model';
import { useDb } from '../../app/PortfolioContext';
import { useSettings } from '../../app/queries/useSettings';
import { useUiStore } from '../../app/uiStore';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { LessonDialog } from '../lessons/LessonDialog';
import { DecisionCard } from './DecisionCard';
import { DeleteDecisionDialog } from './DeleteDecisionDialog';

/** Newest first: by date, then by when it was recorded (two decisions on one day keep order). */
function newestFirst(a: Decision, b: Decision): number {
  return b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);
}

/** A pilot's decisions, newest first, and "Record decision". */
export function PilotDecisionsTab({ pilotId }: { pilotId: string }) {
  const db = useDb();
  const settings = useSettings();
  const openDecisionDialog = useUiStore((s) => s.openDecisionDialog);
  const [searchParams] = useSearchParams();
  const highlighted = searchParams.get('decision');
  const data = useLiveQuery(async () => {
    const [pilot, decisions, metrics] = await Promise.all([
      db.pilots.get(pilotId),
      db.decisions.where('pilotId').equals(pilotId).toArray(),
      db.metrics.where('pilotId').equals(pilotId).toArray(),
    ]);
    return {
      pilotName: pilot?.name ?? '',
      decisions: decisions.sort(newestFirst),
      // Snapshots keep numbers, not units; a metric that still exists lends its unit to read them.
      units: new Map(metrics.map((m) => [m.id, m.unit])),
    };
  }, [db, pilotId]);
  const [deleting, setDeleting] = useState<Decision | null>(null);
  const [lessonFor, setLessonFor] = useState<Decision | null>(null);

  // Arriving from a link to one decision (the Decisions or Lessons page): bring it into view.
  const loaded = data !== undefined;
  useEffect(() => {
    if (!loaded || !highlighted) return;
    document.getElementById(`decision-${highlighted}`)?.scrollIntoView({ block: 'center' });
  }, [loaded, highlighted]);

  if (!data) {
    return (
      <div className="loading" role="status">
        Loading decisions…
      </div>
    );
  }
  const currency = settings?.currency ?? 'EUR';
  const recordButton = (
    <Button variant="primary" onClick={() => openDecisionDialog(pilotId)}>
      <Gavel size={15} aria-hidden="true" /> Record decision
    </Button>
  );

  return (
    <div className="tab-stack">
      {data.decisions.length === 0 ? (
        <div className="card">
          <EmptyState
            icon={<Gavel />}
            title="No decisions recorded here yet"
            actions={recordButton}
          >
            When this pilot is reviewed, record what was decided — expand, continue, pivot or stop —
            with the app’s recommendation and the evidence frozen at that moment.
          </EmptyState>
        </div>
      ) : (
        <>
          <div className="tab-toolbar">
            <p className="muted">
              {data.decisions.length === 1
                ? '1 decision, '
                : `${data.decisions.length} decisions, `}
              newest first. An expansion is earned when the recommendation at the time was to
              expand.
            </p>
            {recordButton}
          </div>
          <ol className="decision-list" aria-label="Decisions on this pilot, newest first">
            {data.decisions.map((d) => (
              <li key={d.id}>
                <DecisionCard
                  decision={d}
                  currency={currency}
                  pilotName={data.pilotName}
                  units={data.units}
                  highlighted={d.id === highlighted}
                  onWriteLesson={() => setLessonFor(d)}
                  onDelete={() => setDeleting(d)}
                />
              </li>
            ))}
          </ol>
        </>
      )}
      <DeleteDecisionDialog
        decision={deleting}
        currency={currency}
        onClose={() => setDeleting(null)}
      />
      <LessonDialog
        open={lessonFor !== null}
        onClose={() => setLessonFor(null)}
        pilotId={pilotId}
        initial={{
          decisionId: lessonFor?.id ?? null,
          kind: lessonFor?.kind === 'stop' || lessonFor?.kind === 'pivot' ? 'pitfall' : 'practice',
        }}
      />
    </div>
  );
}
