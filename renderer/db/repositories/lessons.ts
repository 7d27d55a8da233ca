import {
  lessonFieldsSchema,
  lessonSchema,
  type Lesson,
  type LessonFields,
} from '../../../shared/model';
import type { PortfolioDatabase } from '../database';
import { RecordNotFoundError, ValidationError } from '../errors';
import { quoted, recordHistory } from '../history';
import { nextUpdatedAt } from '../timestamps';
import type { UndoToken } from '../undo';
import { newRecordMeta } from './recordMeta';
import { updateRecord, type UpdateOptions } from './recordUpdate';
import { checkReferences, definedOnly, parseOrThrow } from './validation';

export type LessonDraft = Partial<LessonFields> & Pick<LessonFields, 'pilotId' | 'title'>;

export const LESSON_DEFAULTS: Omit<LessonFields, 'pilotId' | 'title'> = {
  decisionId: null,
  text: '',
  kind: 'practice',
  tags: [],
};

async function checkLesson(db: PortfolioDatabase, lesson: LessonFields): Promise<void> {
  await checkReferences('Lesson', [
    { field: 'pilotId', id: lesson.pilotId, table: db.pilots, noun: 'pilot' },
    { field: 'decisionId', id: lesson.decisionId, table: db.decisions, noun: 'decision' },
  ]);
  if (lesson.decisionId) {
    const decision = await db.decisions.get(lesson.decisionId);
    if (decision && decision.pilotId !== lesson.pilotId) {
      throw new ValidationError('Lesson', [
        { field: 'decisionId', message: 'The decision belongs to another pilot' },
      ]);
    }
  }
}

export async function createLesson(db: PortfolioDatabase, draft: LessonDraft): Promise<Lesson> {
  const fields = parseOrThrow(lessonFieldsSchema, 'Lesson', {
    ...LESSON_DEFAULTS,
    ...definedOnly(draft),
  });
  return db.transaction('rw', [db.lessons, db.pilots, db.decisions, db.history], async () => {
    await checkLesson(db, fields);
    const lesson: Lesson = { ...newRecordMeta(), ...fields };
    await db.lessons.add(lesson);
    await recordHistory(db, {
      action: 'create',
      entityType: 'lesson',
      entityId: lesson.id,
      pilotId: lesson.pilotId,
      summary: `Wrote down the ${lesson.kind === 'pitfall' ? 'pitfall' : 'practice'} ${quoted(lesson.title)}`,
      at: lesson.createdAt,
    });
    return lesson;
  });
}

export function updateLesson(
  db: PortfolioDatabase,
  id: string,
  patch: Partial<LessonFields>,
  options: UpdateOptions = {},
): Promise<Lesson> {
  return db.transaction('rw', [db.lessons, db.pilots, db.decisions, db.history], () =>
    updateRecord(
      db,
      {
        noun: 'lesson',
        entityType: 'lesson',
        table: db.lessons,
        schema: lessonSchema,
        pilotIdOf: (l) => l.pilotId,
        nameOf: (l) => l.title,
        immutable: ['pilotId'],
        check: (after, before) =>
          after.decisionId !== before.decisionId ? checkLesson(db, after) : undefined,
      },
      id,
      patch,
      options,
    ),
  );
}

export async function deleteLesson(db: PortfolioDatabase, id: string): Promise<UndoToken> {
  return db.transaction('rw', [db.lessons, db.history], async () => {
    const lesson = await db.lessons.get(id);
    if (!lesson) throw new RecordNotFoundError('lesson', id);
    const at = nextUpdatedAt(lesson.updatedAt);
    await db.lessons.delete(id);
    const label = `Deleted the lesson ${quoted(lesson.title)}`;
    await recordHistory(db, {
      action: 'delete',
      entityType: 'lesson',
      entityId: id,
      pilotId: lesson.pilotId,
      summary: label,
      at,
    });
    return {
      label,
      restoreSummary: `Restored the lesson ${quoted(lesson.title)}`,
      at,
      entityType: 'lesson',
      entityId: id,
      pilotId: lesson.pilotId,
      records: { lessons: [lesson] },
    };
  });
}
