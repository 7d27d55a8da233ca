/**
 * Words that say nothing about the job an agent does: grammar, and the words every agent's name
 * carries ("agent", "assistant", "bot"), which would make any two agents look alike.
 */
const STOP_WORDS = new Set(
  (
    'the and for with from into onto that this these those them their its our your are was were ' +
    'has have had not but all any each every per via who what when which than then there over ' +
    'under after before against about also only new one two agent agents assistant assistants ' +
    'bot bots copilot tool service group request requests'
  ).split(' '),
);

/**
 * A crude English stem, enough to match "invoices" with "invoice", "reads" with "read" and
 * "policies" with "policy" — not a linguist's stemmer, which would need a dictionary.
 */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The significant words of a text: lower-cased, stemmed, without stop words or 1–2 letter words. */
export function significantWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 3 || STOP_WORDS.has(raw)) continue;
    const word = stem(raw);
    if (!STOP_WORDS.has(word)) words.add(word);
  }
  return words;
}

/** Capabilities compared case- and spacing-insensitively: "Invoice reading" = "invoice-reading". */
export function normalisedCapabilities(capabilities: readonly string[]): Set<string> {
  return new Set(
    capabilities
      .map((c) =>
        c
          .trim()
          .toLowerCase()
          .replace(/[\s_]+/g, '-'),
      )
      .filter(Boolean),
  );
}

/** |A ∩ B| ÷ |A ∪ B|: 1 for identical sets, 0 for disjoint ones (and for two empty sets). */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common += 1;
  return common / (a.size + b.size - common);
}

export function intersection<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): T[] {
  return [...a].filter((x) => b.has(x));
}
