/**
 * CSV as spreadsheets read it: RFC 4180 quoting, CRLF line ends, UTF-8 with a byte-order mark
 * (without it Excel reads UTF-8 as the Windows code page and "Zürich" arrives as "ZÃ¼rich"), and
 * formula injection neutralised as OWASP advises.
 */

export type CsvValue = string | number | boolean | null | undefined;

/**
 * First characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula (or
 * that hide one: a leading tab or CR is dropped and what follows evaluated), plus NUL, and their
 * full-width forms, which some East Asian locales also evaluate.
 */
const FORMULA_STARTS = new Set(['=', '+', '-', '@', '\t', '\r', '\0', '＝', '＋', '－', '＠']);

/**
 * Text a spreadsheet must show as text: a cell starting with a formula character gets a leading
 * single quote (OWASP's CSV-injection advice), so `=HYPERLINK(…)` typed into a pilot's name is
 * shown, never run. Numbers are not text and never pass through here: -5 stays a number.
 */
export function neutraliseFormula(text: string): string {
  return text.length > 0 && FORMULA_STARTS.has(text[0] as string) ? `'${text}` : text;
}

/** One field: text neutralised, then quoted when it holds the delimiter, a quote or a line break. */
export function csvField(value: CsvValue, delimiter = ','): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    // Non-finite numbers never reach a stored record; write nothing rather than "NaN".
    return Number.isFinite(value) ? String(value) : '';
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutraliseFormula(value);
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[], delimiter = ','): string {
  return values.map((v) => csvField(v, delimiter)).join(delimiter);
}

/** A whole CSV document: BOM, header, rows, each line ended by CRLF (RFC 4180). */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [`\uFEFF${csvLine(header)}`];
  for (const row of rows) lines.push(csvLine(row));
  return `${lines.join('\r\n')}\r\n`;
}

/** The document as the bytes of the file. TextEncoder writes the BOM as EF BB BF. */
export function csvBytes(csv: string): Uint8Array {
  return new TextEncoder().encode(csv);
}
