import * as RadixDialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';

/** Widths: `sm` for a question, `md` for a form, `wide` for a form beside evidence or a preview. */
export type DialogSize = 'sm' | 'md' | 'wide';

const SIZE_CLASS: Record<DialogSize, string> = {
  sm: 'dialog-content dialog-sm',
  md: 'dialog-content',
  wide: 'dialog-content dialog-wide',
};

/** An accessible modal dialog (Radix): focus is trapped, Escape closes, the title names it. */
export function Dialog(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  size?: DialogSize;
  /** Extra class for the body, e.g. `dialog-body-split` for two scrolling columns. */
  bodyClassName?: string;
}) {
  return (
    <RadixDialog.Root open={props.open} onOpenChange={props.onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content className={SIZE_CLASS[props.size ?? 'md']}>
          <div className="dialog-header">
            <RadixDialog.Title>{props.title}</RadixDialog.Title>
            {props.description ? (
              <RadixDialog.Description>{props.description}</RadixDialog.Description>
            ) : (
              <RadixDialog.Description className="visually-hidden">
                {props.title}
              </RadixDialog.Description>
            )}
          </div>
          <div
            className={props.bodyClassName ? `dialog-body ${props.bodyClassName}` : 'dialog-body'}
          >
            {props.children}
          </div>
          {props.footer && <div className="dialog-footer">{props.footer}</div>}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
