/**
 * `sesiona` command line: one entry per subcommand. Each subcommand lives in its own file and returns an exit code.
 */
export type Subcommand = {
  summary: string;
  run: (args: string[]) => Promise<number>;
};

/* Loaded with require, on demand: `sesiona agenda parse` does not load the bot. */
/* eslint-disable @typescript-eslint/no-require-imports */
const subcommands: Record<string, () => Subcommand> = {
  serve: () => (require('./serve-command') as typeof import('./serve-command')).serveCommand,
  agenda: () => (require('./agenda-command') as typeof import('./agenda-command')).agendaCommand,
  minutes: () => (require('./minutes-command') as typeof import('./minutes-command')).minutesCommand,
  simulate: () => (require('./simulate-command') as typeof import('./simulate-command')).simulateCommand,
  playground: () => (require('./playground-command') as typeof import('./playground-command')).playgroundCommand,
  package: () => (require('./package-command') as typeof import('./package-command')).packageCommand,
};

function usage(): string {
  const lines = Object.keys(subcommands).map((name) => `  sesiona ${name}`);
  return ['Usage: sesiona <command> [options]', '', 'Commands:', ...lines, '', 'sesiona <command> --help for details.'].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 1;
  }
  const load = subcommands[name];
  if (!load) {
    console.error(`sesiona: unknown command "${name}".\n\n${usage()}`);
    return 1;
  }
  const command = load();
  return command.run(rest);
}
