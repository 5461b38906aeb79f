/**
 * The live bus: tells subscribers, in this process, about events appended to a stream.
 */
import type { StoredEvent } from './event-store';

export type LiveListener = (events: StoredEvent[]) => void;

export class LiveBus {
  private readonly listeners = new Map<string, Set<LiveListener>>();

  subscribe(stream: string, listener: LiveListener): () => void {
    let set = this.listeners.get(stream);
    if (!set) this.listeners.set(stream, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(stream);
    };
  }

  publish(stream: string, events: StoredEvent[]): void {
    if (events.length === 0) return;
    for (const listener of [...(this.listeners.get(stream) ?? [])]) {
      try {
        listener(events);
      } catch (err) {
        console.error(`[bus] a subscriber of ${stream} failed:`, err);
      }
    }
  }

  subscriberCount(stream: string): number {
    return this.listeners.get(stream)?.size ?? 0;
  }
}
