import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, net, protocol } from 'electron';
import { appFolderName, argValue } from '../core/paths';
import { appEntryUrl, appProtocolPath, appScheme, contentSecurityPolicy } from '../core/security/policies';
import { MuwaziService } from '../core/service';
import { hardenWindow } from './hardenWindow';
import { registerIpcHandlers } from './ipc';
import { installMenu } from './menu';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const preloadFile = path.join(here, '../preload/index.cjs');
/** The renderer's paper colour, so the window does not flash white before the first paint. */
const paperColor = '#fbf8f1';

function overriddenDir(argName: string, envName: string): string | undefined {
  const value = argValue(process.argv, argName) ?? process.env[envName];
  return value ? path.resolve(value) : undefined;
}

// Chromium keeps its own state (and the single-instance lock) in userData, so a --data folder
// must be set before anything reads it: two instances with different data folders do not meet.
const dataOverride = overriddenDir('data', 'MUWAZI_DATA');
if (dataOverride) app.setPath('userData', dataOverride);

// Schemes gain their privileges only if registered before the app is ready.
protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;

function serveRenderer(): void {
  protocol.handle(appScheme, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const file = appProtocolPath(request.url, rendererDir);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const response = await net.fetch(pathToFileURL(file).toString());
      const headers = new Headers(response.headers);
      headers.set('Content-Security-Policy', contentSecurityPolicy);
      headers.set('X-Content-Type-Options', 'nosniff');
      return new Response(response.body, { status: response.status, headers });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

function createService(): MuwaziService {
  return new MuwaziService({
    libraryDir:
      overriddenDir('library', 'MUWAZI_LIBRARY') ?? path.join(app.getPath('documents'), appFolderName),
    dataDir: app.getPath('userData'),
    sampleDir: app.isPackaged
      ? path.join(process.resourcesPath, 'sample-library')
      : path.join(app.getAppPath(), 'assets', 'sample-library'),
    transport: 'electron',
    version: app.getVersion(),
  });
}

function createWindow(): BrowserWindow {
  const window = hardenWindow({
    width: 1200,
    height: 800,
    minWidth: 640,
    minHeight: 420,
    show: false,
    backgroundColor: paperColor,
    title: app.getName(),
    // Packaged builds carry the icon in the executable or desktop entry.
    ...(app.isPackaged ? {} : { icon: path.join(app.getAppPath(), 'assets', 'icon.png') }),
    webPreferences: { preload: preloadFile },
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(appEntryUrl).catch((error: unknown) => {
    console.error('Could not load the Muwazi window:', error);
  });
  return window;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(() => {
      serveRenderer();
      registerIpcHandlers(createService());
      installMenu(() => mainWindow);
      mainWindow = createWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
      });
    })
    .catch((error: unknown) => {
      console.error('Muwazi could not start:', error);
      app.exit(1);
    });
}
