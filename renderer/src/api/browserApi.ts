import type { AppEvent, MuwaziApi, Result } from '../../../electron/contract';

/** The event types this build understands; anything else from a newer server is ignored. */
const knownEventTypes = new Set<string>([
  'open-article',
  'library-changed',
  'import-progress',
  'import-finished',
  'settings-changed',
] satisfies AppEvent['type'][]);

function parseEvent(data: unknown): AppEvent | undefined {
  if (typeof data !== 'string') return undefined;
  try {
    const event: unknown = JSON.parse(data);
    if (typeof event !== 'object' || event === null) return undefined;
    const type = (event as { type?: unknown }).type;
    return typeof type === 'string' && knownEventTypes.has(type) ? (event as AppEvent) : undefined;
  } catch {
    return undefined;
  }
}

const eventListeners = new Set<(event: AppEvent) => void>();
let eventSource: EventSource | undefined;

/**
 * One stream for the whole page, opened with the first listener and closed with the last.
 * EventSource reconnects by itself when the server restarts or the connection drops.
 */
function openEvents(): void {
  if (eventSource || typeof EventSource === 'undefined') return;
  eventSource = new EventSource('api/events', { withCredentials: true });
  eventSource.onmessage = (message) => {
    const event = parseEvent(message.data);
    if (!event) return;
    for (const listener of [...eventListeners]) listener(event);
  };
}

function closeEvents(): void {
  eventSource?.close();
  eventSource = undefined;
}

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
  onEvent(listener) {
    eventListeners.add(listener);
    openEvents();
    return () => {
      eventListeners.delete(listener);
      if (eventListeners.size === 0) closeEvents();
    };
  },
};
