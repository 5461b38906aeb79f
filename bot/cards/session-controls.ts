/**
 * The secretary's buttons: every typed command also exists as a button, shown when it makes sense. What is next in
 * the session is in the row; what is seldom done (withdraw or defer the item, a recess or a quorum check while there
 * is quorum, closing the session) is in the card's overflow menu («…»), so the row fits a narrow screen.
 */
import type { SessionView } from '../../src/app/session-view';
import type { Language } from '../i18n/language';
import type { CardRef, ControlCommand } from '../card-action';
import { type CardElement, button as actionButton, secondary } from './card-kit';

const LABELS = {
  'roll-call': { es: 'Pase de lista', en: 'Roll call' },
  'start-session': { es: 'Iniciar sesión', en: 'Start session' },
  'approve-agenda': { es: 'Votar el orden del día', en: 'Vote on the agenda' },
  'waive-reading': { es: 'Votar la dispensa de la lectura', en: 'Vote to waive the reading' },
  'quorum-check': { es: 'Verificar quórum', en: 'Check quorum' },
  'close-quorum-check': { es: 'Cerrar verificación', en: 'Close quorum check' },
  next: { es: 'Siguiente punto', en: 'Next item' },
  'vote-economica': { es: 'Votación económica', en: 'Show-of-hands vote' },
  'vote-nominal': { es: 'Votación nominal', en: 'Roll-call vote' },
  'close-vote': { es: 'Cerrar votación', en: 'Close vote' },
  'complete-item': { es: 'Concluir punto', en: 'Complete item' },
  withdraw: { es: 'Retirar punto', en: 'Withdraw item' },
  defer: { es: 'Diferir punto', en: 'Defer item' },
  recess: { es: 'Receso', en: 'Recess' },
  resume: { es: 'Reanudar', en: 'Resume' },
  'close-session': { es: 'Clausurar sesión', en: 'Close session' },
} as const;

type Control = keyof typeof LABELS;

const button = (control: Control & ControlCommand, card: CardRef, lang: Language, data: { number?: string } = {}, style?: 'positive' | 'destructive') =>
  actionButton(LABELS[control][lang], { verb: 'command', ref: card, command: control, ...data }, style);

/** The controls for the session as it stands. */
export function sessionControls(view: SessionView, card: CardRef, lang: Language): CardElement[] {
  const current = view.currentItem ? findView(view, view.currentItem) : null;
  switch (view.phase) {
    case 'not-started':
      return [button('roll-call', card, lang, {}, 'positive')];
    case 'roll-call':
      return [button('start-session', card, lang, {}, 'positive'), secondary(button('close-session', card, lang, {}, 'destructive'))];
    case 'recess':
      if (view.quorumCheck) return [button('close-quorum-check', card, lang, {}, 'positive')];
      return [button('resume', card, lang, {}, 'positive'), button('quorum-check', card, lang)];
    case 'closed':
      return [];
    case 'in-session': {
      if (view.openVote) return [button('close-vote', card, lang, {}, 'positive')];
      if (view.quorumCheck) return [button('close-quorum-check', card, lang, {}, 'positive')];
      const controls: CardElement[] = [];
      if (!view.quorum.reached) controls.push(button('recess', card, lang, {}, 'positive'), button('quorum-check', card, lang));
      if (!view.agendaApproved && view.quorum.reached) {
        controls.push(button('approve-agenda', card, lang, {}, 'positive'));
        if (!view.readingWaived) controls.push(button('waive-reading', card, lang));
      }
      // procedural items before the order of the day is approved: the agenda's own vote is the one to take
      const needsVote = current && current.status === 'in-progress' && (current.kind === 'vote' || (current.kind !== 'report' && view.agendaApproved));
      if (needsVote) controls.push(button('vote-economica', card, lang), button('vote-nominal', card, lang));
      else controls.push(button('next', card, lang, {}, view.agendaApproved ? 'positive' : undefined));
      if (current && current.status === 'in-progress') controls.push(secondary(button('withdraw', card, lang, { number: current.number })), secondary(button('defer', card, lang, { number: current.number })));
      if (view.quorum.reached) controls.push(secondary(button('recess', card, lang)), secondary(button('quorum-check', card, lang)));
      controls.push(secondary(button('close-session', card, lang, {}, 'destructive')));
      return controls;
    }
  }
}

export function findView(view: SessionView, number: string) {
  const walk = (items: SessionView['agenda']): SessionView['agenda'][number] | null => {
    for (const item of items) {
      if (item.number === number) return item;
      const inner = walk(item.items);
      if (inner) return inner;
    }
    return null;
  };
  return walk(view.agenda);
}
