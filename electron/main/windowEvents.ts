import type { WebContents } from 'electron';
import { type AppEvent, appEventChannel } from '../contract';

const maxPending = 100;

/**
 * Events for one window's page, held back while a new document loads: a message sent before
 * the page's preload has run reaches nobody. (The preload in turn keeps them until the renderer
 * subscribes.)
 */
export class WindowEvents {
  private pending: AppEvent[] = [];
  private ready = false;

  constructor(private readonly contents: WebContents) {
    contents.on('did-start-navigation', (details) => {
      // A hash change stays in the same document, whose preload keeps listening.
      if (details.isMainFrame && !details.isSameDocument) this.ready = false;
    });
    contents.on('dom-ready', () => {
      this.ready = true;
      const waiting = this.pending;
      this.pending = [];
      for (const event of waiting) this.send(event);
    });
  }

  send(event: AppEvent): void {
    if (this.contents.isDestroyed()) return;
    if (!this.ready) {
      // Bounded: a navigation that never completes must not hold events without end.
      if (this.pending.length >= maxPending) this.pending.shift();
      this.pending.push(event);
      return;
    }
    this.contents.send(appEventChannel, event);
  }
}
