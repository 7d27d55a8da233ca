import type { ReactNode } from 'react';

export interface ReportColumn {
  label: string;
  /** Right-aligned with tabular figures. */
  numeric?: boolean;
  /** Kept on one line (dates, stage changes). */
  nowrap?: boolean;
}

export interface ReportRow {
  key: string;
  cells: readonly ReactNode[];
}

function cellClass(column: ReportColumn | undefined): string | undefined {
  const classes = [column?.numeric ? 'num' : '', column?.nowrap ? 'nowrap' : ''].filter(Boolean);
  return classes.length > 0 ? classes.join(' ') : undefined;
}

/**
 * A table on paper: a caption for screen readers, a header row that repeats on each printed page,
 * rows that never split across pages, and an optional total under the last column.
 */
export function ReportTable(props: {
  caption: string;
  columns: readonly ReportColumn[];
  rows: readonly ReportRow[];
  total?: { label: string; value: ReactNode };
}) {
  const { columns } = props;
  return (
    <table className="report-table">
      <caption className="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.label} scope="col" className={c.numeric ? 'num' : undefined}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, i) => (
              <td key={columns[i]?.label ?? i} className={cellClass(columns[i])}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {props.total && (
        <tfoot>
          <tr>
            <th scope="row" colSpan={Math.max(1, columns.length - 1)}>
              {props.total.label}
            </th>
            <td className="num">{props.total.value}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
