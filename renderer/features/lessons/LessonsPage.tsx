import { useLiveQuery } from 'dexie-react-hooks';
import { BookOpen } from 'lucide-react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { LESSON_KINDS } from '@shared/model';
import { useDb } from '../../app/PortfolioContext';
import { useUrlFilters } from '../../app/useUrlFilters';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { formatNumber } from '../../components/format';
import { LessonCard } from './LessonCard';
import { LESSON_KIND_LABELS } from './lessonForm';
import { LESSON_FILTER_KEYS, filterLessons, type LessonEntry } from './lessonFilters';

/** The library of lessons across pilots: searchable, filterable by tag, kind and business unit. */
export function LessonsPage() {
  const db = useDb();
  const { filters, filtered, setFilter, clearFilters } = useUrlFilters(LESSON_FILTER_KEYS);
  const data = useLiveQuery(async () => {
    const [lessons, pilots, decisions] = await Promise.all([
      db.lessons.toArray(),
      db.pilots.toArray(),
      db.decisions.toArray(),
    ]);
    return { lessons, pilots, decisions };
  }, [db]);

  const { entries, decisions, pilots, tags, units } = useMemo(() => {
    const pilots = new Map((data?.pilots ?? []).map((p) => [p.id, p]));
    const decisions = new Map((data?.decisions ?? []).map((d) => [d.id, d]));
    const entries: LessonEntry[] = (data?.lessons ?? [])
      .map((lesson) => ({
        lesson,
        pilotName: pilots.get(lesson.pilotId)?.name ?? '(deleted pilot)',
        businessUnit: pilots.get(lesson.pilotId)?.businessUnit ?? '',
      }))
      .sort((a, b) => b.lesson.createdAt.localeCompare(a.lesson.createdAt));
    const tagNames = new Map<string, string>();
    for (const { lesson } of entries) {
      for (const t of lesson.tags)
        if (!tagNames.has(t.toLowerCase())) tagNames.set(t.toLowerCase(), t);
    }
    return {
      entries,
      decisions,
      pilots,
      tags: [...tagNames.values()].sort((a, b) => a.localeCompare(b)),
      units: [...new Set(entries.map((e) => e.businessUnit).filter(Boolean))].sort(),
    };
  }, [data]);
  const visible = useMemo(() => filterLessons(entries, filters), [entries, filters]);

  const header = (
    <PageHeader
      title="Lessons"
      description="Practices to copy and pitfalls to avoid, learned across pilots — each linked to where it was learned."
    />
  );
  if (!data) {
    return (
      <div className="page-inner">
        {header}
        <div className="loading" role="status">
          Loading lessons…
        </div>
      </div>
    );
  }
  if (entries.length === 0) {
    return (
      <div className="page-inner">
        {header}
        <div className="card">
          <EmptyState
            icon={<BookOpen />}
            title="No lessons yet"
            actions={
              <Link className="btn btn-primary" to="/pilots">
                Go to pilots
              </Link>
            }
          >
            Open a pilot’s Lessons tab and choose “Write a lesson”. Recording an expand or stop
            decision invites one too, so what worked — and what did not — is not lost.
          </EmptyState>
        </div>
      </div>
    );
  }

  return (
    <div className="page-inner">
      {header}
      <section className="card lesson-filters" aria-label="Lesson filters">
        <div className="table-toolbar">
          <input
            className="input search-input"
            type="search"
            placeholder="Search title, text, pilot, tags…"
            aria-label="Search lessons"
            value={filters.q}
            onChange={(e) => setFilter('q', e.target.value)}
          />
          <select
            className="select"
            aria-label="Filter by kind"
            value={filters.kind}
            onChange={(e) => setFilter('kind', e.target.value)}
          >
            <option value="">Practices and pitfalls</option>
            {LESSON_KINDS.map((k) => (
              <option key={k} value={k}>
                {LESSON_KIND_LABELS[k]}
              </option>
            ))}
          </select>
          <select
            className="select"
            aria-label="Filter by tag"
            value={tags.find((t) => t.toLowerCase() === filters.tag.toLowerCase()) ?? ''}
            onChange={(e) => setFilter('tag', e.target.value)}
          >
            <option value="">All tags</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
          <select
            className="select"
            aria-label="Filter by business unit"
            value={filters.unit}
            onChange={(e) => setFilter('unit', e.target.value)}
          >
            <option value="">All business units</option>
            {units.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
          {filtered && (
            <Button variant="ghost" size="sm" onClick={clearFilters}>
              Clear filters
            </Button>
          )}
          <span className="toolbar-count" role="status">
            {formatNumber(visible.length)} of {formatNumber(entries.length)} lessons
          </span>
        </div>
      </section>
      {visible.length === 0 ? (
        <p className="card vt-empty">No lesson matches these filters.</p>
      ) : (
        <ul className="lesson-list" aria-label="Lessons">
          {visible.map(({ lesson }) => {
            const pilot = pilots.get(lesson.pilotId);
            return (
              <li key={lesson.id}>
                <LessonCard
                  lesson={lesson}
                  decision={lesson.decisionId ? decisions.get(lesson.decisionId) : undefined}
                  pilot={{
                    name: pilot?.name ?? '(deleted pilot)',
                    businessUnit: pilot?.businessUnit ?? '',
                  }}
                  onTagClick={(tag) => setFilter('tag', tag)}
                />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
