import { NAME_SORT_KEY_VERSION, nameSortKey } from './nameSortKey';

/**
 * The characters probed: every code point of the planes where Unicode gives characters a
 * decomposition, a lower case, the nonspacing-mark category or the whitespace property — the
 * tables `nameSortKey` reads through `normalize`, `toLowerCase`, `\p{Mn}` and `\s`. Not probed:
 * the surrogates and the private-use areas (no properties, ever); planes 2 and 3, which hold
 * only CJK ideographs (no case, no marks; their compatibility ideographs' decompositions are
 * frozen by Unicode's normalisation stability policy); planes 4 to 13 (unassigned, with nothing
 * planned); plane 14 beyond its tags and variation selectors. New letters, marks and scripts are
 * assigned in the planes probed, which is where an engine's new tables change keys.
 */
const PROBED: readonly (readonly [from: number, to: number])[] = [
  [0x0000, 0xd800],
  [0xf900, 0x10000],
  [0x10000, 0x20000],
  [0xe0000, 0xe1000],
];

/** Every probed code point once, in order, as one string. */
export function probeText(): string {
  const size = PROBED.reduce((sum, [from, to]) => sum + (to - from) * (from < 0x10000 ? 1 : 2), 0);
  const units = new Uint16Array(size);
  let at = 0;
  for (const [from, to] of PROBED) {
    for (let code = from; code < to; code++) {
      if (code < 0x10000) {
        units[at++] = code;
      } else {
        const offset = code - 0x10000;
        units[at++] = 0xd800 + (offset >> 10);
        units[at++] = 0xdc00 + (offset & 0x3ff);
      }
    }
  }
  // Decoded natively: the quickest way from code units to a string of this size.
  return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(units);
}

/** A 64-bit digest of `text`'s code units (two multiplicative 32-bit lanes, as hex). */
export function digest(text: string): string {
  let a = 0xdeadbeef;
  let b = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 2654435761);
    b = Math.imul(b ^ unit, 1597334677);
  }
  a = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
  b = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
  const hex = (lane: number) => (lane >>> 0).toString(16).padStart(8, '0');
  return hex(b) + hex(a);
}

/**
 * The generation of name keys this JavaScript engine writes: `nameSortKey`'s version and a
 * digest of the key it gives the probe text, e.g. "1-9a001575673b98d7". Two engines with the
 * same generation give every name the same key (but for a 2⁻⁶⁴ chance), so keys stored under
 * the current generation can be trusted; keys stored under another must be written again.
 *
 * Why a probe and not the browser's version: the version is what a user agent says, not what
 * its tables hold. It changes on every Chromium release (a needless rewrite every few weeks)
 * and can stay the same while the tables change — a Chromium built with the system's ICU gets
 * new Unicode data from an ICU update; browser mode runs in whatever browser, which may report
 * a reduced or frozen version; Node (the tests) has none. The probe measures the very thing
 * stored: the key the engine computes, from every character whose key Unicode can change. It
 * costs about 10 ms, once per page or worker (memoised below).
 */
export function computeNameKeyGeneration(): string {
  return `${NAME_SORT_KEY_VERSION}-${digest(nameSortKey(probeText()))}`;
}

let current: string | undefined;

/** `computeNameKeyGeneration()`, computed once: an engine's tables do not change while it runs. */
export function nameKeyGeneration(): string {
  current ??= computeNameKeyGeneration();
  return current;
}
