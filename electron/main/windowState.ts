import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomicSync } from './writeFileAtomic';

export const DEFAULT_WIDTH = 1280;
export const DEFAULT_HEIGHT = 800;
/** The layout is designed to work from 1024×700 up. */
export const MIN_WIDTH = 1024;
export const MIN_HEIGHT = 700;

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** Absent: let the OS place the window (centred). */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

const coordinate = z.number().int().min(-100_000).max(100_000);
const size = z.number().int().min(1).max(100_000);

// The file is ours, but it may be hand-edited, truncated or from another version: validate it.
const storedStateSchema = z.object({
  x: coordinate,
  y: coordinate,
  width: size,
  height: size,
  maximized: z.boolean(),
});

/**
 * Fit a stored state to the displays connected now: a window saved on a monitor that is gone (or
 * with a size bigger than any screen) would otherwise open off-screen or unusable.
 */
export function fitToDisplays(
  stored: z.infer<typeof storedStateSchema>,
  workAreas: readonly Rectangle[],
): WindowState {
  const centreX = stored.x + stored.width / 2;
  const centreY = stored.y + stored.height / 2;
  const home = workAreas.find(
    (a) => centreX >= a.x && centreX < a.x + a.width && centreY >= a.y && centreY < a.y + a.height,
  );
  const area = home ?? workAreas[0];
  if (area === undefined) {
    return { width: DEFAULT_WIDTH, height: DEFAULT_HEIGHT, maximized: stored.maximized };
  }
  const width = Math.min(Math.max(stored.width, MIN_WIDTH), area.width);
  const height = Math.min(Math.max(stored.height, MIN_HEIGHT), area.height);
  if (home === undefined) {
    return { width, height, maximized: stored.maximized };
  }
  const x = Math.min(Math.max(stored.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(stored.y, area.y), area.y + area.height - height);
  return { x, y, width, height, maximized: stored.maximized };
}

/** Read the saved state; defaults when the file is missing or invalid. */
export function loadWindowState(path: string, workAreas: readonly Rectangle[]): WindowState {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    raw = undefined;
  }
  const parsed = storedStateSchema.safeParse(raw);
  if (!parsed.success) {
    const area = workAreas[0];
    return {
      width: area ? Math.min(DEFAULT_WIDTH, area.width) : DEFAULT_WIDTH,
      height: area ? Math.min(DEFAULT_HEIGHT, area.height) : DEFAULT_HEIGHT,
      maximized: false,
    };
  }
  return fitToDisplays(parsed.data, workAreas);
}

export function saveWindowState(path: string, bounds: Rectangle, maximized: boolean): void {
  const state = {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
    maximized,
  };
  writeFileAtomicSync(path, JSON.stringify(state));
}
