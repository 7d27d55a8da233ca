/**
 * Caps on files the app reads. Each protects the app from a hostile or accidental file: it is
 * refused before it is read (size) or as soon as the cap is crossed (rows, columns), with a message
 * that names the cap, and nothing is written.
 */

const MB = 1024 * 1024;

/**
 * A backup is one JSON text; V8 cannot hold a string much longer than 512 Mi characters, so the
 * cap sits below that. A portfolio with a million measurements backs up to about 20 MB.
 */
export const MAX_BACKUP_BYTES = 500 * MB;

/**
 * A 1,000,000-row measurements CSV is about 40 MB; 512 MB leaves room for ten times that while a
 * 1 GB file (QUALITY.md check 10) is refused before it is read.
 */
export const MAX_CSV_BYTES = 512 * MB;

/** Rows of data in one CSV import (the header not counted): twice what the app is built for. */
export const MAX_CSV_ROWS = 2_000_000;

/**
 * Columns in one import file. A measurements file needs five; a sheet as wide as Excel allows
 * (16,384 columns) is refused from its header alone.
 */
export const MAX_COLUMNS = 1_000;

/** Characters in one cell: a note is at most 5,000; anything far longer is not a measurement. */
export const MAX_CELL_CHARS = 100_000;

/** Records of one kind in a backup; the sample portfolio has a few hundred. */
export const MAX_RECORDS_PER_TABLE = 2_000_000;

/** Measurements in one backup (all series together). */
export const MAX_MEASUREMENTS = 20_000_000;

/** Nesting depth of a backup's JSON: records are at most six levels deep. */
export const MAX_JSON_DEPTH = 32;

/** XLSX (a zip): checked from the central directory before anything is unpacked. */
export const MAX_XLSX_BYTES = 100 * MB;
export const MAX_ZIP_ENTRIES = 10_000;
export const MAX_ZIP_UNCOMPRESSED_BYTES = 500 * MB;
/** Spreadsheet XML compresses well (10–30×); a ratio in the hundreds is a zip bomb. */
export const MAX_ZIP_RATIO = 200;
/** A spreadsheet import is meant for thousands of rows; a million is for CSV. */
export const MAX_XLSX_ROWS = 200_000;

/** "1.5 MB", "512 MB", "1 GB" — sizes as a person reads them in a message. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = unit === 0 || value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${rounded.toLocaleString('en-US')} ${units[unit]}`;
}
