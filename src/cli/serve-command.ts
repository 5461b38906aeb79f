/**
 * `sesiona serve`: starts the server on the configured store (SQLite under ./data by default), and stops it
 * gracefully on SIGTERM or SIGINT (stop-signals.ts): no new requests, the turns under way finish, the outbox is
 * flushed, the live streams and the store are closed, exit 0.
 */
import { loadConfig } from '../config';
import { startSesiona } from '../http/start-sesiona';
import { createLogger, logSettings } from '../ops/logger';
import { untilStopped } from '../ops/stop-signals';
import type { Subcommand } from './main';

/** A stop waits at most 5 s for the turns under way and 5 s for the outbox (start-sesiona.ts); past this, it exits. */
const STOP_DEADLINE_MS = 15_000;

export const serveCommand: Subcommand = {
  // `sesiona serve --help` is answered by main.ts (help.ts)
  async run() {
    const loaded = loadConfig(process.env);
    const logging = logSettings(process.env, process.stdout.isTTY === true);
    const errors = [...(loaded.ok ? [] : loaded.errors), ...(logging.ok ? [] : logging.errors)];
    if (!loaded.ok || !logging.ok) {
      console.error(`sesiona: the configuration has ${errors.length} problem(s):\n${errors.map((e) => `  - ${e}`).join('\n')}`);
      return 1;
    }
    const logger = createLogger(logging.settings);
    const running = await startSesiona(loaded.config, { logger });
    const reason = await untilStopped();
    const started = Date.now();
    logger.info({ component: 'sesiona', reason }, `stopping (${reason}): no new requests; turns under way, the outbox and the store finish first`);
    const deadline = setTimeout(() => {
      logger.error({ component: 'sesiona' }, `did not stop within ${STOP_DEADLINE_MS / 1000} s: exiting anyway`);
      process.exit(1);
    }, STOP_DEADLINE_MS).unref();
    await running.stop();
    clearTimeout(deadline);
    logger.info({ component: 'sesiona', ms: Date.now() - started }, 'stopped');
    // nothing is left to do: a library's leftover timer or socket does not keep the process alive
    setTimeout(() => process.exit(0), 1_000).unref();
    return 0;
  },
};
