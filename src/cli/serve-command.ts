/**
 * `sesiona serve`: starts the server on the configured store (SQLite under ./data by default).
 */
import { loadConfig } from '../config';
import { startSesiona } from '../http/start-sesiona';
import type { Subcommand } from './main';

export const serveCommand: Subcommand = {
  summary: 'start the server (bot endpoint, tab and session API)',
  async run(args) {
    if (args.includes('--help')) {
      console.log('Usage: sesiona serve\n\nStarts Sesiona. Configuration comes from environment variables (see README.md).');
      return 0;
    }
    const loaded = loadConfig(process.env);
    if (!loaded.ok) {
      console.error(`sesiona: the configuration has ${loaded.errors.length} problem(s):\n${loaded.errors.map((e) => `  - ${e}`).join('\n')}`);
      return 1;
    }
    const running = await startSesiona(loaded.config);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    console.log('[sesiona] stopping…');
    await running.stop();
    return 0;
  },
};
