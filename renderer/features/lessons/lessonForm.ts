import type { FieldErrors, Resolver } from 'react-hook-form';
import { lessonFieldsSchema, type Lesson, type LessonFields, type LessonKind } from '@shared/model';

/** The lesson form as its inputs hold it. */
export interface LessonFormValues {
  title: string;
  text: string;
  kind: LessonKind;
  tags: string;
  /** '' when no decision prompted it. */
  decisionId: string;
}

export const LESSON_KIND_LABELS: Record<LessonKind, string> = {
  practice: 'Practice to copy',
  pitfall: 'Pitfall to avoid',
};

export function emptyLessonForm(
  initial: { decisionId?: string | null; kind?: LessonKind } = {},
): LessonFormValues {
  return {
    title: '',
    text: '',
    kind: initial.kind ?? 'practice',
    tags: '',
    decisionId: initial.decisionId ?? '',
  };
}

export function lessonToForm(l: Lesson): LessonFormValues {
  return {
    title: l.title,
    text: l.text,
    kind: l.kind,
    tags: l.tags.join(', '),
    decisionId: l.decisionId ?? '',
  };
}

/** "a, b,,A" → ["a", "b"]: trimmed, no empties, no repeats (ignoring case), in the order typed. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim();
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags;
}

export function formToLesson(pilotId: string, v: LessonFormValues): LessonFields {
  return {
    pilotId,
    title: v.title.trim(),
    text: v.text.trim(),
    kind: v.kind,
    tags: parseTags(v.tags),
    decisionId: v.decisionId || null,
  };
}

const FRIENDLY: Partial<Record<keyof LessonFormValues, string>> = {
  title: 'Give the lesson a short title',
  tags: 'Tags are at most 60 characters each, 50 tags at most',
};

/** Validates with the model's zod schema, so the form and the database agree on the rules. */
export function lessonFormResolver(pilotId: string): Resolver<LessonFormValues> {
  return async (values) => {
    const result = lessonFieldsSchema.safeParse(formToLesson(pilotId, values));
    if (result.success) return { values, errors: {} };
    const errors: FieldErrors<LessonFormValues> = {};
    for (const issue of result.error.issues) {
      const key = issue.path[0] as keyof LessonFormValues | undefined;
      if (!key || errors[key] || !(key in values)) continue;
      errors[key] = { type: issue.code, message: FRIENDLY[key] ?? issue.message };
    }
    return { values: {}, errors };
  };
}
