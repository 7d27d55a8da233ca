/**
 * Letters that compatibility decomposition leaves whole but a reader files under plain Latin
 * letters: "Øresund" with the O's, "Łódź" with the L's, "Æther" as "aether".
 */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};
const FOLDED_LETTERS = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');
/** Nonspacing marks: the accents NFKD splits off their letters ("é" → "e" + U+0301). */
const NONSPACING_MARKS = /\p{Mn}/gu;
const WHITESPACE_RUNS = /\s+/g;
/** ASCII digits only: NFKD has already turned full-width and superscript digits into them. */
const DIGIT_RUNS = /[0-9]+/g;
/** The code unit the length of a number's digits is written from (see `numberToken`). */
const LENGTH_BASE = 0x30;
/** The largest length a single code unit below the surrogates can state. */
const MAX_LENGTH = 0xd7ff - LENGTH_BASE;

/**
 * A run of digits as a token whose code-unit order is the numbers' order: "0" (where a digit
 * stood, so numbers still sort among the other characters as digits do), one code unit stating
 * how many digits follow, then the digits without leading zeros. More digits is a larger number;
 * as many digits compare digit by digit. "007" and "7" give the same token.
 */
function numberToken(run: string): string {
  const digits = run.replace(/^0+/, '');
  const length = Math.min(digits.length, MAX_LENGTH);
  return '0' + String.fromCharCode(LENGTH_BASE + length) + digits;
}

/**
 * A pilot name's sort key: a string whose plain code-unit order (`<`, and IndexedDB's order of
 * string keys) is the order the Pilots table lists names in. It ignores case, accents and how
 * much whitespace separates words, and reads runs of digits as numbers, so "Pilot 2" comes before
 * "Pilot 10". Names with the same key are ordered by the pilot's id (see pilotRows.ts), which
 * makes the order total: the database keeps each pilot's key in an index (renderer/db/
 * pilotNameKeys.ts) and the table's first screen is read straight from it in this order.
 *
 * Changing what this returns changes the order of keys already stored: it needs a schema version
 * whose upgrade writes every key again.
 */
export function nameSortKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(NONSPACING_MARKS, '')
    .toLowerCase()
    .replace(FOLDED_LETTERS, (letter) => LETTER_FOLDS[letter] ?? letter)
    .trim()
    .replace(WHITESPACE_RUNS, ' ')
    .replace(DIGIT_RUNS, numberToken);
}

/** Code-unit order, as IndexedDB compares string keys (not localeCompare). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
