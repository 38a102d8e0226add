import type { MethodInput, MethodName, MethodResult, MuwaziApi, Result } from '../../../electron/contract';
import { browserApi } from './browserApi';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    muwazi?: MuwaziApi;
  }
}

/** The API behind this window: Electron's preload when present, loopback HTTP otherwise. */
export function getApi(): MuwaziApi {
  return window.muwazi ?? browserApi;
}

export function call<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<Result<MethodResult<M>>> {
  return getApi().invoke(method, input);
}
