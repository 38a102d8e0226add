import { app, BrowserWindow, Menu } from 'electron';
import { appCommandChannel } from '../contract';
import { englishMenuLabels, menuTemplate } from './menuTemplate';

/** Installs the application menu; its commands go to the focused window, or the main one. */
export function installMenu(mainWindow: () => BrowserWindow | null): void {
  const template = menuTemplate({
    t: (key) => englishMenuLabels[key],
    isMac: process.platform === 'darwin',
    showDevTools: !app.isPackaged,
    send: (command) => {
      const target = BrowserWindow.getFocusedWindow() ?? mainWindow();
      target?.webContents.send(appCommandChannel, command);
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
