import * as RadixDialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';

/**
 * A modal wide enough to keep the evidence beside the form: the shared Dialog is sized for forms
 * alone. Same Radix behaviour (focus trapped, Escape closes, the title names it).
 */
export function WideDialog(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: ReactNode;
  children: ReactNode;
  footer: ReactNode;
}) {
  return (
    <RadixDialog.Root open={props.open} onOpenChange={props.onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content className="dialog-content dialog-wide">
          <div className="dialog-header">
            <RadixDialog.Title>{props.title}</RadixDialog.Title>
            <RadixDialog.Description>{props.description}</RadixDialog.Description>
          </div>
          <div className="dialog-body dialog-body-split">{props.children}</div>
          <div className="dialog-footer">{props.footer}</div>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
