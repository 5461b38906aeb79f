/**
 * A number with its noun, singular or plural, as both languages say it: "1 nota al pie", "2 notas al pie";
 * "1 footnote", "2 footnotes"; and the verb that agrees with it ("Se omitió 1 nota", "Se omitieron 2 notas").
 */

/** "1 evento", "2 eventos", "0 eventos". */
export function countOf(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The word for one or for many: `agreeing(n, 'omitió', 'omitieron')`. */
export function agreeing(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}
