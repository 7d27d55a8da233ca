/**
 * "Record decision": opened from the pilot header, the Decisions tab and the portfolio's reviews
 * due, via `useUiStore().openDecisionDialog(pilotId)`. Mounted once in the shell.
 */
export function RecordDecisionDialog() {
  return null;
}
