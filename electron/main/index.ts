import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, net, protocol } from 'electron';
import { desktopAppId, savedUiLanguageSync } from '../core/desktop/appIdentity';
import { filesFromArgv, filesFromHandover } from '../core/desktop/launchArgs';
import { appFolderName, namedLibraryDir, overriddenDir } from '../core/paths';
import { appProtocolPath, appScheme, contentSecurityPolicy } from '../core/security/policies';
import { MuwaziService } from '../core/service';
import { Desktop } from './desktop';
import { registerIpcHandlers } from './ipc';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const preloadFile = path.join(here, '../preload/index.cjs');

// Chromium keeps its own state (and the single-instance lock) in userData, so a --data folder
// must be set before anything reads it: two instances with different data folders do not meet.
const dataOverride = overriddenDir(process.argv, 'data', 'MUWAZI_DATA');
if (dataOverride) app.setPath('userData', dataOverride);

// Chromium lays out its own menu bar and dialogs right to left only when its locale is, and
// the locale can only be chosen before the app is ready: an Arabic UI mirrors them from the
// launch after the language was picked (the labels change at once).
if (savedUiLanguageSync(app.getPath('userData')) === 'ar') app.commandLine.appendSwitch('lang', 'ar');

// Windows ties the running app to its Start-menu shortcut and jump list by this id.
if (process.platform === 'win32') app.setAppUserModelId(desktopAppId);

// Schemes gain their privileges only if registered before the app is ready.
protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

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

/** `chooseFolder` shows the system's folder dialog, for opening another folder as library. */
function createService(chooseFolder: () => Promise<string | null>): MuwaziService {
  const named = namedLibraryDir(process.argv);
  return new MuwaziService({
    libraryDir: named ?? path.join(app.getPath('documents'), appFolderName),
    // Without a folder named at launch, the one the reader last opened as library comes back.
    libraryIsDefault: named === undefined,
    chooseFolder,
    dataDir: app.getPath('userData'),
    sampleDir: app.isPackaged
      ? path.join(process.resourcesPath, 'sample-library')
      : path.join(app.getAppPath(), 'assets', 'sample-library'),
    transport: 'electron',
    version: app.getVersion(),
  });
}

const argvOptions = { defaultApp: process.defaultApp === true };
const launchFiles = filesFromArgv(process.argv, process.cwd(), argvOptions);

// A second launch hands its files to the first, which imports and shows them.
if (!app.requestSingleInstanceLock({ files: launchFiles })) {
  app.quit();
} else {
  let desktop: Desktop | null = null;
  /** Files the system asked us to open before the app was ready (macOS sends them as events). */
  const waitingFiles: string[] = [...launchFiles];
  const openFiles = (files: string[]) => {
    if (!desktop) {
      waitingFiles.push(...files);
      return;
    }
    desktop.openFiles(files).catch((error: unknown) => console.error('Could not open', files, error));
  };

  app.on('second-instance', (_event, argv, workingDirectory, handover) => {
    desktop?.focus();
    openFiles(filesFromHandover(handover) ?? filesFromArgv(argv, workingDirectory, argvOptions));
  });
  // macOS: Finder's "Open with", a file dropped on the Dock icon, the Dock's recent documents.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openFiles([file]);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  let flushed = false;
  app.on('will-quit', (event) => {
    if (flushed || !desktop) return;
    // Let the last window-state write and the import worker finish, then quit for real.
    event.preventDefault();
    desktop
      .flush()
      .catch((error: unknown) => console.error('Could not finish writing before quitting:', error))
      .finally(() => {
        flushed = true;
        app.quit();
      });
  });

  app
    .whenReady()
    .then(async () => {
      serveRenderer();
      // The dialog belongs to the shell, which needs the service first: it is looked up when asked for.
      const service = createService(() => started.chooseLibraryFolder());
      const started = new Desktop(service, {
        dataDir: app.getPath('userData'),
        preload: preloadFile,
      });
      registerIpcHandlers(service, started.observe);
      await started.start();
      desktop = started;
      const files = waitingFiles.splice(0);
      if (files.length > 0) await started.openFiles(files);
      else await started.showWindow();
      app.on('activate', () => {
        if (!started.window()) void started.showWindow();
      });
    })
    .catch((error: unknown) => {
      console.error('Muwazi could not start:', error);
      app.exit(1);
    });
}
