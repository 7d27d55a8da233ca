import { CalendarClock } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { addDaysIso } from '@shared/dates';
import type { PortfolioPilotRow } from '@shared/domain/portfolio';
import { useUiStore } from '../../app/uiStore';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { formatDate } from '../../components/format';
import { DECISION_LABELS } from '../../components/RecommendationBadge';

/** Days ahead a review counts as due. */
export const REVIEW_HORIZON_DAYS = 14;
/** The most urgent reviews fit the panel; the rest are one click away. */
const FIRST_SHOWN = 8;

/** Running pilots whose review is past or within the horizon, most overdue first. */
export function reviewsDue(
  pilots: readonly PortfolioPilotRow[],
  today: string,
): PortfolioPilotRow[] {
  const horizon = addDaysIso(today, REVIEW_HORIZON_DAYS);
  return pilots
    .filter(
      (p) => p.stage !== 'stopped' && p.nextReviewDate !== null && p.nextReviewDate <= horizon,
    )
    .sort(
      (a, b) =>
        (a.nextReviewDate ?? '').localeCompare(b.nextReviewDate ?? '') ||
        a.name.localeCompare(b.name),
    );
}

/** Reviews due, each with its recommendation and one click to record the decision. */
export function ReviewsDue(props: { pilots: readonly PortfolioPilotRow[]; today: string }) {
  const openDecisionDialog = useUiStore((s) => s.openDecisionDialog);
  const due = reviewsDue(props.pilots, props.today);
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? due : due.slice(0, FIRST_SHOWN);
  return (
    <section className="card portfolio-reviews" aria-labelledby="reviews-due-heading">
      <div className="card-header">
        <h2 id="reviews-due-heading">
          {due.length === 0
            ? 'No reviews due'
            : `${due.length} ${due.length === 1 ? 'review' : 'reviews'} due`}
        </h2>
        <span className="card-header-note">overdue or in the next {REVIEW_HORIZON_DAYS} days</span>
      </div>
      {due.length === 0 ? (
        <EmptyState icon={<CalendarClock />} title="Nothing to decide right now">
          No running pilot’s review date is past or within the next {REVIEW_HORIZON_DAYS} days.
        </EmptyState>
      ) : (
        <ul className="portfolio-review-list">
          {shown.map((p) => {
            const overdue = (p.nextReviewDate ?? '') < props.today;
            return (
              <li key={p.id} className="portfolio-review">
                <span className={`portfolio-review-date${overdue ? ' overdue' : ''}`}>
                  {overdue ? 'Overdue · ' : ''}
                  {formatDate(p.nextReviewDate)}
                </span>
                <span className="portfolio-review-name">
                  <Link to={`/pilots/${p.id}`}>{p.name}</Link>
                  <span className="portfolio-review-unit">{p.businessUnit}</span>
                </span>
                <span className={`badge rec-${p.recommendation}`} title={p.reasons.join(' ')}>
                  <span className="badge-dot" aria-hidden="true" />
                  Recommend: {DECISION_LABELS[p.recommendation]}
                </span>
                <Button
                  size="sm"
                  variant="primary"
                  aria-label={`Record decision for ${p.name}`}
                  onClick={() => openDecisionDialog(p.id)}
                >
                  Record decision
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      {due.length > FIRST_SHOWN && (
        <div className="portfolio-reviews-more">
          <Button size="sm" variant="ghost" onClick={() => setShowAll((v) => !v)}>
            {showAll ? 'Show the most urgent only' : `Show all ${due.length} reviews due`}
          </Button>
        </div>
      )}
    </section>
  );
}
