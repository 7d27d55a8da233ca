/** One reason a file was refused: where in the file (a JSON path, "Row 5, column value") and why. */
export interface FileIssue {
  /** `portfolio.pilots[3].name`, `Row 5, column value`, or '' for the file as a whole. */
  where: string;
  message: string;
}

/** How many issues a refusal keeps: enough to fix a file, not so many that a bad file floods memory. */
export const MAX_REPORTED_ISSUES = 100;

/**
 * A file was refused before anything was written. `headline` says so in a sentence; `issues` say
 * where and why; `totalIssues` counts them all when only the first MAX_REPORTED_ISSUES are kept.
 */
export class FileRefusedError extends Error {
  override readonly name = 'FileRefusedError';
  readonly totalIssues: number;

  constructor(
    readonly headline: string,
    readonly issues: readonly FileIssue[] = [],
    totalIssues?: number,
  ) {
    const first = issues
      .slice(0, 3)
      .map((i) => (i.where ? `${i.where}: ${i.message}` : i.message))
      .join('; ');
    super(first ? `${headline} ${first}` : headline);
    this.totalIssues = totalIssues ?? issues.length;
  }
}

/** Plain data for postMessage: an Error subclass does not survive structured cloning as itself. */
export interface FileRefusal {
  headline: string;
  issues: FileIssue[];
  totalIssues: number;
}

export function toRefusal(error: FileRefusedError): FileRefusal {
  return { headline: error.headline, issues: [...error.issues], totalIssues: error.totalIssues };
}

export function fromRefusal(refusal: FileRefusal): FileRefusedError {
  return new FileRefusedError(refusal.headline, refusal.issues, refusal.totalIssues);
}

export function isFileRefusal(value: unknown): value is FileRefusal {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FileRefusal).headline === 'string' &&
    Array.isArray((value as FileRefusal).issues)
  );
}
