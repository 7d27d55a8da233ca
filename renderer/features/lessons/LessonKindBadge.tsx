import { CircleCheck, TriangleAlert } from 'lucide-react';
import type { LessonKind } from '@shared/model';
import { LESSON_KIND_LABELS } from './lessonForm';

/** A practice to copy or a pitfall to avoid, told apart by icon and word as well as colour. */
export function LessonKindBadge({ kind }: { kind: LessonKind }) {
  const Icon = kind === 'practice' ? CircleCheck : TriangleAlert;
  return (
    <span className={`badge lesson-${kind}`}>
      <Icon size={13} aria-hidden="true" />
      {LESSON_KIND_LABELS[kind]}
    </span>
  );
}
