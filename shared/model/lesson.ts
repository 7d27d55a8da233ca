import { z } from 'zod';
import { idSchema, longText, nonEmptyName, recordMetaSchema, tagsSchema } from './common';

export const LESSON_KINDS = ['practice', 'pitfall'] as const;
export const lessonKindSchema = z.enum(LESSON_KINDS);
export type LessonKind = z.infer<typeof lessonKindSchema>;

export const lessonFieldsSchema = z.object({
  pilotId: idSchema,
  decisionId: idSchema.nullable(),
  title: nonEmptyName,
  text: longText,
  kind: lessonKindSchema,
  tags: tagsSchema,
});
export type LessonFields = z.infer<typeof lessonFieldsSchema>;
export const lessonSchema = recordMetaSchema.extend(lessonFieldsSchema.shape);
export type Lesson = z.infer<typeof lessonSchema>;
