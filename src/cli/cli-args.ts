/**
 * Reading a subcommand's arguments: `--name value` options, the help flag, the language and the store folder.
 */

/** The value after `--name`, or undefined. */
export const option = (args: string[], name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

/** `--help` or `-h`: print the usage and stop. */
export const wantsHelp = (args: string[]): boolean => args.includes('--help') || args.includes('-h');

/** The language of the command's every line: `--lang es|en`, else SESIONA_LANGUAGE, else Spanish. */
export const langOption = (args: string[], env: Record<string, string | undefined> = process.env): 'es' | 'en' => {
  const chosen = option(args, '--lang') ?? env.SESIONA_LANGUAGE?.trim();
  return chosen === 'en' ? 'en' : 'es';
};

/** The arguments that are not options nor their values (`valued`: the options that take a value). */
export const positionals = (args: string[], valued: string[]): string[] =>
  args.filter((a, i) => !a.startsWith('--') && !valued.includes(args[i - 1] ?? ''));

/** The environment with `--data-dir` applied: the store folder the command reads or writes. */
export const withDataDir = (args: string[], env: Record<string, string | undefined> = process.env): Record<string, string | undefined> => {
  const dir = option(args, '--data-dir');
  return dir ? { ...env, SESIONA_DATA_DIR: dir } : env;
};
