import * as RadixDialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';

/**
 * A modal wide enough for a file preview table; otherwise the shared Dialog's behaviour (Radix:
 * focus trapped, Escape closes, the title names it).
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
        <RadixDialog.Content className="dialog-content exchange-wide">
          <div className="dialog-header">
            <RadixDialog.Title>{props.title}</RadixDialog.Title>
            <RadixDialog.Description>{props.description}</RadixDialog.Description>
          </div>
          <div className="dialog-body">{props.children}</div>
          <div className="dialog-footer">{props.footer}</div>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
