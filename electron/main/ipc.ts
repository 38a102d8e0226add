import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { type MethodName, methodNames, type Result } from '../contract';
import { isAllowedNavigation } from '../core/security/policies';
import type { MuwaziService } from '../core/service';

const unauthorized: Result<never> = {
  ok: false,
  error: { code: 'unauthorized', message: 'Only the Muwazi window may call the app.' },
};

/**
 * Only our own top-level page may call in: a frame that navigated elsewhere, or a subframe,
 * is refused even though it shares the window's preload.
 */
function isOwnWindow(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAllowedNavigation(frame.url);
}

/** Sees each call the window made and its result (the desktop shell follows what the window shows). */
export type CallObserver = (method: MethodName, input: unknown, result: Result<unknown>) => void;

/** Registers every method of the contract on ipcMain; the service parses each input. */
export function registerIpcHandlers(service: MuwaziService, observe?: CallObserver): void {
  for (const method of methodNames) {
    ipcMain.handle(method, async (event, input: unknown) => {
      if (!isOwnWindow(event)) return unauthorized;
      const result = await service.dispatch(method, input);
      observe?.(method, input, result);
      return result;
    });
  }
}
