import { useLiveQuery } from 'dexie-react-hooks';
import { CalendarClock, Plus, Rocket } from 'lucide-react';
import { Link } from 'react-router';
import { PILOT_STAGES } from '@shared/model';
import { addDaysIso, todayIso } from '@shared/dates';
import { useDb, usePortfolioSession } from '../../app/PortfolioContext';
import { useSettings } from '../../app/queries/useSettings';
import { useUiStore } from '../../app/uiStore';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { formatDate, formatMoney, formatNumber } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { StageBadge, STAGE_LABELS } from '../../components/StageBadge';

/** The executive view. Until outcome charts land it shows the ladder, resources and reviews due. */
export function PortfolioPage() {
  const db = useDb();
  const { entry } = usePortfolioSession();
  const settings = useSettings();
  const pilots = useLiveQuery(() => db.pilots.toArray(), [db]);
  const openPilotDialog = useUiStore((s) => s.openPilotDialog);

  if (!pilots || !settings)
    return (
      <div className="loading" role="status">
        Loading portfolio…
      </div>
    );
  const today = todayIso();
  const horizon = addDaysIso(today, 14);
  const active = pilots.filter((p) => p.stage !== 'stopped');
  const budget = active.reduce((sum, p) => sum + p.budget, 0);
  const fte = active.reduce((sum, p) => sum + p.fte, 0);
  const due = active
    .filter((p) => p.stage !== 'scaled' && p.nextReviewDate && p.nextReviewDate <= horizon)
    .sort((a, b) => (a.nextReviewDate ?? '').localeCompare(b.nextReviewDate ?? ''));

  return (
    <div className="page-inner">
      <PageHeader
        title={settings.name || entry.name}
        description={
          settings.organisation
            ? `${settings.organisation} · AI pilot portfolio`
            : 'AI pilot portfolio'
        }
      />
      {pilots.length === 0 ? (
        <div className="card">
          <EmptyState
            icon={<Rocket />}
            title="Your portfolio is empty"
            actions={
              <Button variant="primary" onClick={() => openPilotDialog({ mode: 'create' })}>
                <Plus size={16} aria-hidden="true" /> New pilot
              </Button>
            }
          >
            Register the AI pilots your organisation runs. Once they have outcomes and measurements,
            this page charts which ones earned more resources.
          </EmptyState>
        </div>
      ) : (
        <>
          <div className="tiles">
            <div className="card tile">
              <div className="tile-label">Active pilots</div>
              <div className="tile-value">{formatNumber(active.length)}</div>
              <div className="tile-note">{formatNumber(pilots.length - active.length)} stopped</div>
            </div>
            <div className="card tile">
              <div className="tile-label">Budget allocated</div>
              <div className="tile-value">{formatMoney(budget, settings.currency, true)}</div>
              <div className="tile-note">across active pilots</div>
            </div>
            <div className="card tile">
              <div className="tile-label">People allocated</div>
              <div className="tile-value">{formatNumber(fte, 1)} FTE</div>
              <div className="tile-note">across active pilots</div>
            </div>
            <div className="card tile">
              <div className="tile-label">Reviews due</div>
              <div className="tile-value">{formatNumber(due.length)}</div>
              <div className="tile-note">overdue or in the next 14 days</div>
            </div>
          </div>
          <div className="grid-2">
            <section className="card" aria-labelledby="ladder-heading">
              <div className="card-header">
                <h2 id="ladder-heading">The ladder</h2>
              </div>
              <table className="data-table">
                <caption className="visually-hidden">Pilots per stage</caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <span className="sort-button">Stage</span>
                    </th>
                    <th scope="col" className="num">
                      <span className="sort-button">Pilots</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {PILOT_STAGES.map((stage) => (
                    <tr key={stage}>
                      <td>
                        <StageBadge stage={stage} />
                        <span className="visually-hidden">{STAGE_LABELS[stage]}</span>
                      </td>
                      <td className="num">
                        {formatNumber(pilots.filter((p) => p.stage === stage).length)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <section className="card" aria-labelledby="reviews-heading">
              <div className="card-header">
                <h2 id="reviews-heading">Reviews due</h2>
              </div>
              {due.length === 0 ? (
                <EmptyState icon={<CalendarClock />} title="No reviews due">
                  No pilot’s review date is past or within the next 14 days.
                </EmptyState>
              ) : (
                <ul className="history-list padded-list">
                  {due.slice(0, 8).map((p) => (
                    <li key={p.id} className="history-item">
                      <span
                        className={`history-when${(p.nextReviewDate ?? '') < today ? ' overdue' : ''}`}
                      >
                        {formatDate(p.nextReviewDate)}
                      </span>
                      <span>
                        <Link to={`/pilots/${p.id}`}>{p.name}</Link> <StageBadge stage={p.stage} />
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
        </>
      )}
    </div>
  );
}
