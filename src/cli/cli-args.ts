/**
 * Reading a subcommand's arguments: `--name value` options and the help flag.
 */

/** The value after `--name`, or undefined. */
export const option = (args: string[], name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

/** `--help` or `-h`: print the usage and stop. */
export const wantsHelp = (args: string[]): boolean => args.includes('--help') || args.includes('-h');

/** The language of a subcommand's messages: `--lang en`, else Spanish. */
export const langOption = (args: string[]): 'es' | 'en' => (option(args, '--lang') === 'en' ? 'en' : 'es');
