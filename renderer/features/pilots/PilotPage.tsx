import * as Tabs from '@radix-ui/react-tabs';
import { useLiveQuery } from 'dexie-react-hooks';
import { ArrowLeft, FileText, Gavel, Pencil, Target, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { toast } from 'sonner';
import { todayIso } from '@shared/dates';
import { printRoute } from '@shared/reports/printRoutes';
import { useDb, usePortfolioSession } from '../../app/PortfolioContext';
import { usePeopleById } from '../../app/queries/usePeopleById';
import { usePilotEvaluation } from '../../app/queries/usePilotEvaluation';
import { useSettings } from '../../app/queries/useSettings';
import { useUiStore } from '../../app/uiStore';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { HealthBadge } from '../../components/HealthBadge';
import { RecommendationBadge } from '../../components/RecommendationBadge';
import { StageBadge } from '../../components/StageBadge';
import { deletePilot, restoreDeleted } from '../../db';
import { PilotAgentsTab } from '../agents/PilotAgentsTab';
import { PilotDecisionsTab } from '../decisions/PilotDecisionsTab';
import { PilotLessonsTab } from '../lessons/PilotLessonsTab';
import { OutcomesTab } from '../outcomes/OutcomesTab';
import { PilotFacts } from './PilotHeader';
import { PilotHistory } from './PilotHistory';

const TABS = [
  { id: 'outcomes', label: 'Outcomes' },
  { id: 'agents', label: 'Agents & people' },
  { id: 'decisions', label: 'Decisions' },
  { id: 'lessons', label: 'Lessons' },
  { id: 'history', label: 'History' },
] as const;
type TabId = (typeof TABS)[number]['id'];

function isTab(value: string | undefined): value is TabId {
  return TABS.some((t) => t.id === value);
}

export function PilotPage() {
  const { pilotId = '', tab } = useParams();
  const db = useDb();
  const { entry } = usePortfolioSession();
  const navigate = useNavigate();
  const settings = useSettings();
  const people = usePeopleById();
  const openPilotDialog = useUiStore((s) => s.openPilotDialog);
  const openDecisionDialog = useUiStore((s) => s.openDecisionDialog);
  const evaluation = usePilotEvaluation(pilotId)?.evaluation;
  const [confirmDelete, setConfirmDelete] = useState(false);
  const pilot = useLiveQuery(async () => (await db.pilots.get(pilotId)) ?? null, [db, pilotId]);
  const activeTab: TabId = isTab(tab) ? tab : 'outcomes';

  if (pilot === undefined)
    return (
      <div className="loading" role="status">
        Loading pilot…
      </div>
    );
  if (pilot === null) {
    return (
      <div className="page-inner">
        <h1 className="visually-hidden">Pilot not found</h1>
        <EmptyState
          icon={<Target />}
          title="This pilot is not in the portfolio"
          actions={
            <Link className="btn" to="/pilots">
              Back to pilots
            </Link>
          }
        >
          It may have been deleted, or it belongs to another portfolio.
        </EmptyState>
      </div>
    );
  }

  const reviewOverdue =
    !!pilot.nextReviewDate &&
    pilot.nextReviewDate < todayIso() &&
    pilot.stage !== 'stopped' &&
    pilot.stage !== 'scaled';

  async function remove() {
    if (!pilot) return;
    const token = await deletePilot(db, pilot.id);
    void navigate('/pilots');
    toast.success(`Deleted pilot “${pilot.name}”`, {
      action: {
        label: 'Undo',
        onClick: () => {
          void restoreDeleted(db, token).then(() => toast.success(`Restored “${pilot.name}”`));
        },
      },
      duration: 10_000,
    });
  }

  return (
    <div className="page-inner">
      <div>
        <Link to="/pilots" className="back-link">
          <ArrowLeft size={15} aria-hidden="true" /> All pilots
        </Link>
      </div>
      <section className="card pilot-header" aria-labelledby="pilot-title">
        <div className="pilot-header-top">
          <div className="pilot-title-block">
            <div className="pilot-title-row">
              <h1 id="pilot-title">{pilot.name}</h1>
              <StageBadge stage={pilot.stage} />
              {evaluation && pilot.stage !== 'stopped' && (
                <>
                  <HealthBadge health={evaluation.health} />
                  <RecommendationBadge recommendation={evaluation.recommendation} />
                </>
              )}
            </div>
            {pilot.summary && <p className="pilot-summary">{pilot.summary}</p>}
            {pilot.tags.length > 0 && (
              <div className="tag-list" aria-label="Tags">
                {pilot.tags.map((t) => (
                  <span className="tag" key={t}>
                    {t}
                  </span>
                ))}
              </div>
            )}
          </div>
          <div className="page-actions">
            <Button variant="primary" onClick={() => openDecisionDialog(pilot.id)}>
              <Gavel size={15} aria-hidden="true" /> Record decision
            </Button>
            <Button onClick={() => openPilotDialog({ mode: 'edit', pilotId: pilot.id })}>
              <Pencil size={15} aria-hidden="true" /> Edit
            </Button>
            <Link
              className="btn"
              to={printRoute({
                report: 'pilot',
                portfolioId: entry.id,
                pilotId: pilot.id,
                pageSize: 'A4',
              }).slice(1)}
            >
              <FileText size={15} aria-hidden="true" /> One-pager
            </Link>
            <Button
              variant="ghost"
              onClick={() => setConfirmDelete(true)}
              aria-label={`Delete pilot ${pilot.name}`}
            >
              <Trash2 size={15} aria-hidden="true" /> Delete
            </Button>
          </div>
        </div>
        <PilotFacts
          pilot={pilot}
          sponsor={pilot.sponsorId ? people.get(pilot.sponsorId) : undefined}
          lead={pilot.leadId ? people.get(pilot.leadId) : undefined}
          currency={settings?.currency ?? 'EUR'}
          reviewOverdue={reviewOverdue}
        />
        {(pilot.problem || pilot.hypothesis) && (
          <div className="grid-2 pilot-story">
            {pilot.problem && (
              <div>
                <h2 className="story-label">Problem</h2>
                <p>{pilot.problem}</p>
              </div>
            )}
            {pilot.hypothesis && (
              <div>
                <h2 className="story-label">Hypothesis</h2>
                <p>{pilot.hypothesis}</p>
              </div>
            )}
          </div>
        )}
      </section>

      <Tabs.Root
        value={activeTab}
        onValueChange={(value) => void navigate(`/pilots/${pilot.id}/${value}`, { replace: true })}
        activationMode="manual"
      >
        <Tabs.List className="tabs-list" aria-label="Pilot sections">
          {TABS.map((t) => (
            <Tabs.Trigger key={t.id} value={t.id} className="tabs-trigger">
              {t.label}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        <Tabs.Content value="outcomes" className="tabs-content">
          <OutcomesTab pilotId={pilot.id} />
        </Tabs.Content>
        <Tabs.Content value="agents" className="tabs-content">
          <PilotAgentsTab pilotId={pilot.id} />
        </Tabs.Content>
        <Tabs.Content value="decisions" className="tabs-content">
          <PilotDecisionsTab pilotId={pilot.id} />
        </Tabs.Content>
        <Tabs.Content value="lessons" className="tabs-content">
          <PilotLessonsTab pilotId={pilot.id} />
        </Tabs.Content>
        <Tabs.Content value="history" className="tabs-content">
          <div className="card card-body">
            <PilotHistory pilotId={pilot.id} />
          </div>
        </Tabs.Content>
      </Tabs.Root>

      <ConfirmDialog
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        title={`Delete “${pilot.name}”?`}
        confirmLabel="Delete pilot"
        danger
        onConfirm={() => void remove()}
      >
        The pilot, its metrics and measurements, decisions and lessons are removed. You can undo
        this right after.
      </ConfirmDialog>
    </div>
  );
}
