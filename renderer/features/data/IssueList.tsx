import type { FileIssue } from '@shared/formats/fileRefusal';

/** The reasons a file was refused, each with where it is: "Row 5, column value: …". */
export function IssueList(props: { issues: readonly FileIssue[]; total: number; label: string }) {
  const hidden = props.total - props.issues.length;
  return (
    <div className="exchange-issues">
      <ul aria-label={props.label}>
        {props.issues.map((issue, i) => (
          <li key={i}>
            {issue.where && <strong>{issue.where}: </strong>}
            {issue.message}
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <p className="muted">
          …and {hidden.toLocaleString()} more. Fix these and try again to see the rest.
        </p>
      )}
    </div>
  );
}
