import { FileRefusedError } from '@shared/formats/fileRefusal';
import { IssueList } from './IssueList';

/** Why a file was refused, announced to assistive technology as it appears. */
export function RefusalNotice(props: { error: unknown }) {
  const error = props.error;
  if (error instanceof FileRefusedError) {
    return (
      <div className="exchange-alert" role="alert">
        <p>
          <strong>{error.headline}</strong>
        </p>
        {error.issues.length > 0 && (
          <IssueList issues={error.issues} total={error.totalIssues} label="Problems in the file" />
        )}
      </div>
    );
  }
  return (
    <div className="exchange-alert" role="alert">
      <p>
        <strong>{error instanceof Error ? error.message : String(error)}</strong>
      </p>
    </div>
  );
}
