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
    withdrawal: (method: string, at: string, target: string, resolved: string, approved: boolean) =>
      `A las ${at} se sometió a ${method} el retiro del punto ${target} del orden del día, que ${resolved}; el punto ${approved ? 'se retiró' : 'se mantuvo'}.`,
  },
  en: {
    withdraw: (n: string) => `item ${n} withdrawn`,
    defer: (n: string) => `item ${n} deferred`,
    add: (title: string, n: string | null) => (n ? `${n}. ${title} added` : `«${title}» added`),
    move: (n: string, after: string | null) => (after ? `item ${n} moved after item ${after}` : `item ${n} moved to the top`),
    proposal: (who: string) => `, proposed by ${who}`,
    request: (who: string) => `, requested by ${who}`,
    notMade: (changes: string[]) => `As it was not approved, the changes proposed were not made: ${changes.join('; ')}.`,
    withdrawal: (method: string, at: string, target: string, resolved: string, approved: boolean) =>
      `At ${at} the withdrawal of item ${target} from the order of the day was put to a ${method}, and ${resolved}; the item ${approved ? 'was withdrawn' : 'stayed'}.`,
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
 * A vote to withdraw an item from the approved order of the day: "A las 18:40 h se sometió a votación económica el
 * retiro del punto 2 del orden del día, que se aprobó por unanimidad de votos de las consejerías presentes (3 votos
 * a favor); el punto se retiró." — or that it was not approved and the item stayed. `resolved`: from `resolvedWords`.
 */
export function withdrawalVoteSentence(v: { target: string; approved: boolean; method: string; at: string; resolved: string }, lang: Language): string {
  return W[lang].withdrawal(v.method.toLowerCase(), v.at, v.target, v.resolved, v.approved);
}
