/**
 * When `sesiona serve` stops: on SIGTERM (a service manager, `kill`) or SIGINT (Ctrl+C), whichever process of the
 * tree gets it. `npm start` execs node, and npm passes the signals it gets on to it. `npx sesiona serve` and
 * `npm run …` put a shell between npm and node that does not pass them on: npm ends that shell and exits, and node
 * is left without its parent. So, when npm started this process (it sets npm_command), losing the parent is a stop
 * too.
 */
export type StopReason = 'SIGTERM' | 'SIGINT' | 'parent exited';

const PARENT_CHECK_MS = 500;

/** Resolves once, on the first reason to stop; later signals are ignored (the stop under way has a deadline). */
export function untilStopped(env: Record<string, string | undefined> = process.env): Promise<StopReason> {
  return new Promise((resolve) => {
    const parent = process.ppid;
    const watch = env.npm_command
      ? setInterval(() => {
        if (process.ppid !== parent) stop('parent exited');
      }, PARENT_CHECK_MS)
      : null;
    watch?.unref();
    const ignore = () => undefined;
    function stop(reason: StopReason) {
      if (watch) clearInterval(watch);
      process.off('SIGTERM', onTerm).off('SIGINT', onInt);
      process.on('SIGTERM', ignore).on('SIGINT', ignore);
      resolve(reason);
    }
    const onTerm = () => stop('SIGTERM');
    const onInt = () => stop('SIGINT');
    process.on('SIGTERM', onTerm).on('SIGINT', onInt);
  });
}
