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
/** Anything but printable ASCII, which needs no decomposition, accent or letter folding. */
const BEYOND_ASCII = /[^\x20-\x7e]/;
/**
 * Whitespace at the ends, and runs of it. Without the `u` flag `\s` tests single UTF-16 code
 * units (JavaScript's WhiteSpace and LineTerminator: the ASCII ones, and every Zs character).
 */
const EDGE_WHITESPACE = /^\s+|\s+$/g;
const WHITESPACE_RUN = /\s+/g;
/** ASCII digits only, without `u`: NFKD has already made "１２" and "²" plain digits. */
const DIGIT_RUN = /\d+/g;
const LEADING_ZEROS = /^0+/;
/** The code unit the length of a number's digits is written from (see `nameSortKey`). */
const LENGTH_BASE = 0x30;
/** The largest length a single code unit below the surrogates can state. */
const MAX_LENGTH = 0xd7ff - LENGTH_BASE;

/**
 * Bump when `nameSortKey` returns anything different for any name: every database then writes
 * all its stored keys again the next time the app opens it (see shared/nameKeyGeneration.ts and
 * renderer/db/pilotNameKeys.ts). No schema version is needed for it.
 */
export const NAME_SORT_KEY_VERSION = 1;

/** Lower case, without accents, a few letters spelt out (see LETTER_FOLDS). */
function foldLetters(name: string): string {
  if (!BEYOND_ASCII.test(name)) return name.toLowerCase();
  return name
    .normalize('NFKD')
    .replace(NONSPACING_MARKS, '')
    .toLowerCase()
    .replace(FOLDED_LETTERS, (letter) => LETTER_FOLDS[letter] ?? letter);
}

/**
 * A run of digits as a token whose code-unit order is the numbers' order: "0" (where a digit
 * stood, so numbers still sort among the other characters as digits do), one code unit stating
 * how many digits follow, then the digits without leading zeros. More digits is a larger number;
 * as many digits compare digit by digit. "007" and "7" give the same token.
 */
function numberToken(digits: string): string {
  const significant = digits.replace(LEADING_ZEROS, '');
  const length = Math.min(significant.length, MAX_LENGTH);
  return '0' + String.fromCharCode(LENGTH_BASE + length) + significant;
}

/**
 * A pilot name's sort key: a string whose plain code-unit order (`<`, and IndexedDB's order of
 * string keys) is the order the Pilots table lists names in. It ignores case, accents and how
 * much whitespace separates words, and reads runs of digits as numbers, so "Pilot 2" comes before
 * "Pilot 10". Names with the same key are ordered by the pilot's id (see pilotRows.ts), which
 * makes the order total: the database keeps each pilot's key in an index (renderer/db/
 * pilotNameKeys.ts) and the table's first screen is read straight from it in this order.
 *
 * Whole-string steps, so that a long text (nameKeyGeneration's probe of every character) costs
 * milliseconds. Whitespace is folded before the digits become tokens: a token's length code
 * unit may itself be a space character (U+2000 states 8,144 digits) and must stay as it is.
 *
 * Changing what this returns changes the order of keys already stored: bump
 * NAME_SORT_KEY_VERSION.
 */
export function nameSortKey(name: string): string {
  return foldLetters(name)
    .replace(EDGE_WHITESPACE, '')
    .replace(WHITESPACE_RUN, ' ')
    .replace(DIGIT_RUN, numberToken);
}

/** Code-unit order, as IndexedDB compares string keys (not localeCompare). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
