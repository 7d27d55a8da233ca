import * as Tabs from '@radix-ui/react-tabs';
import { useLiveQuery } from 'dexie-react-hooks';
import { ArrowLeft, BookOpen, Bot, Gavel, Pencil, Target, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { toast } from 'sonner';
import { todayIso } from '@shared/dates';
import { useDb } from '../../app/PortfolioContext';
import { usePeopleById } from '../../app/queries/usePeopleById';
import { useSettings } from '../../app/queries/useSettings';
import { useUiStore } from '../../app/uiStore';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { StageBadge } from '../../components/StageBadge';
import { deletePilot, restoreDeleted } from '../../db';
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
  const navigate = useNavigate();
  const settings = useSettings();
  const people = usePeopleById();
  const openPilotDialog = useUiStore((s) => s.openPilotDialog);
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
            <Button onClick={() => openPilotDialog({ mode: 'edit', pilotId: pilot.id })}>
              <Pencil size={15} aria-hidden="true" /> Edit
            </Button>
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
          <div className="card">
            <EmptyState icon={<Target />} title="Outcome metrics are coming next">
              This pilot will be judged by the business outcomes it moves — cycle time, cost per
              case, error rate — each with a baseline and a target. Metric definitions and
              measurements are the next release.
            </EmptyState>
          </div>
        </Tabs.Content>
        <Tabs.Content value="agents" className="tabs-content">
          <div className="card">
            <EmptyState icon={<Bot />} title="Agents and supervision are coming">
              Which agents work in this pilot, the people they serve and who supervises them — with
              the hours that takes — will be recorded here.
            </EmptyState>
          </div>
        </Tabs.Content>
        <Tabs.Content value="decisions" className="tabs-content">
          <div className="card">
            <EmptyState icon={<Gavel />} title="No decisions recorded here yet">
              Expand, continue, pivot or stop — recorded with the evidence and the app’s
              recommendation at that moment — arrive with outcome tracking.
            </EmptyState>
          </div>
        </Tabs.Content>
        <Tabs.Content value="lessons" className="tabs-content">
          <div className="card">
            <EmptyState icon={<BookOpen />} title="No lessons yet">
              Practices to copy and pitfalls to avoid, learned in this pilot, will be written down
              here so other pilots can reuse them.
            </EmptyState>
          </div>
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
