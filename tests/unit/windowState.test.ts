import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  placeWindow,
  type Rect,
  type WindowState,
  windowStateStore,
} from '../../electron/core/desktop/windowState';
import { makeTempDir, removeDir } from '../helpers/tempDirs';

const sizes = { width: 1200, height: 800, minWidth: 640, minHeight: 420 };
/** A 1920×1080 primary display with a 40 px task bar, and a second display to its right. */
const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const right: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };
const laptop: Rect = { x: 0, y: 0, width: 1280, height: 760 };

const state = (bounds: Rect, maximized = false): WindowState => ({ bounds, maximized });

function inside(bounds: Rect, area: Rect): boolean {
  return (
    bounds.x >= area.x &&
    bounds.y >= area.y &&
    bounds.x + bounds.width <= area.x + area.width &&
    bounds.y + bounds.height <= area.y + area.height
  );
}

describe('placeWindow', () => {
  it('opens a first window at the default size, centred on the primary display', () => {
    expect(placeWindow(null, [primary, right], primary, sizes)).toEqual({
      bounds: { x: 360, y: 120, width: 1200, height: 800 },
      maximized: false,
    });
  });

  it('puts a window back exactly where it was, on whichever display', () => {
    const onPrimary = state({ x: 100, y: 50, width: 1000, height: 700 });
    expect(placeWindow(onPrimary, [primary, right], primary, sizes)).toEqual(onPrimary);
    const onRight = state({ x: 2100, y: 200, width: 1600, height: 1000 }, true);
    expect(placeWindow(onRight, [primary, right], primary, sizes)).toEqual(onRight);
  });

  it('brings a window saved on a display that is gone back onto the primary one', () => {
    const saved = state({ x: 2100, y: 200, width: 1600, height: 1000 }, true);
    const placed = placeWindow(saved, [primary], primary, sizes);
    expect(inside(placed.bounds, primary)).toBe(true);
    expect(placed.bounds).toEqual({ x: 160, y: 20, width: 1600, height: 1000 });
    // Maximised it was, maximised it stays: now on the display it is on.
    expect(placed.maximized).toBe(true);
  });

  it('shrinks a window larger than the display it is on now', () => {
    const saved = state({ x: 1950, y: 10, width: 2500, height: 1380 });
    // The big display now sits right of a smaller one: the window keeps its size, moved onto it.
    const placed = placeWindow(saved, [laptop, { ...right, x: 1280 }], laptop, sizes);
    expect(placed.bounds).toEqual({ x: 1340, y: 10, width: 2500, height: 1380 });
    const alone = placeWindow(saved, [laptop], laptop, sizes);
    expect(alone.bounds).toEqual({ x: 0, y: 0, width: 1280, height: 760 });
  });

  it('pulls a window hanging off an edge wholly onto its display', () => {
    const saved = state({ x: -300, y: 900, width: 1000, height: 700 });
    expect(placeWindow(saved, [primary], primary, sizes).bounds).toEqual({
      x: 0,
      y: 340,
      width: 1000,
      height: 700,
    });
  });

  it('treats a window with only a sliver left on a display as lost', () => {
    // 50 px of it would be visible: too little to grab.
    const saved = state({ x: 1870, y: 100, width: 1000, height: 700 });
    const placed = placeWindow(saved, [primary], primary, sizes);
    expect(placed.bounds).toEqual({ x: 460, y: 170, width: 1000, height: 700 });
  });

  it('chooses the display that holds most of a window that spans two', () => {
    const saved = state({ x: 1500, y: 100, width: 1200, height: 800 });
    const placed = placeWindow(saved, [primary, right], primary, sizes);
    expect(inside(placed.bounds, right)).toBe(true);
    expect(placed.bounds).toEqual({ x: 1920, y: 100, width: 1200, height: 800 });
  });

  it('keeps the minimum size where the display allows it', () => {
    const saved = state({ x: 10, y: 10, width: 200, height: 100 });
    expect(placeWindow(saved, [primary], primary, sizes).bounds).toEqual({
      x: 10,
      y: 10,
      width: 640,
      height: 420,
    });
  });

  it('works with displays at negative coordinates (a monitor left of or above the primary)', () => {
    const left: Rect = { x: -1440, y: -200, width: 1440, height: 860 };
    const saved = state({ x: -1400, y: -150, width: 900, height: 600 });
    expect(placeWindow(saved, [primary, left], primary, sizes).bounds).toEqual(saved.bounds);
  });
});

describe('windowStateStore', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await makeTempDir('muwazi-window-');
  });
  afterEach(() => removeDir(dataDir));

  it('starts empty and remembers a state across launches', async () => {
    expect(await windowStateStore(dataDir).read()).toBeNull();
    const saved = state({ x: -1400, y: 30, width: 1000, height: 700 }, true);
    await windowStateStore(dataDir).write(saved);
    expect(await windowStateStore(dataDir).read()).toEqual(saved);
    const onDisk = JSON.parse(await readFile(path.join(dataDir, 'window-state.json'), 'utf8'));
    expect(onDisk).toEqual({ version: 1, data: saved });
  });

  it('keeps a damaged file aside, reports it, and opens the window as on a first launch', async () => {
    await writeFile(path.join(dataDir, 'window-state.json'), '{"version":1,"data":{"bounds":{"x":"left"}}}');
    const problems: unknown[] = [];
    const store = windowStateStore(dataDir, (problem) => problems.push(problem));
    expect(await store.read()).toBeNull();
    expect(problems).toEqual([expect.objectContaining({ code: 'corrupt-data', file: 'window-state.json' })]);
    expect((await readdir(dataDir)).some((name) => name.startsWith('window-state.json.corrupt-'))).toBe(true);
  });

  it('refuses to save bounds that are not whole, finite numbers', async () => {
    const store = windowStateStore(dataDir);
    await expect(store.write(state({ x: Number.NaN, y: 0, width: 800, height: 600 }))).rejects.toThrow();
    await expect(store.write(state({ x: 0, y: 0, width: 0, height: 600 }))).rejects.toThrow();
    expect(await readdir(dataDir)).toEqual([]);
  });
});
