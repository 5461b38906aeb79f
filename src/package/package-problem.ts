/**
 * A reason the app package cannot be built: where (a setting, a file, a field path), what is wrong and what to do,
 * in Spanish and English. Problems are values; the command prints them and exits with 1.
 */
export interface PackageProblem {
  /** The setting (`MicrosoftAppId`), file (`outline.png`) or field (`manifest.json /bots/0/botId`) at fault. */
  where: string;
  es: string;
  en: string;
}

export const problem = (where: string, es: string, en: string): PackageProblem => ({ where, es, en });

/** One block per problem: the place, then the Spanish and the English sentence. */
export function formatProblems(problems: readonly PackageProblem[]): string {
  return problems.map((p) => `✗ ${p.where}\n  es: ${p.es}\n  en: ${p.en}`).join('\n');
}
