import type { MuwaziApi, Result } from '../../../electron/contract';

/**
 * Browser mode: the same contract over loopback HTTP. The server set an HttpOnly cookie with
 * its per-launch token when this page was opened from the URL it printed, so requests only
 * need to be same-origin.
 */
export const browserApi: MuwaziApi = {
  transport: 'browser',
  async invoke(method, input) {
    let response: Response;
    try {
      response = await fetch(`api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input ?? {}),
        credentials: 'same-origin',
      });
    } catch (error) {
      return { ok: false, error: { code: 'io-error', message: String(error) } };
    }
    if (response.status === 401 || response.status === 403) {
      return { ok: false, error: { code: 'unauthorized', message: await response.text() } };
    }
    try {
      return (await response.json()) as Result<never>;
    } catch (error) {
      return { ok: false, error: { code: 'internal', message: String(error) } };
    }
  },
};
