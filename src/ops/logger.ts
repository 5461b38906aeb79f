/**
 * Sesiona's log: one JSON object per line (pino) with the time, the level, the component and, inside a request, the
 * request, session, conversation and actor ids (request-context.ts); readable lines instead when the output is a
 * terminal. SESIONA_LOG_LEVEL filters it and SESIONA_LOG_FORMAT chooses the form (README, Operations).
 */
import { hostname } from 'node:os';
import pino, { type Logger } from 'pino';
import { contextFields } from './request-context';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type LogFormat = 'json' | 'pretty';

export interface LogSettings {
  level: LogLevel;
  format: LogFormat;
}

/** Reads SESIONA_LOG_LEVEL and SESIONA_LOG_FORMAT; `terminal`: whether the log goes to a terminal (pretty by default). */
export function logSettings(env: Record<string, string | undefined>, terminal: boolean): { ok: true; settings: LogSettings } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const level = (env.SESIONA_LOG_LEVEL || 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    errors.push(`SESIONA_LOG_LEVEL="${env.SESIONA_LOG_LEVEL}" is not a level: use one of ${LOG_LEVELS.join(', ')} (info by default).`);
  }
  const format = (env.SESIONA_LOG_FORMAT || (terminal ? 'pretty' : 'json')).toLowerCase();
  if (format !== 'json' && format !== 'pretty') {
    errors.push(`SESIONA_LOG_FORMAT="${env.SESIONA_LOG_FORMAT}" is not a format: use json (one JSON object per line) or pretty (readable lines); by default pretty in a terminal, json otherwise.`);
  }
  return errors.length ? { ok: false, errors } : { ok: true, settings: { level: level as LogLevel, format: format as LogFormat } };
}

/** The log, written to `destination` (standard output by default, synchronously: no line is lost at exit). */
export function createLogger(settings: LogSettings, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: settings.level,
    base: { service: 'sesiona', pid: process.pid, hostname: hostname() },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: contextFields,
  };
  const out = destination ?? pino.destination({ dest: 1, sync: true });
  if (settings.format === 'json') return pino(options, out);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { prettyFactory } = require('pino-pretty') as typeof import('pino-pretty');
  const readable = prettyFactory({
    colorize: !destination && process.stdout.isTTY === true, translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,service,component', messageFormat: '{if component}[{component}] {end}{msg}',
  });
  return pino(options, { write: (entry: string) => void out.write(readable(entry)) });
}

const COMPONENT_LINE = /^\[([^\]]+)\] ([\s\S]*)$/;
const WARNING = /\bWARNING\b|\bfailed\b|\bcould not\b|\brefused\b|local development only/i;

/**
 * The `log(line)` the server's parts write to ("[bot] card repair: …"), as log entries: the bracketed prefix becomes
 * the component, and a line that says something failed, was refused, is for local development only (or WARNING) is
 * a warning.
 */
export function lineLog(logger: Logger): (line: string) => void {
  return (line) => {
    const match = COMPONENT_LINE.exec(line);
    const component = match ? match[1]! : 'sesiona';
    const msg = match ? match[2]! : line;
    if (WARNING.test(msg)) logger.warn({ component }, msg);
    else logger.info({ component }, msg);
  };
}

/**
 * A logger whose entries come out as the plain lines `write` takes ("[component] message"): for code that hands
 * startSesiona a line sink (tests, the simulation) instead of a logger.
 */
export function loggerToLines(write: (line: string) => void, level: LogLevel = 'info'): Logger {
  return pino({ level, base: undefined, timestamp: false }, {
    write(entry: string) {
      const { component, msg } = JSON.parse(entry) as { component?: string; msg?: string };
      write(component ? `[${component}] ${msg ?? ''}` : (msg ?? ''));
    },
  });
}
