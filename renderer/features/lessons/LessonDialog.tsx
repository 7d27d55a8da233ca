import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { LESSON_KINDS, type Lesson, type LessonKind } from '@shared/model';
import { useDb } from '../../app/PortfolioContext';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { DECISION_LABELS } from '../../components/RecommendationBadge';
import { formatDate } from '../../components/format';
import { ValidationError, createLesson, updateLesson } from '../../db';
import {
  LESSON_KIND_LABELS,
  emptyLessonForm,
  formToLesson,
  lessonFormResolver,
  lessonToForm,
  type LessonFormValues,
} from './lessonForm';

const KIND_HINTS: Record<LessonKind, string> = {
  practice: 'Something that worked and other pilots should reuse.',
  pitfall: 'Something that cost time or money and other pilots should avoid.',
};

/**
 * Write or edit a lesson on a pilot. Also the follow-up after an expand or stop decision, where
 * it arrives linked to that decision and can be skipped.
 */
export function LessonDialog(props: {
  open: boolean;
  onClose: () => void;
  pilotId: string;
  /** The lesson to edit; absent to write a new one. */
  lesson?: Lesson | undefined;
  /** Prefill for a new lesson: the decision that prompted it and whether to copy or avoid. */
  initial?: { decisionId?: string | null; kind?: LessonKind };
  title?: string;
  description?: ReactNode;
  /** "Skip" when the dialog was offered rather than asked for. */
  cancelLabel?: string;
}) {
  const { open, pilotId, lesson, initial } = props;
  const db = useDb();
  const decisions = useLiveQuery(
    () => (open ? db.decisions.where('pilotId').equals(pilotId).reverse().sortBy('date') : []),
    [db, pilotId, open],
  );
  const resolver = useMemo(() => lessonFormResolver(pilotId), [pilotId]);
  const { register, handleSubmit, reset, formState, setError, setFocus } =
    useForm<LessonFormValues>({ resolver, defaultValues: emptyLessonForm() });

  const initialDecision = initial?.decisionId ?? null;
  const initialKind = initial?.kind;
  // Fill the form when it opens, once the pilot's decisions are listed (a select cannot show a
  // decision it has no option for yet). Callers pass the lesson as they read it when "Edit" was
  // chosen (not a live query), so a change elsewhere does not wipe what is being typed; saving
  // with expectedUpdatedAt then refuses to overwrite that change.
  const [filled, setFilled] = useState(false);
  const decisionsLoaded = decisions !== undefined;
  useEffect(() => {
    if (!open) {
      setFilled(false);
      return;
    }
    if (!decisionsLoaded) return;
    reset(
      lesson
        ? lessonToForm(lesson)
        : emptyLessonForm({ decisionId: initialDecision, kind: initialKind }),
    );
    setFilled(true);
  }, [open, decisionsLoaded, lesson, initialDecision, initialKind, reset]);

  useEffect(() => {
    const first = Object.keys(formState.errors)[0] as keyof LessonFormValues | undefined;
    if (first && first !== 'kind') setFocus(first);
  }, [formState.submitCount, formState.errors, setFocus]);

  const submit = handleSubmit(async (values) => {
    const fields = formToLesson(pilotId, values);
    try {
      if (lesson) {
        await updateLesson(db, lesson.id, fields, { expectedUpdatedAt: lesson.updatedAt });
        toast.success(`Saved the lesson “${fields.title}”`);
      } else {
        await createLesson(db, fields);
        toast.success(
          `Wrote down the ${fields.kind === 'pitfall' ? 'pitfall' : 'practice'} “${fields.title}”`,
        );
      }
      props.onClose();
    } catch (error) {
      if (error instanceof ValidationError) {
        for (const [field, message] of Object.entries(error.fieldErrors)) {
          if (field in values) setError(field as keyof LessonFormValues, { message });
        }
      }
      toast.error(error instanceof Error ? error.message : String(error));
    }
  });

  const errors = formState.errors;
  const formId = 'lesson-form';
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !next && props.onClose()}
      title={props.title ?? (lesson ? `Edit “${lesson.title}”` : 'Write a lesson')}
      description={
        props.description ??
        'A practice to copy or a pitfall to avoid, in a few sentences another team can act on.'
      }
      footer={
        <>
          <Button onClick={props.onClose}>{props.cancelLabel ?? 'Cancel'}</Button>
          <Button variant="primary" type="submit" form={formId} disabled={formState.isSubmitting}>
            Save lesson
          </Button>
        </>
      }
    >
      {!filled ? (
        <div className="loading" role="status">
          Loading…
        </div>
      ) : (
        <form id={formId} className="form-grid" onSubmit={submit} noValidate>
          <fieldset className="choice-group span-2">
            <legend className="field-label">Kind</legend>
            <div className="choice-options choice-options-2">
              {LESSON_KINDS.map((kind) => (
                <label key={kind} className="choice-option">
                  <input type="radio" value={kind} {...register('kind')} />
                  <span>
                    <span className="choice-option-title">{LESSON_KIND_LABELS[kind]}</span>
                    <span className="choice-option-hint">{KIND_HINTS[kind]}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <Field label="Title" error={errors.title?.message} className="span-2">
            <input className="input" autoFocus {...register('title')} />
          </Field>
          <Field
            label="Lesson"
            hint="What happened, and what another pilot should do about it."
            error={errors.text?.message}
            className="span-2"
          >
            <textarea className="textarea" rows={5} {...register('text')} />
          </Field>
          <Field label="Tags" hint="Separate with commas." error={errors.tags?.message}>
            <input className="input" {...register('tags')} />
          </Field>
          <Field label="Prompted by decision" error={errors.decisionId?.message}>
            <select className="select" {...register('decisionId')}>
              <option value="">— None —</option>
              {(decisions ?? []).map((d) => (
                <option key={d.id} value={d.id}>
                  {DECISION_LABELS[d.kind]} · {formatDate(d.date)}
                </option>
              ))}
            </select>
          </Field>
        </form>
      )}
    </Dialog>
  );
}
