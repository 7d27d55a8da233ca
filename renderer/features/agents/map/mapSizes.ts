/** A node's box, in the map's own units (the SVG scales them with the zoom). */
export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 42;
