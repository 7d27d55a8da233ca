/** Splits "a, b,,c" into unique trimmed entries, keeping the order typed. */
export function parseList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

/** A number field's text: blank is `blank`, anything else must be a number (NaN otherwise). */
export function parseNumberText(text: string, blank: number | null): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? blank : Number(trimmed);
}
