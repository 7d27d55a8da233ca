import type { ReactNode } from 'react';

export function EmptyState(props: {
  icon: ReactNode;
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="empty-state">
      <div className="empty-state-icon" aria-hidden="true">
        {props.icon}
      </div>
      <h2>{props.title}</h2>
      <p>{props.children}</p>
      {props.actions && <div className="page-actions">{props.actions}</div>}
    </div>
  );
}
