/**
 * Changes to the order of the day in the minutes: the changes proposed (by a voting member or whoever conducts) or
 * requested (by a representative) before its vote, each with who asked for it, made when the order of the day was
 * approved ("con las modificaciones"); and an item withdrawn from the approved order of the day by a vote of the
 * body. Pure.
 */
import type { AgendaChangeProposal, AgendaItem } from '../domain';
import type { Language } from '../i18n/words';

const W = {
  es: {
    withdraw: (n: string) => `se retira el punto ${n}`,
    defer: (n: string) => `se difiere el punto ${n}`,
    add: (title: string, n: string | null) => `se agrega ${n ? `el punto ${n}. ${title}` : `el punto «${title}»`}`,
    move: (n: string, after: string | null) => (after ? `el punto ${n} pasa después del punto ${after}` : `el punto ${n} pasa al inicio`),
    proposal: (who: string) => `, a propuesta de ${who}`,
    request: (who: string) => `, a solicitud de ${who}`,
    notMade: (changes: string[]) => `Al no aprobarse, no se hicieron las modificaciones propuestas: ${changes.join('; ')}.`,
    withdrawn: (method: string, at: string, target: string, result: string, count: string) =>
      `Por ${method}, a las ${at}, se retiró el punto ${target} del orden del día: ${result} (${count}).`,
    kept: (method: string, at: string, target: string, result: string, count: string) =>
      `A las ${at} se sometió a ${method} el retiro del punto ${target} del orden del día: ${result} (${count}); el punto se mantuvo.`,
  },
  en: {
    withdraw: (n: string) => `item ${n} withdrawn`,
    defer: (n: string) => `item ${n} deferred`,
    add: (title: string, n: string | null) => (n ? `${n}. ${title} added` : `«${title}» added`),
    move: (n: string, after: string | null) => (after ? `item ${n} moved after item ${after}` : `item ${n} moved to the top`),
    proposal: (who: string) => `, proposed by ${who}`,
    request: (who: string) => `, requested by ${who}`,
    notMade: (changes: string[]) => `As it was not approved, the changes proposed were not made: ${changes.join('; ')}.`,
    withdrawn: (method: string, at: string, target: string, result: string, count: string) =>
      `By a ${method} at ${at}, item ${target} was withdrawn from the order of the day: ${result} (${count}).`,
    kept: (method: string, at: string, target: string, result: string, count: string) =>
      `At ${at} the withdrawal of item ${target} from the order of the day was put to a ${method}: ${result} (${count}); the item stayed.`,
  },
};

/**
 * Each change proposed or requested, with who asked for it: "se difiere el punto 2, a propuesta de Luis Consejero".
 * `agenda`: the order of the day as it stands, where an added item is found by its title to give its number.
 */
export function proposalWords(proposals: readonly AgendaChangeProposal[], agenda: readonly AgendaItem[], name: (id: string) => string, lang: Language): string[] {
  const w = W[lang];
  return proposals.map((p) => {
    const c = p.change;
    let change: string;
    if (c.kind === 'withdraw') change = w.withdraw(c.number);
    else if (c.kind === 'defer') change = w.defer(c.number);
    else if (c.kind === 'move') change = w.move(c.number, c.after);
    else change = w.add(c.title, [...agenda].reverse().find((i) => i.title === c.title)?.number ?? null);
    return `${change}${p.as === 'request' ? w.request(name(p.by)) : w.proposal(name(p.by))}`;
  });
}

/** The changes proposed for an order of the day that was not approved: none of them made. */
export const notMadeSentence = (changes: string[], lang: Language): string => W[lang].notMade(changes);

/**
 * A vote to withdraw an item from the approved order of the day: "Por votación económica, a las 18:40 h, se retiró
 * el punto 2 del orden del día: aprobado por unanimidad (A favor 3 · …)", or that it was put to the vote and stayed.
 */
export function withdrawalVoteSentence(
  v: { target: string; approved: boolean; method: string; at: string; result: string; count: string }, lang: Language,
): string {
  const w = W[lang];
  const method = v.method.toLowerCase();
  const result = v.result.charAt(0).toLowerCase() + v.result.slice(1);
  return v.approved ? w.withdrawn(method, v.at, v.target, result, v.count) : w.kept(method, v.at, v.target, result, v.count);
}
