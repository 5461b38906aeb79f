/**
 * Adaptive Card validation with Microsoft's `adaptivecards` library: the card parses as version 1.5 without
 * warnings (unknown elements, invalid values) and without validation events (missing ids, duplicate ids…).
 */
// The package's ES module build has extension-less imports Node cannot resolve; its UMD bundle works in Node.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof import('adaptivecards');

export function cardProblems(json: unknown): string[] {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json as never, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  const validation = card.validateProperties();
  for (const event of validation.validationEvents) problems.push(`validation: ${event.message}`);
  if ((json as { version?: string }).version !== '1.5') problems.push('version is not 1.5');
  return problems;
}

export function cardBytes(json: unknown): number {
  return Buffer.byteLength(JSON.stringify(json), 'utf8');
}
