/**
 * The composition root's hooks for metrics and log context, around the two objects every write goes through: the
 * session service (each command's outcome, and the session the current request is about) and the event store
 * (append latency). They wrap the instance's method and change nothing of what it does or answers.
 */
import type { SessionService } from '../app/session-service';
import type { EventStore } from '../store/event-store';
import { appendTook, commandTaken } from './metrics';
import { noteSession } from './request-context';

export function measureCommands(service: SessionService): void {
  const handle = service.handle.bind(service);
  service.handle = async (id, command, idempotencyKey) => {
    noteSession(String(id));
    try {
      const result = await handle(id, command, idempotencyKey);
      if (result.ok) commandTaken(command.type, 'accepted');
      else commandTaken(command.type, 'rejected', result.rejection.reason);
      return result;
    } catch (err) {
      commandTaken(command.type, 'failed');
      throw err;
    }
  };
}

export function measureAppends(store: EventStore): void {
  const append = store.append.bind(store);
  store.append = async (...args) => {
    const started = process.hrtime.bigint();
    try {
      return await append(...args);
    } finally {
      appendTook(Number(process.hrtime.bigint() - started) / 1e9);
    }
  };
}
