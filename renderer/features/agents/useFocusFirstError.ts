import { useEffect } from 'react';
import type { FieldErrors, FieldValues, UseFormSetFocus, Path } from 'react-hook-form';

/** After a failed submit, focus the first field in error so a keyboard user lands on it. */
export function useFocusFirstError<T extends FieldValues>(
  errors: FieldErrors<T>,
  submitCount: number,
  setFocus: UseFormSetFocus<T>,
): void {
  useEffect(() => {
    const first = Object.keys(errors)[0] as Path<T> | undefined;
    if (first) setFocus(first);
  }, [errors, submitCount, setFocus]);
}
