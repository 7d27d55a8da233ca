import { createRow, flexRender, type Row as TableRow, type Table } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import { useMemo, useRef } from 'react';
import { columnStyle, TABLE_ROW_HEIGHT } from './tableLayout';
import './tableMeta';

/**
 * A sortable table that renders only the rows in view, so ten thousand rows scroll as smoothly as
 * ten. Rows have one fixed height and cells never wrap: a predictable grid reads faster, and the
 * virtualiser needs no measuring. Table semantics (rows, column headers, aria-sort) are kept.
 */
export function VirtualTable<Row extends object>(props: {
  table: Table<Row>;
  /**
   * The rows to show, in order, when the page sorts and filters them itself. Then only the rows
   * in view become TanStack rows: building one for each of 10,000 pilots cost more than sorting
   * them. Without it the table's own row model is shown.
   */
  rows?: readonly Row[];
  /**
   * How many rows the table has when `rows` holds only its first ones (the rest being read): the
   * scrollbar and aria-rowcount tell the real size, rows not yet read are left empty.
   */
  rowCount?: number;
  label: string;
  rowHeight?: number;
  emptyMessage: string;
}) {
  const { table, rows: given } = props;
  const rowHeight = props.rowHeight ?? TABLE_ROW_HEIGHT;
  const modelRows = given ? null : table.getRowModel().rows;
  const count = Math.max(given ? given.length : (modelRows?.length ?? 0), props.rowCount ?? 0);
  // The TanStack rows made so far for `given`, one per record, made again when the rows change.
  const made = useMemo(() => (given ? new WeakMap<Row, TableRow<Row>>() : null), [given]);
  const rowAt = (index: number): TableRow<Row> | undefined => {
    if (!given || !made) return modelRows?.[index];
    const original = given[index];
    if (original === undefined) return undefined;
    let row = made.get(original);
    if (!row) {
      const id = table.options.getRowId?.(original, index) ?? String(index);
      row = createRow(table, id, original, index, 0);
      made.set(original, row);
    }
    return row;
  };
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
    // Render a first screenful before the scroll box is measured.
    initialRect: { width: 1200, height: 800 },
  });

  return (
    <div className="vt-scroll" ref={scrollRef}>
      <table className="vt" aria-label={props.label} aria-rowcount={count + 1}>
        <thead className="vt-head">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="vt-row" aria-rowindex={1}>
              {group.headers.map((header) => {
                const meta = header.column.columnDef.meta;
                const sorted = header.column.getIsSorted();
                const content = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={`vt-th${meta?.numeric ? ' num' : ''}`}
                    style={columnStyle(header.getSize(), meta?.grow === true)}
                    aria-sort={
                      sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
                    }
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        {content}
                        {sorted === 'asc' ? (
                          <ArrowUp size={13} aria-hidden="true" />
                        ) : sorted === 'desc' ? (
                          <ArrowDown size={13} aria-hidden="true" />
                        ) : (
                          <ArrowUpDown size={13} aria-hidden="true" className="sort-idle" />
                        )}
                      </button>
                    ) : (
                      <span className="sort-button">{content}</span>
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className="vt-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rowAt(item.index);
            if (!row) return null;
            return (
              <tr
                key={row.id}
                className="vt-row vt-body-row"
                aria-rowindex={item.index + 2}
                style={{ height: rowHeight, transform: `translateY(${item.start}px)` }}
              >
                {row.getVisibleCells().map((cell) => {
                  const meta = cell.column.columnDef.meta;
                  return (
                    <td
                      key={cell.id}
                      className={`vt-td${meta?.numeric ? ' num' : ''}`}
                      style={columnStyle(cell.column.getSize(), meta?.grow === true)}
                    >
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      {count === 0 && <p className="vt-empty">{props.emptyMessage}</p>}
    </div>
  );
}
