import type { Lesson } from '@shared/model';

/** The library's filters as they live in the URL (`?q=&kind=&tag=&unit=`). */
export interface LessonFilters {
  q: string;
  kind: string;
  tag: string;
  unit: string;
}

export const LESSON_FILTER_KEYS = ['q', 'kind', 'tag', 'unit'] as const;

export interface LessonEntry {
  lesson: Lesson;
  pilotName: string;
  businessUnit: string;
}

/** Entries matching every filter; the search looks in title, text, tags and the pilot's name. */
export function filterLessons(entries: readonly LessonEntry[], f: LessonFilters): LessonEntry[] {
  const needle = f.q.trim().toLowerCase();
  const tag = f.tag.toLowerCase();
  return entries.filter(({ lesson, pilotName, businessUnit }) => {
    if (f.kind && lesson.kind !== f.kind) return false;
    if (f.unit && businessUnit !== f.unit) return false;
    if (tag && !lesson.tags.some((t) => t.toLowerCase() === tag)) return false;
    if (!needle) return true;
    return [lesson.title, lesson.text, pilotName, ...lesson.tags]
      .join('\n')
      .toLowerCase()
      .includes(needle);
  });
}
