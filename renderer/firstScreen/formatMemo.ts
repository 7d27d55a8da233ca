import { FORMATS_SIGNATURE, type FormatMemo } from '../components/format';

// The figures and dates the first screen showed last time, as formatted then (see FormatMemo in
// components/format.ts): a memo of pure functions, not a picture of the data — the values come
// from the database each time, and a text is used only for the very value, currency and options
// it was made for, by the same engine (user agent) for the same locale. A value not in it is
// formatted with Intl, and the memo then holds what this first screen showed.

const STORAGE_KEY = 'pilot-portfolio-first-screen-formats';

/** Whose texts these are: another engine or locale may format the same value otherwise. */
const formatter = () => ({
  engine: navigator.userAgent,
  locale: navigator.language,
  signature: FORMATS_SIGNATURE,
});

function storedTexts(storage: Storage): Map<string, string> {
  try {
    const saved: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null');
    if (typeof saved !== 'object' || saved === null) return new Map();
    const { engine, locale, signature, texts } = saved as Record<string, unknown>;
    const current = formatter();
    if (
      engine !== current.engine ||
      locale !== current.locale ||
      signature !== current.signature ||
      typeof texts !== 'object' ||
      texts === null
    ) {
      return new Map();
    }
    return new Map(
      Object.entries(texts).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
  } catch {
    // Unreadable or refused: everything is formatted with Intl.
    return new Map();
  }
}

/** A memo of last time's texts, and how to keep this time's once they are shown. */
export function openFormatMemo(storage: Storage = localStorage): {
  memo: FormatMemo;
  save: () => void;
} {
  const memo: FormatMemo = { known: storedTexts(storage), given: new Map() };
  const save = () => {
    const unchanged =
      memo.given.size === memo.known.size &&
      [...memo.given].every(([key, text]) => memo.known.get(key) === text);
    if (unchanged) return;
    try {
      storage.setItem(
        STORAGE_KEY,
        JSON.stringify({ ...formatter(), texts: Object.fromEntries(memo.given) }),
      );
    } catch {
      // Storage full or refused: formatted with Intl next time.
    }
  };
  return { memo, save };
}
