import type { Delimiter } from './delimiter';
import type { RowReader, TableRows } from './tableRows';

/**
 * CSV text without a single quote character is only lines and delimiters: papaparse itself then
 * splits it with `String.split` ("fast mode"). Read here the same way, but without making a
 * million arrays of strings up front: rows are found when read, and a cell becomes a string only
 * when the import asks for it. The worked examples in test/shared/formats/plainCsv.test.ts hold
 * the result equal to papaparse's.
 */

export type LineBreak = '\n' | '\r\n' | '\r';

const MEGABYTE = 1024 * 1024;

/** Whether `text` can be read as plain CSV (no quoted fields anywhere). */
export function isPlainCsv(text: string): boolean {
  return !text.includes('"');
}

/**
 * papaparse's guess of the line break (guessLineEndings), for text without quotes: from the first
 * megabyte, "\n" unless a "\r" comes first; then "\r\n" when at least half the "\r" start one.
 */
export function guessLineBreak(text: string): LineBreak {
  const head = text.length > MEGABYTE ? text.slice(0, MEGABYTE) : text;
  const firstR = head.indexOf('\r');
  if (firstR === -1) return '\n';
  const firstN = head.indexOf('\n');
  if (firstN !== -1 && firstN < firstR) return '\n';
  let rs = 0;
  let rns = 0;
  for (let i = firstR; i !== -1; i = head.indexOf('\r', i + 1)) {
    rs++;
    if (head.charCodeAt(i + 1) === 10) rns++;
  }
  return rns >= (rs + 1) / 2 ? '\r\n' : '\r';
}

/** The data rows of a plain CSV text, read in place. */
export class PlainCsvRows implements TableRows, RowReader {
  readonly length: number;
  private lineStart = 0;
  private lineEnd = 0;
  /** Start of each field of the current line; `fields` < 0 until the line is split. */
  private readonly starts: number[] = [];
  private fields = -1;
  /** The first delimiter at or after the last split point (text.length when there is none). */
  private nextDelimiter = -1;

  constructor(
    private readonly text: string,
    private readonly lineBreak: LineBreak,
    private readonly delimiter: Delimiter,
    /** Where the first data row starts. */
    private readonly start: number,
    length: number,
  ) {
    this.length = length;
  }

  forEach(visit: (row: RowReader, index: number) => void): void {
    const { text, lineBreak } = this;
    let pos = this.start;
    this.nextDelimiter = -1;
    for (let r = 0; r < this.length; r++) {
      const end = text.indexOf(lineBreak, pos);
      this.lineStart = pos;
      this.lineEnd = end === -1 ? text.length : end;
      this.fields = -1;
      visit(this, r);
      pos = this.lineEnd + lineBreak.length;
    }
  }

  /** The first `count` rows as arrays of cells, for a preview. */
  head(count: number): string[][] {
    const rows: string[][] = [];
    let pos = this.start;
    for (let r = 0; r < Math.min(count, this.length); r++) {
      const end = this.text.indexOf(this.lineBreak, pos);
      const stop = end === -1 ? this.text.length : end;
      rows.push(this.text.slice(pos, stop).split(this.delimiter));
      pos = stop + this.lineBreak.length;
    }
    return rows;
  }

  private split(): void {
    const { text, starts } = this;
    let n = 0;
    let from = this.lineStart;
    for (;;) {
      starts[n++] = from;
      if (this.nextDelimiter < from) {
        const at = text.indexOf(this.delimiter, from);
        this.nextDelimiter = at === -1 ? text.length : at;
      }
      if (this.nextDelimiter >= this.lineEnd) break;
      from = this.nextDelimiter + 1;
    }
    this.fields = n;
  }

  private fieldEnd(index: number): number {
    return index + 1 < this.fields ? (this.starts[index + 1] as number) - 1 : this.lineEnd;
  }

  cell(index: number): string {
    if (this.fields < 0) this.split();
    if (index >= this.fields) return '';
    return this.text.slice(this.starts[index] as number, this.fieldEnd(index));
  }

  isBlank(): boolean {
    if (this.fields < 0) this.split();
    for (let i = 0; i < this.fields; i++) {
      const from = this.starts[i] as number;
      const to = this.fieldEnd(i);
      if (from === to) continue;
      // Printable ASCII is never trimmed away: most rows answer here, without a string made.
      const code = this.text.charCodeAt(from);
      if (code > 0x20 && code < 0x7f) return false;
      if (this.text.slice(from, to).trim() !== '') return false;
    }
    return true;
  }
}

export interface PlainCsv {
  header: string[];
  rows: PlainCsvRows;
  /** Records in the text, the header and a last empty one included (what papaparse returns). */
  records: number;
}

/**
 * Splits plain CSV text into its header and data rows as papaparse would: the header is the first
 * line; a text that ends with a line break has no empty last row. Counting stops (and `records`
 * says how far it got) once there are more than `maxRecords`. `progress` hears the count every
 * few megabytes.
 */
export function readPlainCsv(
  input: string,
  delimiter: Delimiter,
  maxRecords: number,
  progress?: (records: number) => void,
): PlainCsv {
  // papaparse drops a byte-order mark left at the start of the text; so does this.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const lineBreak = guessLineBreak(text);
  if (text === '') {
    return { header: [], rows: new PlainCsvRows(text, lineBreak, delimiter, 0, 0), records: 0 };
  }
  const firstBreak = text.indexOf(lineBreak);
  const headerEnd = firstBreak === -1 ? text.length : firstBreak;
  const header = text.slice(0, headerEnd).split(delimiter);
  let records = 1;
  let reported = 0;
  let last = firstBreak;
  for (let at = firstBreak; at !== -1 && records <= maxRecords;) {
    records++;
    last = at;
    if (at - reported >= 4 * MEGABYTE) {
      reported = at;
      progress?.(records);
    }
    at = text.indexOf(lineBreak, at + lineBreak.length);
  }
  progress?.(records);
  const endsWithBreak = last !== -1 && last + lineBreak.length === text.length;
  const dataRows = Math.max(0, records - 1 - (endsWithBreak && records > 1 ? 1 : 0));
  const start = Math.min(text.length, headerEnd + lineBreak.length);
  return {
    header,
    rows: new PlainCsvRows(text, lineBreak, delimiter, start, dataRows),
    records,
  };
}
