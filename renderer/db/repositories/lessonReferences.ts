import type { Lesson } from '../../../shared/model';
import type { PortfolioDatabase } from '../database';

/** Lessons (in any pilot, except those being removed) that cite one of `decisionIds`. */
export async function lessonsCiting(
  db: PortfolioDatabase,
  decisionIds: readonly string[],
  removedLessonIds: ReadonlySet<string>,
): Promise<Lesson[]> {
  if (decisionIds.length === 0) return [];
  return (await db.lessons.where('decisionId').anyOf(decisionIds).toArray()).filter(
    (l) => !removedLessonIds.has(l.id),
  );
}

/** Clears the decision citation of `lessons`, stamped `at` so an undo can tell they are untouched. */
export async function clearDecisionReferences(
  db: PortfolioDatabase,
  lessons: readonly Lesson[],
  at: string,
): Promise<void> {
  await db.lessons.bulkPut(lessons.map((l) => ({ ...l, decisionId: null, updatedAt: at })));
}
