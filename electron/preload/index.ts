import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import {
  type AppCommand,
  appCommandChannel,
  appCommands,
  appEventChannel,
  isMethodName,
  type MuwaziApi,
} from '../contract';
import { EventRelay } from '../core/desktop/eventRelay';

function isAppCommand(value: unknown): value is AppCommand {
  return (appCommands as readonly unknown[]).includes(value);
}

// Listening from the start: events main sends before the page subscribes wait in the relay.
const events = new EventRelay();
ipcRenderer.on(appEventChannel, (_event: IpcRendererEvent, payload: unknown) => events.receive(payload));

/**
 * window.muwazi, built from the contract's lists only: any method name the contract knows goes
 * through one generic call, so there is nothing per method here to drift from the main side.
 */
const api: MuwaziApi = {
  transport: 'electron',
  invoke(method, input) {
    if (!isMethodName(method)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'unknown-method', message: `There is no method ${String(method)}.` },
      });
    }
    return ipcRenderer.invoke(method, input);
  },
  onCommand(listener) {
    const relay = (_event: IpcRendererEvent, command: unknown) => {
      if (isAppCommand(command)) listener(command);
    };
    ipcRenderer.on(appCommandChannel, relay);
    return () => {
      ipcRenderer.removeListener(appCommandChannel, relay);
    };
  },
  onEvent(listener) {
    return events.subscribe(listener);
  },
};

contextBridge.exposeInMainWorld('muwazi', api);
