/** One row of a table as the import reads it: a cell at a time, only the cells it needs. */
export interface RowReader {
  /** The cell's text; '' when the row has fewer cells. */
  cell(index: number): string;
  /** No cell has any text (a spacer line): skipped, not an error. */
  isBlank(): boolean;
}

/**
 * The data rows of a file (its header excluded). Read in order through a reader that is only
 * valid during the visit, so a table kept as text need not become a million arrays of strings.
 */
export interface TableRows {
  readonly length: number;
  forEach(visit: (row: RowReader, index: number) => void): void;
  /** The first `count` rows as arrays of cells. */
  head(count: number): string[][];
}

function isBlankCells(row: readonly string[]): boolean {
  for (const cell of row) if (cell !== '' && cell.trim() !== '') return false;
  return true;
}

/** Rows already split into cells (an XLSX sheet, a CSV with quoted fields, a test's example). */
export function arrayRows(rows: readonly (readonly string[])[]): TableRows {
  return {
    length: rows.length,
    head: (count) => rows.slice(0, count).map((row) => [...row]),
    forEach(visit) {
      let current: readonly string[] = [];
      const reader: RowReader = {
        cell: (index) => current[index] ?? '',
        isBlank: () => isBlankCells(current),
      };
      for (let r = 0; r < rows.length; r++) {
        current = rows[r] as readonly string[];
        visit(reader, r);
      }
    },
  };
}

export function asTableRows(rows: TableRows | readonly (readonly string[])[]): TableRows {
  return Array.isArray(rows) ? arrayRows(rows) : (rows as TableRows);
}
