import type { RowData } from '@tanstack/react-table';

declare module '@tanstack/react-table' {
  // Column meta shared by our tables: numeric columns are right-aligned with tabular figures.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the generics must match the library's declaration
  interface ColumnMeta<TData extends RowData, TValue> {
    numeric?: boolean;
    /** The column takes the width left over by the fixed-width ones. */
    grow?: boolean;
  }
}

export {};
