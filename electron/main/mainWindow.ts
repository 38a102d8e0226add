import path from 'node:path';
import { app, type BrowserWindow, nativeTheme, screen } from 'electron';
import { placeWindow, type WindowState, type WindowSizes } from '../core/desktop/windowState';
import type { JsonStore } from '../core/storage/jsonStore';
import { hardenWindow } from './hardenWindow';
import { WindowEvents } from './windowEvents';

const sizes: WindowSizes = { width: 1200, height: 800, minWidth: 640, minHeight: 420 };
/** The renderer's paper colours, so the window does not flash another colour before the first paint. */
const paper = { light: '#fbf8f1', dark: '#1b1a18' };
/** Moves and resizes come in bursts; the state is written once they settle. */
const saveDelayMs = 500;

export interface MainWindow {
  window: BrowserWindow;
  events: WindowEvents;
}

/**
 * Opens the main window where it was last (size, position, maximised), on a display that still
 * exists, and remembers its state as it changes; `track` is given each write, so quitting can wait for it.
 */
export async function openMainWindow(options: {
  url: string;
  preload: string;
  states: JsonStore<WindowState | null>;
  track: (saving: Promise<unknown>) => void;
}): Promise<MainWindow> {
  const saved = await options.states.read().catch(() => null);
  const placed = placeWindow(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
    sizes,
  );
  const window = hardenWindow({
    ...placed.bounds,
    minWidth: sizes.minWidth,
    minHeight: sizes.minHeight,
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? paper.dark : paper.light,
    title: app.getName(),
    // Packaged Windows and macOS builds carry the icon in the executable; Linux windows need it
    // set unless a desktop entry matches them, which an AppImage run without integration lacks.
    ...(!app.isPackaged || process.platform === 'linux'
      ? { icon: path.join(app.getAppPath(), 'assets', 'icon.png') }
      : {}),
    webPreferences: { preload: options.preload },
  });
  const events = new WindowEvents(window.webContents);

  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    if (window.isDestroyed() || window.isFullScreen()) return;
    const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    options.track(
      options.states.write(state).catch((error: unknown) => {
        console.error('Could not save the window state:', error);
      }),
    );
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, saveDelayMs);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', save);

  window.once('ready-to-show', () => {
    // Maximising a hidden window would show it before its first paint.
    if (placed.maximized) window.maximize();
    window.show();
  });
  window.loadURL(options.url).catch((error: unknown) => {
    console.error('Could not load the Muwazi window:', error);
  });
  return { window, events };
}
