import * as RadixDialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';

/** An accessible modal dialog (Radix): focus is trapped, Escape closes, the title names it. */
export function Dialog(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  size?: 'md' | 'sm';
}) {
  return (
    <RadixDialog.Root open={props.open} onOpenChange={props.onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content className={`dialog-content${props.size === 'sm' ? ' dialog-sm' : ''}`}>
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
          <div className="dialog-body">{props.children}</div>
          {props.footer && <div className="dialog-footer">{props.footer}</div>}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
