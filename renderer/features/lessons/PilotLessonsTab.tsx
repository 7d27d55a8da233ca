import { useLiveQuery } from 'dexie-react-hooks';
import { BookOpen, Pencil, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import type { Lesson } from '@shared/model';
import { useDb } from '../../app/PortfolioContext';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { deleteLesson, restoreDeleted } from '../../db';
import { LessonCard } from './LessonCard';
import { LessonDialog } from './LessonDialog';

type Editing = { mode: 'create' } | { mode: 'edit'; lesson: Lesson } | null;

/** Lessons learned in a pilot: practices to copy and pitfalls to avoid. */
export function PilotLessonsTab({ pilotId }: { pilotId: string }) {
  const db = useDb();
  const data = useLiveQuery(async () => {
    const [lessons, decisions] = await Promise.all([
      db.lessons.where('pilotId').equals(pilotId).toArray(),
      db.decisions.where('pilotId').equals(pilotId).toArray(),
    ]);
    lessons.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return { lessons, decisions: new Map(decisions.map((d) => [d.id, d])) };
  }, [db, pilotId]);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Lesson | null>(null);

  async function remove(lesson: Lesson) {
    try {
      const token = await deleteLesson(db, lesson.id);
      toast.success(token.label, {
        duration: 10_000,
        action: {
          label: 'Undo',
          onClick: () => {
            restoreDeleted(db, token).then(
              () => toast.success(`Restored the lesson “${lesson.title}”`),
              (error: unknown) => toast.error(String(error)),
            );
          },
        },
      });
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error));
    }
  }

  if (!data) {
    return (
      <div className="loading" role="status">
        Loading lessons…
      </div>
    );
  }
  const writeButton = (
    <Button variant="primary" onClick={() => setEditing({ mode: 'create' })}>
      <Plus size={15} aria-hidden="true" /> Write a lesson
    </Button>
  );

  return (
    <div className="tab-stack">
      {data.lessons.length === 0 ? (
        <div className="card">
          <EmptyState icon={<BookOpen />} title="No lessons yet" actions={writeButton}>
            Write down what worked and what to avoid, so other pilots can reuse it. Recording an
            expand or stop decision invites a lesson too.
          </EmptyState>
        </div>
      ) : (
        <>
          <div className="tab-toolbar">
            <p className="muted">
              {data.lessons.length === 1 ? '1 lesson' : `${data.lessons.length} lessons`} from this
              pilot, newest first. They also appear in the portfolio’s Lessons library.
            </p>
            {writeButton}
          </div>
          <ul className="lesson-list" aria-label="Lessons from this pilot">
            {data.lessons.map((lesson) => (
              <li key={lesson.id}>
                <LessonCard
                  lesson={lesson}
                  decision={lesson.decisionId ? data.decisions.get(lesson.decisionId) : undefined}
                  actions={
                    <>
                      <Button
                        size="sm"
                        variant="ghost"
                        onClick={() => setEditing({ mode: 'edit', lesson })}
                        aria-label={`Edit the lesson “${lesson.title}”`}
                      >
                        <Pencil size={14} aria-hidden="true" /> Edit
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        onClick={() => setDeleting(lesson)}
                        aria-label={`Delete the lesson “${lesson.title}”`}
                      >
                        <Trash2 size={14} aria-hidden="true" /> Delete
                      </Button>
                    </>
                  }
                />
              </li>
            ))}
          </ul>
        </>
      )}
      <LessonDialog
        open={editing !== null}
        onClose={() => setEditing(null)}
        pilotId={pilotId}
        lesson={editing?.mode === 'edit' ? editing.lesson : undefined}
      />
      {deleting && (
        <ConfirmDialog
          open
          onOpenChange={(open) => !open && setDeleting(null)}
          title={`Delete the lesson “${deleting.title}”?`}
          confirmLabel="Delete lesson"
          danger
          onConfirm={() => void remove(deleting)}
        >
          It leaves this pilot and the Lessons library. You can undo this right after.
        </ConfirmDialog>
      )}
    </div>
  );
}
