import { BrowserWindow, type BrowserWindowConstructorOptions, shell } from 'electron';
import { externalLinkToOpen, isAllowedNavigation } from '../core/security/policies';

function openInSystemBrowser(url: string): void {
  const link = externalLinkToOpen(url);
  if (!link) return;
  // Only what externalLinkToOpen lets through (http/https, no credentials) gets here.
  const opening = shell.openExternal(link); // eng-disable OPEN_EXTERNAL_JS_CHECK
  opening.catch((error: unknown) => {
    console.error(`Could not open ${link} in the system browser:`, error);
  });
}

/**
 * Creates a window with the whole security baseline applied, so no window can be opened
 * without it: the page gets no Node, runs sandboxed and isolated from the preload, stays on
 * our origin, opens no windows of its own and is granted no permissions. Web links a user
 * follows open in the system browser instead.
 */
export function hardenWindow(options: BrowserWindowConstructorOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      webSecurity: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // A middle click must not open a window either; new windows are also denied below.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  const contents = window.webContents;

  contents.on('will-navigate', (event) => {
    if (isAllowedNavigation(event.url)) return;
    event.preventDefault();
    if (event.isMainFrame) openInSystemBrowser(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openInSystemBrowser(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });

  const session = contents.session;
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);

  return window;
}
