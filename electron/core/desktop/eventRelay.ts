import { type AppEvent, appEventSchema } from '../../contract';

const maxWaiting = 100;

/**
 * The preload's side of main → window events. The page subscribes once React has mounted,
 * later than main may speak (a file opened at launch, an import finishing), so events that come
 * before the first listener wait here for it. Each payload is checked against the contract first:
 * anything else is dropped, never handed to the page.
 */
export class EventRelay {
  private readonly listeners = new Set<(event: AppEvent) => void>();
  private readonly waiting: AppEvent[] = [];

  constructor(private readonly later: (task: () => void) => void = queueMicrotask) {}

  /** A payload from the main process. */
  receive(payload: unknown): void {
    const parsed = appEventSchema.safeParse(payload);
    if (!parsed.success) return;
    if (this.listeners.size === 0) {
      if (this.waiting.length >= maxWaiting) this.waiting.shift();
      this.waiting.push(parsed.data);
      return;
    }
    for (const listener of this.listeners) listener(parsed.data);
  }

  /**
   * Adds a listener; returns the function that removes it. Waiting events are handed over once
   * the current task is done, so a listener that unsubscribes at once and subscribes again
   * (React's development double mount) still gets them.
   */
  subscribe(listener: (event: AppEvent) => void): () => void {
    // A wrapper per subscription, so subscribing the same function twice gives two subscriptions.
    const relay = (event: AppEvent) => listener(event);
    this.listeners.add(relay);
    if (this.waiting.length > 0) this.later(() => this.deliverWaiting());
    return () => {
      this.listeners.delete(relay);
    };
  }

  private deliverWaiting(): void {
    if (this.listeners.size === 0) return;
    for (const event of this.waiting.splice(0)) {
      for (const listener of this.listeners) listener(event);
    }
  }
}
