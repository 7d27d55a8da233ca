import type { CSSProperties } from 'react';

// The virtualised table's geometry, shared with the first screen (renderer/firstScreen), which
// draws the same table before its code has loaded: one definition, so the two line up exactly.

/** A body row's height: one fixed height, so the virtualiser needs no measuring. */
export const TABLE_ROW_HEIGHT = 56;

/** A cell's width: fixed at `size`, or at least `size` and sharing the room left (`grow`). */
export const columnStyle = (size: number, grow: boolean): CSSProperties =>
  grow ? { flex: `1 0 ${size}px`, minWidth: size } : { flex: `0 0 ${size}px`, width: size };
