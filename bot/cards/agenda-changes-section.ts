/**
 * On the card of the vote on the order of the day: the changes proposed or requested before it, each with who asked
 * for it («Luis Consejero propone diferir el punto 2», «Pedro Representante solicita agregar: …»), so the body votes
 * the order of the day "con las modificaciones"; once approved, the changes made; once rejected, that none was.
 */
import type { PersonView, SessionView, VoteView } from '../../src/app/session-view';
import type { AgendaChange, AgendaChangeProposal } from '../../src/domain';
import type { Language } from '../i18n/language';
import { type CardElement, shorten, text } from './card-kit';
import { findView } from './session-controls';

const TITLE_MAX = 300;

/** What a change asks for, after the verb of who asked: «diferir el punto 2» / "deferring item 2". */
function changeWords(change: AgendaChange, lang: Language): string {
  const es = lang === 'es';
  switch (change.kind) {
    case 'withdraw': return es ? `retirar el punto ${change.number}` : `withdrawing item ${change.number}`;
    case 'defer': return es ? `diferir el punto ${change.number}` : `deferring item ${change.number}`;
    case 'add': return es ? `agregar: ${shorten(change.title, TITLE_MAX)}` : `adding: ${shorten(change.title, TITLE_MAX)}`;
    case 'move':
      if (change.after === null) return es ? `mover el punto ${change.number} al inicio` : `moving item ${change.number} to the top`;
      return es ? `mover el punto ${change.number} después del punto ${change.after}` : `moving item ${change.number} after item ${change.after}`;
  }
}

/** «Luis Consejero propone diferir el punto 2» / "Pedro Representante requests adding: …". */
export function proposalWords(proposal: { change: AgendaChange; by: PersonView; as: 'proposal' | 'request' }, lang: Language): string {
  const verb = proposal.as === 'request' ? (lang === 'es' ? 'solicita' : 'requests') : (lang === 'es' ? 'propone' : 'proposes');
  return `${proposal.by.name} ${verb} ${changeWords(proposal.change, lang)}`;
}

/** A change as made once the order of the day was approved, or null when it could not be made (the item had gone). */
function madeWords(view: SessionView, change: AgendaChange, lang: Language): string | null {
  const es = lang === 'es';
  if (change.kind === 'add') {
    const added = view.agenda.find((i) => i.title === change.title.trim());
    return added ? (es ? `Se agrega el punto ${added.number}. ${shorten(added.title, TITLE_MAX)}` : `Item ${added.number} added: ${shorten(added.title, TITLE_MAX)}`) : null;
  }
  const item = findView(view, change.number);
  if (change.kind === 'withdraw') return item?.status === 'withdrawn' ? (es ? `Se retira el punto ${change.number}` : `Item ${change.number} withdrawn`) : null;
  if (change.kind === 'defer') return item?.status === 'deferred' ? (es ? `Se difiere el punto ${change.number}` : `Item ${change.number} deferred`) : null;
  if (change.after === null) return es ? `El punto ${change.number} pasa al inicio` : `Item ${change.number} moved to the top`;
  return es ? `El punto ${change.number} pasa después del punto ${change.after}` : `Item ${change.number} moved after item ${change.after}`;
}

/** The changes made before the vote opened (an item withdrawn or deferred by whoever conducts, a general matter). */
function earlierLines(vote: VoteView, lang: Language): string[] {
  const c = vote.changes!;
  const es = lang === 'es';
  return [
    ...c.withdrawn.map((n) => (es ? `Se retira el punto ${n}` : `Item ${n} withdrawn`)),
    ...c.deferred.map((n) => (es ? `Se difiere el punto ${n}` : `Item ${n} deferred`)),
    ...c.added.map((a) => (es ? `Se agrega ${a.number}. ${a.title}` : `Added ${a.number}. ${a.title}`)),
  ];
}

const line = (value: string): CardElement => text(`• ${shorten(value, 400)}`, { spacing: 'None', size: 'Small' });

/**
 * The section, for a vote on the order of the day with changes proposed; null otherwise (the card then says the
 * changes made before the vote, as it always did).
 */
export function agendaChangesSection(view: SessionView, vote: VoteView, lang: Language): CardElement[] | null {
  const proposals: AgendaChangeProposal[] = vote.subject === 'agenda' ? vote.changes?.proposals ?? [] : [];
  if (proposals.length === 0) return null;
  const es = lang === 'es';
  const person = (id: string): PersonView => ({ id, name: view.members.find((m) => m.id === id)?.name ?? id });
  const asked = proposals.map((p, i) => text(`${i + 1}. ${shorten(proposalWords({ change: p.change, by: person(p.by), as: p.as }, lang), 400)}`, { spacing: 'None', size: 'Small' }));
  const earlier = earlierLines(vote, lang);
  const before = earlier.length ? [text(es ? 'Ya hechas antes de la votación:' : 'Made before the vote:', { weight: 'Bolder', spacing: 'Small' }), ...earlier.map(line)] : [];

  if (vote.status === 'open' || !vote.outcome) {
    return [
      ...before,
      text(es ? 'Se vota el orden del día con las modificaciones propuestas:' : 'The order of the day is voted with the changes proposed:', { weight: 'Bolder', spacing: 'Small' }),
      ...asked,
    ];
  }
  if (vote.outcome === 'not-approved') {
    return [
      ...before,
      text(es ? 'No se aprobó: las modificaciones propuestas no se hicieron.' : 'Not approved: the changes proposed were not made.', { weight: 'Bolder', spacing: 'Small' }),
      ...asked,
    ];
  }
  const made = proposals.map((p) => madeWords(view, p.change, lang)).filter((w): w is string => w !== null);
  return [
    ...before,
    text(es ? 'Se aprobó con las modificaciones:' : 'Approved with the changes:', { weight: 'Bolder', spacing: 'Small' }),
    ...made.map(line),
    text(es ? 'Propuestas:' : 'Proposed:', { isSubtle: true, size: 'Small', spacing: 'Small' }),
    ...asked,
  ];
}
