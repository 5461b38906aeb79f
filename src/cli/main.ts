/**
 * `sesiona` command line: one entry per subcommand. Each subcommand lives in its own file and returns an exit code;
 * what each says in `--help` (Spanish and English) is in help.ts.
 */
import { langOption, option, wantsHelp } from './cli-args';
import { commandHelp, HELP, overview } from './help';

export type Subcommand = {
  run: (args: string[]) => Promise<number>;
};

/* Loaded with require, on demand: `sesiona agenda parse` does not load the bot. */
/* eslint-disable @typescript-eslint/no-require-imports */
const subcommands: Record<keyof typeof HELP, () => Subcommand> = {
  serve: () => (require('./serve-command') as typeof import('./serve-command')).serveCommand,
  agenda: () => (require('./agenda-command') as typeof import('./agenda-command')).agendaCommand,
  minutes: () => (require('./minutes-command') as typeof import('./minutes-command')).minutesCommand,
  backup: () => (require('./backup-command') as typeof import('./backup-command')).backupCommand,
  restore: () => (require('./backup-command') as typeof import('./backup-command')).restoreCommand,
  simulate: () => (require('./simulate-command') as typeof import('./simulate-command')).simulateCommand,
  playground: () => (require('./playground-command') as typeof import('./playground-command')).playgroundCommand,
  package: () => (require('./package-command') as typeof import('./package-command')).packageCommand,
};

export async function main(argv: string[]): Promise<number> {
  const langText = option(argv, '--lang');
  const lang = langOption(argv);
  if (argv.includes('--lang') && langText !== 'es' && langText !== 'en') {
    console.error(lang === 'es' ? `sesiona: --lang debe ser es o en, no «${langText ?? ''}».` : `sesiona: --lang must be es or en, not "${langText ?? ''}".`);
    return 1;
  }
  const [name, ...rest] = argv[0] === '--lang' ? argv.slice(2) : argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? console.log : console.error)(overview(lang));
    return name ? 0 : 1;
  }
  const load = subcommands[name];
  if (!load) {
    console.error(`${lang === 'es' ? `sesiona: no existe la orden «${name}».` : `sesiona: unknown command "${name}".`}\n\n${overview(lang)}`);
    return 1;
  }
  if (wantsHelp(rest)) {
    console.log(commandHelp(name, lang));
    return 0;
  }
  return load().run(rest);
}
