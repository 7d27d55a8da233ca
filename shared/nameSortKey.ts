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
const WHITESPACE = /\s/;
/** The code unit the length of a number's digits is written from (see `nameSortKey`). */
const LENGTH_BASE = 0x30;
/** The largest length a single code unit below the surrogates can state. */
const MAX_LENGTH = 0xd7ff - LENGTH_BASE;
const ZERO = 0x30;
const NINE = 0x39;

const isDigit = (code: number) => code >= ZERO && code <= NINE;
const isWhitespace = (code: number) =>
  code === 0x20 ||
  (code >= 0x09 && code <= 0x0d) ||
  (code > 0x7e && WHITESPACE.test(String.fromCharCode(code)));

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
  const text = foldLetters(name);
  let key = '';
  let space = false;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isWhitespace(code)) {
      // Any run of whitespace is one space, none at the ends.
      space = key.length > 0;
      i += 1;
      continue;
    }
    if (space) key += ' ';
    space = false;
    if (!isDigit(code)) {
      key += text[i];
      i += 1;
      continue;
    }
    // A run of digits as a token whose code-unit order is the numbers' order: "0" (where a
    // digit stood, so numbers still sort among the other characters as digits do), one code unit
    // stating how many digits follow, then the digits without leading zeros. More digits is a
    // larger number; as many digits compare digit by digit. "007" and "7" give the same token.
    let first = i;
    while (first < text.length && text.charCodeAt(first) === ZERO) first += 1;
    let end = first;
    while (end < text.length && isDigit(text.charCodeAt(end))) end += 1;
    const length = Math.min(end - first, MAX_LENGTH);
    key += '0' + String.fromCharCode(LENGTH_BASE + length) + text.slice(first, end);
    i = end;
  }
  return key;
}

/** Code-unit order, as IndexedDB compares string keys (not localeCompare). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
