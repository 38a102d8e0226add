import { z } from 'zod';
import type { DataProblem } from '../../contract';
import { JsonStore } from '../storage/jsonStore';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);

export const windowStateSchema = z.object({
  /** The window's normal (not maximised) bounds, so un-maximising returns to them. */
  bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export interface WindowSizes {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

/** How much of a window must lie on a display for it to count as being there. */
const minVisible = { width: 120, height: 60 };

/** The window state remembered in the data folder (window-state.json). */
export function windowStateStore(
  dataDir: string,
  report?: (problem: DataProblem) => void,
): JsonStore<WindowState | null> {
  return new JsonStore<WindowState | null>(
    dataDir,
    'window-state',
    windowStateSchema.nullable(),
    () => null,
    1,
    report,
  );
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function clampLength(length: number, min: number, available: number): number {
  return Math.round(Math.min(Math.max(length, min), available));
}

function centred(width: number, height: number, area: Rect): Rect {
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where to open the window, from the saved state and the displays there are now (their work
 * areas: the screen minus task bars and docks). A window goes back where it was, moved and shrunk
 * just enough to lie wholly on the display that holds most of it; a window saved on a display
 * that is gone, or with too little of it left on any, opens centred on the primary display.
 */
export function placeWindow(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  primary: Rect,
  sizes: WindowSizes,
): { bounds: Rect; maximized: boolean } {
  if (!saved) {
    const width = clampLength(sizes.width, sizes.minWidth, primary.width);
    const height = clampLength(sizes.height, sizes.minHeight, primary.height);
    return { bounds: centred(width, height, primary), maximized: false };
  }
  let best: Rect | undefined;
  let bestArea = 0;
  for (const area of workAreas) {
    const shared = overlap(saved.bounds, area);
    const size = shared.width * shared.height;
    if (shared.width >= minVisible.width && shared.height >= minVisible.height && size > bestArea) {
      best = area;
      bestArea = size;
    }
  }
  const area = best ?? primary;
  const width = clampLength(saved.bounds.width, sizes.minWidth, area.width);
  const height = clampLength(saved.bounds.height, sizes.minHeight, area.height);
  if (!best) return { bounds: centred(width, height, area), maximized: saved.maximized };
  const x = Math.min(Math.max(saved.bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(saved.bounds.y, area.y), area.y + area.height - height);
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}
