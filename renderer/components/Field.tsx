import { useId, type ReactElement, type ReactNode } from 'react';
import { cloneElement } from 'react';

interface ControlProps {
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/**
 * A labelled form control with hint and error. The label is tied to the control by id and the
 * error and hint by aria-describedby, so screen readers announce them with the field.
 */
export function Field(props: {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  className?: string;
  children: ReactElement<ControlProps>;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [props.hint ? hintId : null, props.error ? errorId : null]
    .filter(Boolean)
    .join(' ');
  const control = cloneElement(props.children, {
    id,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy || undefined,
  });
  return (
    <div className={`field${props.className ? ` ${props.className}` : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {control}
      {props.hint && (
        <span id={hintId} className="field-hint">
          {props.hint}
        </span>
      )}
      {props.error && (
        <span id={errorId} className="field-error" role="alert">
          {props.error}
        </span>
      )}
    </div>
  );
}
