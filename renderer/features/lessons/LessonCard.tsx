import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Decision, Lesson } from '@shared/model';
import { DECISION_LABELS } from '../../components/RecommendationBadge';
import { formatDate } from '../../components/format';
import { LessonKindBadge } from './LessonKindBadge';

/** One lesson: what to copy or avoid, where it was learned, and the decision that prompted it. */
export function LessonCard(props: {
  lesson: Lesson;
  decision: Decision | undefined;
  /** Shown in the library, where lessons come from many pilots. */
  pilot?: { name: string; businessUnit: string } | undefined;
  onTagClick?: (tag: string) => void;
  actions?: ReactNode;
}) {
  const { lesson, decision, pilot } = props;
  const headingId = `lesson-${lesson.id}-title`;
  return (
    <article className="card lesson-card" aria-labelledby={headingId}>
      <header className="lesson-card-head">
        <LessonKindBadge kind={lesson.kind} />
        <h3 id={headingId} className="lesson-title">
          {lesson.title}
        </h3>
      </header>
      {lesson.text && <p className="lesson-text">{lesson.text}</p>}
      <div className="lesson-meta">
        {pilot && (
          <span>
            From{' '}
            <Link to={`/pilots/${lesson.pilotId}/lessons`} className="lesson-link">
              {pilot.name}
            </Link>
            {pilot.businessUnit ? ` · ${pilot.businessUnit}` : ''}
          </span>
        )}
        {decision && (
          <span>
            Prompted by{' '}
            <Link
              to={`/pilots/${lesson.pilotId}/decisions?decision=${decision.id}`}
              className="lesson-link"
            >
              the decision to {DECISION_LABELS[decision.kind].toLowerCase()} on{' '}
              {formatDate(decision.date)}
            </Link>
          </span>
        )}
      </div>
      {lesson.tags.length > 0 && (
        <div className="tag-list" aria-label="Tags">
          {lesson.tags.map((tag) =>
            props.onTagClick ? (
              <button
                key={tag}
                type="button"
                className="tag tag-button"
                onClick={() => props.onTagClick?.(tag)}
                aria-label={`Show lessons tagged ${tag}`}
              >
                {tag}
              </button>
            ) : (
              <span className="tag" key={tag}>
                {tag}
              </span>
            ),
          )}
        </div>
      )}
      {props.actions && <div className="lesson-card-actions">{props.actions}</div>}
    </article>
  );
}
