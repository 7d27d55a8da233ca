export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export const DELIMITER_LABELS: Record<Delimiter, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'vertical bar',
};

/** Fields per record for `delimiter` in the first records of `sample`, quotes respected. */
function fieldCounts(sample: string, delimiter: string, maxRecords: number): number[] {
  const counts: number[] = [];
  let fields = 1;
  let inQuotes = false;
  let recordHasText = false;
  for (let i = 0; i < sample.length && counts.length < maxRecords; i++) {
    const ch = sample[i];
    if (inQuotes) {
      if (ch === '"') {
        if (sample[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (ch === '"') inQuotes = true;
    else if (ch === delimiter) fields++;
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && sample[i + 1] === '\n') i++;
      if (recordHasText || fields > 1) counts.push(fields);
      fields = 1;
      recordHasText = false;
      continue;
    }
    recordHasText = true;
  }
  // The last record of a sample cut mid-file may be incomplete; it still counts when it is all.
  if ((recordHasText || fields > 1) && counts.length === 0) counts.push(fields);
  return counts;
}

/**
 * The delimiter whose field count is the same in the header and the most records after it.
 * Judging by consistency rather than frequency is what tells `;`-separated files with decimal
 * commas ("Invoice;2026-01-05;1,5") from comma-separated ones.
 */
export function detectDelimiter(sample: string, maxRecords = 50): Delimiter {
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const delimiter of DELIMITERS) {
    const counts = fieldCounts(sample, delimiter, maxRecords);
    const header = counts[0] ?? 1;
    if (header < 2) continue;
    const consistent = counts.filter((c) => c === header).length;
    // Consistency first, then more columns (a tab file has commas inside its notes, rarely tabs).
    const score = consistent / counts.length + header / 10_000;
    if (score > bestScore) {
      bestScore = score;
      best = delimiter;
    }
  }
  return best;
}
