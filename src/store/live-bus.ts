/**
 * The live bus: tells subscribers, in this process, about events appended to a stream.
 */
import type { StoredEvent } from './event-store';

export type LiveListener = (events: StoredEvent[]) => void;
export type PrefixListener = (stream: string, events: StoredEvent[]) => void;

export class LiveBus {
  private readonly listeners = new Map<string, Set<LiveListener>>();
  private readonly prefixListeners = new Set<{ prefix: string; listener: PrefixListener }>();

  /** Every append to a stream whose name starts with `prefix` (e.g. every session). */
  subscribePrefix(prefix: string, listener: PrefixListener): () => void {
    const entry = { prefix, listener };
    this.prefixListeners.add(entry);
    return () => this.prefixListeners.delete(entry);
  }

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
    for (const { prefix, listener } of [...this.prefixListeners]) {
      if (!stream.startsWith(prefix)) continue;
      try {
        listener(stream, events);
      } catch (err) {
        console.error(`[bus] a subscriber of ${prefix}… failed:`, err);
      }
    }
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
