import { ArrowRight, BookOpen, Trash2 } from 'lucide-react';
import type { Decision } from '@shared/model';
import { Button } from '../../components/Button';
import { DECISION_LABELS } from '../../components/RecommendationBadge';
import { StageBadge } from '../../components/StageBadge';
import { formatDate } from '../../components/format';
import { DecisionKindBadge } from './DecisionKindBadge';
import { EarnedBadge } from './EarnedBadge';
import { earnedVerdict } from './earned';
import { EvidenceTable } from './EvidenceTable';
import { RecommendationSummary } from './RecommendationSummary';
import { resourceChanges } from './resourceFormat';

/** One decision as the log shows it, with what the app recommended and the evidence at the time. */
export function DecisionCard(props: {
  decision: Decision;
  currency: string;
  pilotName: string;
  units: ReadonlyMap<string, string>;
  highlighted: boolean;
  onWriteLesson: () => void;
  onDelete: () => void;
}) {
  const { decision: d, currency } = props;
  const verdict = earnedVerdict(d);
  const changes = resourceChanges(d, currency);
  const headingId = `decision-${d.id}-heading`;
  return (
    <article
      id={`decision-${d.id}`}
      className={`card decision-card${props.highlighted ? ' is-highlighted' : ''}`}
      aria-labelledby={headingId}
    >
      <header className="decision-card-head">
        <h3 id={headingId} className="decision-card-title">
          <time dateTime={d.date}>{formatDate(d.date)}</time>
          <DecisionKindBadge kind={d.kind} />
          {verdict && <EarnedBadge verdict={verdict} />}
        </h3>
        <div className="decision-stage" aria-label="Stage change">
          <StageBadge stage={d.stageBefore} />
          {d.stageBefore === d.stageAfter ? (
            <span className="muted">unchanged</span>
          ) : (
            <>
              <ArrowRight size={14} aria-label="to" />
              <StageBadge stage={d.stageAfter} />
            </>
          )}
        </div>
      </header>

      <p className="decision-resources">
        {changes.length ? changes.join(' · ') : 'No change in resources'}
      </p>
      {verdict && (
        <p className={`earned-note ${verdict.earned ? 'is-earned' : 'is-not-earned'}`}>
          {verdict.explanation}
        </p>
      )}
      <p className="decision-rationale">
        {d.rationale || <span className="muted">No rationale recorded.</span>}
      </p>
      <p className="decision-by">Decided by {d.decidedBy || 'someone unnamed'}</p>

      <div className="decision-frozen">
        <details>
          <summary>
            Recommendation then:{' '}
            {d.recommendation ? (
              <strong>{DECISION_LABELS[d.recommendation.kind]}</strong>
            ) : (
              <span className="muted">none recorded</span>
            )}
          </summary>
          {d.recommendation && (
            <RecommendationSummary recommendation={d.recommendation} prefix="Recommended then" />
          )}
        </details>
        {d.evidence && (
          <details>
            <summary>Evidence then</summary>
            <EvidenceTable
              evidence={d.evidence}
              currency={currency}
              units={props.units}
              caption={`Evidence for “${props.pilotName}” on ${formatDate(d.date)}`}
            />
          </details>
        )}
      </div>

      <div className="decision-card-actions">
        <Button size="sm" variant="ghost" onClick={props.onWriteLesson}>
          <BookOpen size={14} aria-hidden="true" /> Write a lesson
        </Button>
        <Button
          size="sm"
          variant="ghost"
          onClick={props.onDelete}
          aria-label={`Delete the decision of ${formatDate(d.date)}`}
        >
          <Trash2 size={14} aria-hidden="true" /> Delete
        </Button>
      </div>
    </article>
  );
}
